import Testing

@testable import GeneratorCore

/// Changes existing apps survive, and documentation-only changes.
@Suite("diff: additive and documentation")
struct AdditiveDiffTests {
    @Test("a new optional property is additive")
    func optionalPropertyAdded() throws {
        let new = DiffSpec.edited([("        created: {type: integer}\n", "        created: {type: integer}\n        title: {type: string}\n")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .additive, severity: .note, rule: "property-added", pointer: "#/components/schemas/Note/properties/title",
                  symbol: "Note.title", at: "title: {type: string}"),
        ], new: new)
    }

    @Test("a new operation is additive")
    func operationAdded() throws {
        let new = DiffSpec.edited([("  /health:\n", "  /tags:\n    get:\n      operationId: listTags\n      responses:\n        '204': {description: none}\n  /health:\n")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .additive, severity: .note, rule: "operation-added", pointer: "#/paths/~1tags/get",
                  symbol: "Client.listTags", at: "get:", occurrence: 2),
        ], new: new)
    }

    @Test("a new value of a response enum is additive because enums are open, and a warning apps should see")
    func responseEnumValueAdded() throws {
        let new = DiffSpec.edited([("enum: [open, closed]", "enum: [open, closed, archived]")])
        let changes = try DiffSpec.changes(to: new)
        expectChanges(changes, [
            .init(category: .additive, severity: .warning, rule: "enum-value-added", pointer: "#/components/schemas/Status/enum/2",
                  symbol: "Status.archived", at: "archived"),
        ], new: new)
        #expect(changes.first?.explanation?.contains("enums are open") == true)
        #expect(changes.first?.explanation?.contains(".unknown(\"archived\")") == true)
    }

    @Test("a new value of a request enum is additive")
    func requestEnumValueAdded() throws {
        let new = DiffSpec.edited([("enum: [red, green]", "enum: [red, green, blue]")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .additive, severity: .note, rule: "enum-value-added", pointer: "#/components/schemas/Color/enum/2",
                  symbol: "Color.blue", at: "blue"),
        ], new: new)
    }

    @Test("a new union member is additive because unions are open")
    func unionMemberAdded() throws {
        let new = DiffSpec.edited([(
            "        - $ref: '#/components/schemas/NoteDeleted'\n",
            "        - $ref: '#/components/schemas/NoteDeleted'\n        - {title: NoteArchived, type: object, required: [type], properties: {type: {type: string, const: note.archived}}}\n"
        )])
        let changes = try DiffSpec.changes(to: new)
        expectChanges(changes, [
            .init(category: .additive, severity: .warning, rule: "union-member-added", pointer: "#/components/schemas/NoteEvent/oneOf/2",
                  symbol: "NoteEvent.noteArchived", at: "{title: NoteArchived"),
        ], new: new)
        #expect(changes.first?.explanation?.contains("unions are open") == true)
    }

    @Test("a relaxed constraint is additive", arguments: [
        ("maximum: 5", "maximum: 10", "#/components/schemas/NoteRequest/properties/priority/maximum", "NoteRequest.priority", "maximum: 10"),
        ("text: {type: string, maxLength: 100}", "text: {type: string}", "#/components/schemas/NoteRequest/properties/text/maxLength",
         "NoteRequest.text", "text: {type: string}"),
    ])
    func constraintRelaxed(old: String, edit: String, pointer: String, symbol: String, at: String) throws {
        let new = DiffSpec.edited([(old, edit)])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .additive, severity: .note, rule: "constraint-relaxed", pointer: pointer, symbol: symbol, at: at),
        ], new: new)
    }

    @Test("descriptions, summaries and examples are documentation only", arguments: [
        ("text: {type: string, description: The text.}", "text: {type: string, description: The note's text.}", "description-changed",
         "#/components/schemas/Note/properties/text", "Note.text", "text: {type: string, description"),
        ("summary: Creates a note.", "summary: Adds a note.", "description-changed", "#/paths/~1notes/post", "Client.createNote", "post:"),
        ("example: n_1", "example: n_2", "example-changed", "#/components/schemas/Note/properties/id/example", "Note", "example:"),
    ])
    func documentation(old: String, edit: String, rule: String, pointer: String, symbol: String, at: String) throws {
        let new = DiffSpec.edited([(old, edit)])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .documentation, severity: .note, rule: rule, pointer: pointer, symbol: symbol, at: at),
        ], new: new)
    }

    @Test("a deprecation is documentation, as a warning")
    func deprecated() throws {
        let new = DiffSpec.edited([("created: {type: integer}", "created: {type: integer, deprecated: true}")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .documentation, severity: .warning, rule: "deprecated", pointer: "#/components/schemas/Note/properties/created",
                  symbol: "Note.created", at: "created:"),
        ], new: new)
    }
}
