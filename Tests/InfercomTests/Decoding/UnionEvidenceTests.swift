import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `UnionEvidence` on its own: which member index a JSON value gets, for each kind of evidence.
@Suite("Decoding: union members chosen by evidence")
struct UnionEvidenceTests {
    static let evidenceKey = CodingUserInfoKey(rawValue: "evidence")!

    /// Decodes only the member index the evidence in the decoder's `userInfo` chooses.
    struct Choice: Decodable {
        let index: Int?
        init(from decoder: any Decoder) throws {
            let evidence = try #require(decoder.userInfo[UnionEvidenceTests.evidenceKey] as? UnionEvidence)
            index = try evidence.member(for: decoder)
        }
    }

    static func choose(_ json: String, among members: [UnionEvidence.Member]) throws -> Int? {
        let decoder = JSONDecoder()
        decoder.userInfo[evidenceKey] = UnionEvidence(for: Choice.self, members)
        return try decoder.decode(Choice.self, from: Data(json.utf8)).index
    }

    static let formats: [UnionEvidence.Member] = [
        .member([.object], tags: ["type": ["text"]], required: ["type"]),
        .member([.object], tags: ["type": ["json_schema"]], required: ["type", "name", "schema"]),
    ]

    @Test("The JSON kind chooses first; a kind no member takes is nil (kept as .unknown)")
    func byKind() throws {
        let members: [UnionEvidence.Member] = [.member([.string]), .member([.integer]), .member([.integer, .number]), .member([.array])]
        #expect(try Self.choose(#""a""#, among: members) == 0)
        #expect(try Self.choose("3", among: members) == 1)
        #expect(try Self.choose("3.5", among: members) == 2)
        #expect(try Self.choose("[1]", among: members) == 3)
        #expect(try Self.choose("{}", among: members) == nil)
        #expect(try Self.choose("true", among: members) == nil)
    }

    @Test("A tag value rules members out: json_schema is never the text member, even before it")
    func byTag() throws {
        #expect(try Self.choose(#"{"type":"json_schema","name":"n","schema":{}}"#, among: Self.formats) == 1)
        #expect(try Self.choose(#"{"type":"text"}"#, among: Self.formats) == 0)
        #expect(try Self.choose(#"{"type":"xml"}"#, among: Self.formats) == nil)
    }

    @Test("A member chosen by its tag is chosen even with keys missing, so decoding it names them")
    func tagWinsOverMissingKeys() throws {
        #expect(try Self.choose(#"{"type":"json_schema"}"#, among: Self.formats) == 1)
    }

    @Test("Without tags, required keys choose, and the member requiring more of the present keys wins")
    func byRequiredKeys() throws {
        let members: [UnionEvidence.Member] = [
            .member([.object], required: ["x", "y"]), .member([.object], required: ["x", "y", "width"]),
        ]
        #expect(try Self.choose(#"{"x":1,"y":2}"#, among: members) == 0)
        #expect(try Self.choose(#"{"x":1,"y":2,"width":3}"#, among: members) == 1)
    }

    @Test("An object of a known kind that fits no member is a DecodingError at the object's path")
    func noFit() throws {
        let members: [UnionEvidence.Member] = [.member([.object], required: ["x"]), .member([.object], required: ["y"])]
        #expect(throws: DecodingError.self) { try Self.choose(#"{"z":1}"#, among: members) }
    }

    @Test("The kind of a shared member's value tells members apart")
    func byValueKind() throws {
        let members: [UnionEvidence.Member] = [
            .member([.object], required: ["error"], valueKinds: ["error": [.object]]),
            .member([.object], required: ["error"], valueKinds: ["error": [.string]]),
        ]
        #expect(try Self.choose(#"{"error":{"message":"m"}}"#, among: members) == 0)
        #expect(try Self.choose(#"{"error":"m"}"#, among: members) == 1)
        #expect(try Self.choose(#"{"error":1}"#, among: members) == nil)
    }

    @Test("When all else ties, the member accepting fewer kinds for the telling value wins")
    func narrowerWins() throws {
        let members: [UnionEvidence.Member] = [
            .member([.object], required: ["content"], valueKinds: ["content": [.string, .array]]),
            .member([.object], required: ["content"], valueKinds: ["content": [.array]]),
        ]
        #expect(try Self.choose(#"{"content":[]}"#, among: members) == 1)
        #expect(try Self.choose(#"{"content":"x"}"#, among: members) == 0)
    }

    @Test("String members are told apart by their values; any other string goes to the plain member")
    func byStringValue() throws {
        let members: [UnionEvidence.Member] = [.member([.string]), .member([.string], values: ["auto", "none"])]
        #expect(try Self.choose(#""auto""#, among: members) == 1)
        #expect(try Self.choose(#""gpt""#, among: members) == 0)
    }
}
