import Testing

@testable import GeneratorCore

/// Labelled arguments are passed in the order the translator gives them (`OperationModel.arguments`),
/// so a spec edit that moves two of them past each other breaks calls though the wire is unchanged.
@Suite("diff: the order of a method's arguments")
struct SpecDiffArgumentOrderTests {
    static func spec(_ parameters: String) -> String {
        """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /a/{x}/{y}:
            get:
              operationId: fetch
              parameters:
        \(Spec.indented(parameters, by: 8))
              responses: {'204': {description: ok}}
        """
    }

    static let x = "- {name: x, in: path, required: true, schema: {type: string}}"
    static let y = "- {name: y, in: path, required: true, schema: {type: string}}"
    static let q = "- {name: q, in: query, schema: {type: string}}"

    @Test("two required parameters swapped in the spec swap the method's arguments: Swift-breaking")
    func swappedRequiredParameters() throws {
        let old = Self.spec([Self.x, Self.y].joined(separator: "\n")), new = Self.spec([Self.y, Self.x].joined(separator: "\n"))
        let changes = try DiffSpec.changes(from: old, to: new)
        expectChanges(changes, [
            .init(category: .swiftBreaking, severity: .error, rule: "parameter-order-changed", pointer: "#/paths/~1a~1{x}~1{y}/get",
                  symbol: "Client.fetch(y:x:options:)", at: "get:"),
        ], old: old, new: new)
        #expect(changes.first?.message == "the arguments of Client.fetch are now in the order fetch(y:x:options:) (was fetch(x:y:options:))")
    }

    @Test("moving an optional parameter among required ones leaves the arguments' order, so nothing is reported")
    func optionalMovedInSpecOnly() throws {
        let old = Self.spec([Self.q, Self.x, Self.y].joined(separator: "\n")), new = Self.spec([Self.x, Self.y, Self.q].joined(separator: "\n"))
        #expect(try DiffSpec.changes(from: old, to: new).isEmpty)
    }

    @Test("an added parameter is reported as added, not as a reordering of the others")
    func addedParameterIsNotAReordering() throws {
        let old = Self.spec([Self.x, Self.y].joined(separator: "\n")), new = Self.spec([Self.x, Self.q, Self.y].joined(separator: "\n"))
        #expect(try DiffSpec.changes(from: old, to: new).map(\.rule) == ["parameter-added"])
    }
}
