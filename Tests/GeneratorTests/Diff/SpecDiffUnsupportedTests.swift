import Testing

@testable import GeneratorCore

/// `openapi-swift diff` on documents with valid but unsupported schema constructs: what the
/// bindings lose is reported as such, never as the server dropping an operation.
@Suite("Spec diff: unsupported schema constructs")
struct SpecDiffUnsupportedTests {
    static let tuple = ("created: {type: integer}", "created: {type: array, prefixItems: [{type: integer}, {type: string}]}")

    @Test("a response type that starts using an unsupported construct: it and its operation are no longer generated (Swift-breaking, at the construct), not removed from the spec")
    func operationNoLongerGenerated() throws {
        let new = DiffSpec.edited([Self.tuple])
        let changes = try DiffSpec.changes(to: new)
        #expect(changes.map(\.rule).sorted() == ["operation-not-generated", "schema-not-generated"])
        let skipped = try #require(changes.first { $0.rule == "operation-not-generated" })
        #expect(skipped.category == .swiftBreaking)
        #expect(skipped.symbol == "Client.createNote")
        #expect(skipped.pointer == "#/paths/~1notes/post")
        #expect(skipped.location == new.location(of: "prefixItems", file: "new.yaml"))
        #expect(skipped.message.contains("schema keyword 'prefixItems'"))
        let type = try #require(changes.first { $0.rule == "schema-not-generated" })
        #expect(type.category == .swiftBreaking && type.symbol == "Note" && type.location == skipped.location)
    }

    @Test("the same unsupported construct on both sides changes nothing; removing it brings the operation back as an addition")
    func unchangedAndRestored() throws {
        let unsupported = DiffSpec.edited([Self.tuple])
        #expect(try DiffSpec.changes(from: unsupported, to: unsupported).isEmpty)
        let restored = try DiffSpec.changes(from: unsupported, to: DiffSpec.base)
        #expect(restored.contains { $0.rule == "operation-added" && $0.symbol == "Client.createNote" })
        #expect(restored.allSatisfy { !$0.category.isBreaking }, "\(restored.map(\.rule))")
    }
}
