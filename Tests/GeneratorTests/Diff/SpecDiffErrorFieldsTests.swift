import Testing

@testable import GeneratorCore

/// `x-error-fields` across two versions: old bindings keep reading the old members.
@Suite("Spec diff: x-error-fields")
struct SpecDiffErrorFieldsTests {
    static let servers = "servers:\n"
    static let fields = "x-error-fields:\n  message: [error.message, error]\n  code: error.code\nservers:\n"

    @Test("unchanged paths, however written, are no change")
    func unchanged() throws {
        let old = DiffSpec.edited([(Self.servers, Self.fields)])
        let new = DiffSpec.edited([(Self.servers, "x-error-fields: {code: [error.code], message: [error.message, error]}\nservers:\n")])
        #expect(try DiffSpec.changes(from: old, to: new).isEmpty)
    }

    @Test("fields read from new places are additive; a field read elsewhere or no longer read is a wire-breaking warning")
    func changedPaths() throws {
        let old = DiffSpec.edited([(Self.servers, Self.fields)])
        let new = DiffSpec.edited([(Self.servers, "x-error-fields:\n  message: [error, error.message]\n  type: error.type\nservers:\n")])
        expectChanges(try DiffSpec.changes(from: old, to: new), [
            .init(category: .wireBreaking, severity: .warning, rule: "error-field-changed", pointer: "#/x-error-fields/code",
                  symbol: "Client.clientDefaults", at: "x-error-fields:"),
            .init(category: .wireBreaking, severity: .warning, rule: "error-field-changed", pointer: "#/x-error-fields/message",
                  symbol: "Client.clientDefaults", at: "message:"),
            .init(category: .additive, severity: .note, rule: "error-field-added", pointer: "#/x-error-fields/type",
                  symbol: "Client.clientDefaults", at: "type: error.type"),
        ], old: old, new: new)
    }

    @Test("removing x-error-fields is reported per field, at the old spec; adding it is additive")
    func removedAndAdded() throws {
        let with = DiffSpec.edited([(Self.servers, Self.fields)])
        expectChanges(try DiffSpec.changes(from: with, to: DiffSpec.base), [
            .init(category: .wireBreaking, severity: .warning, rule: "error-field-changed", pointer: "#/x-error-fields/code",
                  symbol: "Client.clientDefaults", at: "code: error.code", inOld: true),
            .init(category: .wireBreaking, severity: .warning, rule: "error-field-changed", pointer: "#/x-error-fields/message",
                  symbol: "Client.clientDefaults", at: "message:", inOld: true),
        ], old: with, new: DiffSpec.base)
        let added = try DiffSpec.changes(from: DiffSpec.base, to: with)
        #expect(added.map(\.rule) == ["error-field-added", "error-field-added"])
        #expect(added.allSatisfy { $0.category == .additive })
    }
}
