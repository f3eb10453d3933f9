import Testing

@testable import GeneratorCore

/// The same edit means different things for a type that is sent and one that is received.
@Suite("diff: requests and responses")
struct SpecDiffDirectionTests {
    @Test("the same bound tightened breaks a request type but not a response type")
    func tightenedBound() throws {
        let request = try DiffSpec.changes(("priority: {type: integer, maximum: 5}", "priority: {type: integer, maximum: 4}"))
        #expect(request.map(\.category) == [.wireBreaking])
        let response = try DiffSpec.changes(("created: {type: integer}", "created: {type: integer, maximum: 4}"))
        #expect(response.map(\.category) == [.additive])
        #expect(response.map(\.rule) == ["constraint-tightened"])
    }

    @Test("a property removed from a request type breaks only Swift source; from a response type, the wire")
    func removedProperty() throws {
        let request = try DiffSpec.changes(("        priority: {type: integer, maximum: 5}\n", ""))
        #expect(request.map(\.rule) == ["request-property-removed"])
        #expect(request.map(\.category) == [.swiftBreaking])
        let response = try DiffSpec.changes(("        created: {type: integer}\n", ""))
        #expect(response.map(\.category) == [.wireBreaking])
    }

    @Test("a type used in both directions is judged by the stricter rule")
    func sharedType() throws {
        // Color is also received once Note carries it.
        let shared = DiffSpec.edited([("        created: {type: integer}\n", "        created: {type: integer}\n        color: {$ref: '#/components/schemas/Color'}\n")])
        let changes = try DiffSpec.changes(from: shared, to: shared.replacing("enum: [red, green]", with: "enum: [red, green, blue]"))
        #expect(changes.map(\.rule) == ["enum-value-added"])
        #expect(changes.map(\.severity) == [.warning])  // received: apps may see .unknown before they update
        let removal = try DiffSpec.changes(from: shared, to: shared.replacing("enum: [red, green]", with: "enum: [red]"))
        #expect(removal.map(\.rule) == ["request-enum-value-removed"])
    }

    @Test("a changed type whose JSON still fits is Swift-breaking only (Int → Int64)")
    func compatibleTypeChange() throws {
        let changes = try DiffSpec.changes(("created: {type: integer}", "created: {type: integer, format: int64}"))
        #expect(changes.map(\.rule) == ["property-type-changed"])
        #expect(changes.map(\.category) == [.swiftBreaking])
    }

    @Test("a number that becomes an integer breaks responses only when it is received", arguments: [
        ("priority: {type: integer, maximum: 5}", "priority: {type: number, maximum: 5}", SpecChange.Category.swiftBreaking),
        ("created: {type: integer}", "created: {type: number}", SpecChange.Category.wireBreaking),
    ])
    func widenedNumber(old: String, new: String, category: SpecChange.Category) throws {
        #expect(try DiffSpec.changes((old, new)).map(\.category) == [category])
    }
}
