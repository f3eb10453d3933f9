import GeneratorCore
import Testing

/// Structs and aliases are spread over a fixed set of model files, each type's file decided by
/// its name alone, so the compiler can work on them in parallel and regenerations stay local.
@Suite("Model files")
struct ModelFilesTests {
    static func modelFiles(_ yaml: String) throws -> [String: String] {
        let files = try Stages.files(yaml).filter { FileAssembler.modelFileNames.contains($0.name) }
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    static func file(declaring type: String, in files: [String: String]) -> String? {
        files.first { $0.value.contains("public struct \(type):") }?.key
    }

    @Test("every output has all model files, even a spec with no schemas")
    func fixedSet() throws {
        let files = try Self.modelFiles(Spec.paths("""
            /ping:
              get:
                operationId: ping
                responses: {'204': {description: ok}}
            """))
        #expect(files.keys.sorted() == FileAssembler.modelFileNames)
    }

    @Test("adding and removing other schemas never moves a struct to another file")
    func placementDependsOnTheNameAlone() throws {
        let names = (1...24).map { "Thing\($0)" }
        func spec(_ included: [String]) -> String {
            Spec.schemas(included.map { "\($0):\n  type: object\n  properties: {id: {type: string}}" }.joined(separator: "\n"))
        }
        let all = try Self.modelFiles(spec(names))
        let some = try Self.modelFiles(spec(names.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)))
        var used: Set<String> = []
        for (offset, name) in names.enumerated() where offset % 3 != 0 {
            let before = try #require(Self.file(declaring: name, in: all))
            #expect(Self.file(declaring: name, in: some) == before, "\(name) moved")
            used.insert(before)
        }
        #expect(used.count == FileAssembler.modelFileCount, "24 types all landed in \(used.sorted())")
    }

    @Test("the file of a name is the same in every run and on every machine (FNV-1a, not Swift's seeded Hasher)")
    func stableAcrossVersions() {
        // Pinned: changing the function would move every type of every user's bindings.
        #expect(FileAssembler.modelFile(for: "Response") == Self.fnv1a("Response") % 4)
        #expect(FileAssembler.modelFile(for: "") == 0x811c_9dc5 % 4)
        #expect((0..<4).contains(FileAssembler.modelFile(for: "Ünïcødé")))
    }

    /// An independent spelling of 32-bit FNV-1a.
    static func fnv1a(_ text: String) -> Int {
        Int(text.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 })
    }
}
