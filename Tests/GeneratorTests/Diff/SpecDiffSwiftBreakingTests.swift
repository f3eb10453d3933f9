import Testing

@testable import GeneratorCore

/// Changes the wire survives but code compiled against the old bindings does not.
@Suite("diff: breaking Swift source")
struct SwiftBreakingDiffTests {
    @Test("a schema renamed with the same structure is one rename, not a removal and an addition")
    func schemaRenamed() throws {
        let new = DiffSpec.edited([
            ("status: {$ref: '#/components/schemas/Status'}", "status: {$ref: '#/components/schemas/NoteStatus'}"),
            ("    Status:\n", "    NoteStatus:\n"),
        ])
        let changes = try DiffSpec.changes(to: new)
        expectChanges(changes, [
            .init(category: .swiftBreaking, severity: .error, rule: "schema-renamed", pointer: "#/components/schemas/NoteStatus",
                  symbol: "NoteStatus", at: "NoteStatus:"),
        ], new: new)
        #expect(changes.first?.message.contains("Status was renamed to NoteStatus") == true)
    }

    @Test("a 2xx response without a body next to a JSON one turns the result into an enum by status: Swift-breaking")
    func responsesStartToDiffer() throws {
        let anchor = "schema: {$ref: '#/components/schemas/NoteRequest'}\n      responses:\n"
        try #require(DiffSpec.base.contains(anchor))
        let new = DiffSpec.edited([(anchor, anchor + "        '204': {description: nothing}\n")])
        let changes = try DiffSpec.changes(to: new)
        let change = try #require(changes.first { $0.rule == "response-statuses-changed" })
        #expect(change.category == .swiftBreaking)
        #expect(change.symbol == "Client.createNote")
        #expect(change.message.contains("now returns CreateNoteResponse, one case per status 200 (Note), 204 (no body) (was Note)"))
        let back = try DiffSpec.changes(from: new, to: DiffSpec.base)
        #expect(back.contains { $0.rule == "response-statuses-changed" && $0.message.contains("was CreateNoteResponse") })
    }

    @Test("a renamed property changes its JSON key: one wire-breaking rename")
    func propertyRenamed() throws {
        let new = DiffSpec.edited([("created: {type: integer}", "createdAt: {type: integer}")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "property-renamed",
                  pointer: "#/components/schemas/Note/properties/createdAt", symbol: "Note.createdAt", at: "createdAt:"),
        ], new: new)
    }

    @Test("a changed operationId renames the method: Swift-breaking, the request is unchanged")
    func operationRenamed() throws {
        let new = DiffSpec.edited([("operationId: createNote", "operationId: addNote")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "operation-renamed", pointer: "#/paths/~1notes/post/operationId",
                  symbol: "Client.addNote", at: "operationId: addNote"),
        ], new: new)
    }

    @Test("a request property made optional only changes its Swift type (String → String?)")
    func requestPropertyOptional() throws {
        let new = DiffSpec.edited([("required: [text]\n", "required: []\n")])
        let changes = try DiffSpec.changes(to: new)
        expectChanges(changes, [
            .init(category: .swiftBreaking, severity: .error, rule: "property-optionality-changed",
                  pointer: "#/components/schemas/NoteRequest/properties/text", symbol: "NoteRequest.text", at: "text: {type: string, maxLength"),
        ], new: new)
        #expect(changes.first?.message.contains("(String → String?)") == true)
    }

    @Test("a response property made required only changes its Swift type (Int? → Int)")
    func responsePropertyRequired() throws {
        let new = DiffSpec.edited([("required: [id, text]", "required: [id, text, created]")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "property-optionality-changed",
                  pointer: "#/components/schemas/Note/properties/created", symbol: "Note.created", at: "created:"),
        ], new: new)
    }

    @Test("a required property added to a response type breaks code that calls its initializer, not the wire")
    func requiredResponsePropertyAdded() throws {
        let new = DiffSpec.edited([
            ("required: [id, text]", "required: [id, text, title]"),
            ("        created: {type: integer}\n", "        created: {type: integer}\n        title: {type: string}\n"),
        ])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "required-property-added",
                  pointer: "#/components/schemas/Note/properties/title", symbol: "Note.title", at: "title: {type: string}"),
        ], new: new)
    }

    @Test("an enum value removed from a response type removes a case: Swift-breaking, located in OLD")
    func responseEnumCaseRemoved() throws {
        let new = DiffSpec.edited([("enum: [open, closed]", "enum: [open]")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "enum-case-removed", pointer: "#/components/schemas/Status/enum/1",
                  symbol: "Status.closed", at: "closed", inOld: true),
        ], new: new)
    }

    @Test("a union member removed from a response type removes a case: Swift-breaking, located in OLD")
    func responseUnionMemberRemoved() throws {
        let new = DiffSpec.edited([("        - $ref: '#/components/schemas/NoteDeleted'\n", "")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "union-member-removed", pointer: "#/components/schemas/NoteEvent/oneOf/1",
                  symbol: "NoteEvent.noteDeleted", at: "$ref: '#/components/schemas/NoteDeleted'", inOld: true),
        ], new: new)
    }

    @Test("a removed parameter changes the method's signature: Swift-breaking, located in OLD")
    func parameterRemoved() throws {
        let new = DiffSpec.edited([("      parameters:\n        - name: draft\n          in: query\n          schema: {type: boolean}\n", "")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "parameter-removed", pointer: "#/paths/~1notes/post/parameters/0",
                  symbol: "Client.createNote(draft:)", at: "name: draft", inOld: true),
        ], new: new)
    }

    @Test("a type that moves between kinds (enum → typealias) with the same JSON is Swift-breaking")
    func kindChanged() throws {
        let new = DiffSpec.edited([("      type: string\n      enum: [open, closed]\n", "      type: string\n")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .swiftBreaking, severity: .error, rule: "type-kind-changed", pointer: "#/components/schemas/Status",
                  symbol: "Status", at: "Status:"),
        ], new: new)
    }

    @Test("a struct that becomes a union of objects is Swift-breaking, not wire-breaking")
    func structToUnion() throws {
        let new = DiffSpec.edited([(
            "    Status:\n      type: string\n      enum: [open, closed]\n",
            "    Status:\n      type: string\n      enum: [open, closed]\n    Owner:\n      type: object\n      properties: {name: {type: string}}\n"
        )])
        // Adding a component is additive; it is the baseline for the next edit.
        let withOwner = try DiffSpec.changes(to: new)
        #expect(withOwner.map(\.rule) == ["schema-added"])
        let union = new.replacing(
            "    Owner:\n      type: object\n      properties: {name: {type: string}}\n",
            with: "    Owner:\n      oneOf:\n        - {title: Person, type: object, properties: {name: {type: string}}}\n        - {title: Team, type: object, properties: {team: {type: string}}}\n")
        expectChanges(try DiffSpec.changes(from: new, to: union), [
            .init(category: .swiftBreaking, severity: .error, rule: "type-kind-changed", pointer: "#/components/schemas/Owner",
                  symbol: "Owner", at: "Owner:"),
        ], old: new, new: union)
    }
}
