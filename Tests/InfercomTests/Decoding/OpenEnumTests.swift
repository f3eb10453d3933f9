import Foundation
import Infercom
import Testing

/// Open enums spell each value once (in `rawValue`); `init(rawValue:)` is derived from it.
@Suite("Decoding: open enums map raw values both ways")
struct OpenEnumTests {
    /// Every known case of `E` comes back from its own raw value, and JSON round-trips it.
    func checkKnownCases<E: CaseListedOpenEnum>(_ type: E.Type) throws {
        #expect(!E.allCases.isEmpty)
        for value in E.allCases {
            #expect(E(rawValue: value.rawValue) == value, "\(E.self).\(value) from \"\(value.rawValue)\"")
            let json = try JSONEncoder().encode([value])
            #expect(try JSONDecoder().decode([E].self, from: json) == [value])
        }
        #expect(Set(E.allCases.map(\.rawValue)).count == E.allCases.count, "raw values of \(E.self) are distinct")
    }

    @Test("each generated enum's known values decode to their own case and encode back unchanged")
    func knownValues() throws {
        try checkKnownCases(ItemStatus.self)
        try checkKnownCases(MessageRole.self)
        try checkKnownCases(ReasoningEffort.self)
        try checkKnownCases(ResponseStatus.self)
        try checkKnownCases(ToolChoiceMode.self)
        try checkKnownCases(Truncation.self)
    }

    @Test("a value no case spells, including one differing only in case or spacing, is kept as unknown")
    func unknownValues() throws {
        for raw in ["cancelled", "Completed", "completed ", "", "in-progress"] {
            let status = ResponseStatus(rawValue: raw)
            #expect(status == .unknown(raw))
            #expect(status.rawValue == raw)
            #expect(!ResponseStatus.allCases.contains(status))
        }
        let decoded = try JSONDecoder().decode([MessageRole].self, from: Data(#"["tool","user"]"#.utf8))
        #expect(decoded == [.unknown("tool"), .user])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["tool","user"]"#)
    }
}
