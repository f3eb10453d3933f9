import Testing

@testable import GeneratorCore

/// Both documents are read with the generator's configuration: its names and filters apply.
@Suite("diff: configuration")
struct SpecDiffConfigurationTests {
    @Test("symbols carry the configured type prefix and client name")
    func names() throws {
        var configuration = GeneratorConfiguration()
        configuration.typePrefix = "N"
        configuration.clientName = "NotesClient"
        let new = DiffSpec.edited([("        created: {type: integer}\n", ""), ("operationId: createNote", "operationId: addNote")])
        let changes = try DiffSpec.changes(to: new, configuration: configuration)
        #expect(changes.map(\.symbol) == ["NNote.created", "NotesClient.addNote"])
    }

    @Test("an operation the configuration leaves out is not compared, nor are the types only it uses")
    func filtered() throws {
        var configuration = GeneratorConfiguration()
        configuration.exclude = ["watchNotes"]
        let new = DiffSpec.edited([("const: note.deleted", "const: note.removed")])
        #expect(try DiffSpec.changes(to: new, configuration: configuration) == [])
        let removedField = DiffSpec.edited([("        created: {type: integer}\n", "")])
        #expect(try DiffSpec.changes(to: removedField, configuration: configuration).map(\.rule) == ["response-property-removed"])
    }

    @Test("an invalid NEW document is an error with its location, not a report")
    func invalid() throws {
        let new = DiffSpec.edited([("created: {type: integer}", "created: {type: integr}")])
        let error = try #require(throws: DiagnosticError.self) { try DiffSpec.changes(to: new) }
        #expect(error.diagnostics.first?.location == new.location(of: "integr}", file: "new.yaml"))
    }
}
