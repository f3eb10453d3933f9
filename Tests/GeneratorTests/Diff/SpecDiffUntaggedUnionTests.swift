import Testing

@testable import GeneratorCore

/// Untagged unions: members are told apart by their JSON, located by their position.
@Suite("diff: untagged unions")
struct SpecDiffUntaggedUnionTests {
    static let old = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        components:
          schemas:
            Value:
              oneOf:
                - type: string
                - {type: 'null'}
                - type: boolean

        """

    @Test("each member added to an untagged union is reported at its own place, past null members")
    func membersAdded() throws {
        let new = Self.old + "        - type: integer\n        - {type: array, items: {type: string}}\n"
        expectChanges(try DiffSpec.changes(from: Self.old, to: new), [
            .init(category: .additive, severity: .warning, rule: "union-member-added", pointer: "#/components/schemas/Value/oneOf/3",
                  symbol: "Value.integer", at: "type: integer"),
            .init(category: .additive, severity: .warning, rule: "union-member-added", pointer: "#/components/schemas/Value/oneOf/4",
                  symbol: "Value.array", at: "{type: array"),
        ], old: Self.old, new: new)
    }

    // Removing one of two members would leave `String?`: a change of kind, reported as such.
    @Test("a member removed from a union no operation reaches counts as sent too: wire-breaking")
    func memberRemoved() throws {
        let old = Self.old + "        - type: integer\n"
        let new = old.replacing("        - type: boolean\n", with: "")
        expectChanges(try DiffSpec.changes(from: old, to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "request-union-member-removed", pointer: "#/components/schemas/Value/oneOf/2",
                  symbol: "Value.boolean", at: "type: boolean", inOld: true),
        ], old: old, new: new)
    }
}
