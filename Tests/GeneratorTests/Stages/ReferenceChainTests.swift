import Testing

@testable import GeneratorCore

@Suite("Reference chains")
struct ReferenceChainTests {
    let links = ["A": "B", "B": "C", "C": "end", "X": "Y", "Y": "X", "Self": "Self", "Dangling": "Missing"]

    func follow(_ start: String) -> ReferenceChain.End<String, String> {
        ReferenceChain.follow(start, name: { links[$0] }, target: { name in name == "Missing" ? nil : name })
    }

    @Test("a chain is followed to the value that names nothing further, however long")
    func followsToTheEnd() {
        guard case .value(let end) = follow("A") else { Issue.record("A → B → C → end is no cycle"); return }
        #expect(end == "end")
        let long = Dictionary(uniqueKeysWithValues: (0..<100).map { ("n\($0)", "n\($0 + 1)") })
        #expect(ReferenceChain.end(of: "n0", name: { long[$0] }, target: { $0 }) == "n100")
    }

    @Test("a chain that comes back to a name it passed stops there and names it, self-loops included")
    func stopsAtCycles() {
        guard case .cycle(let name, _) = follow("X") else { Issue.record("X → Y → X is a cycle"); return }
        #expect(name == "Y" || name == "X")
        guard case .cycle(let own, _) = follow("Self") else { Issue.record("Self → Self is a cycle"); return }
        #expect(own == "Self")
    }

    @Test("a name that finds no target ends the chain at the value that named it")
    func danglingName() {
        guard case .value(let end) = follow("Dangling") else { Issue.record("a dangling name is no cycle"); return }
        #expect(end == "Dangling")
    }
}
