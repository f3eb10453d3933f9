import Testing

@testable import GeneratorCore

/// Changes that break requests the old bindings send or responses they decode.
@Suite("diff: breaking on the wire")
struct WireBreakingDiffTests {
    @Test("a removed operation is wire-breaking, located at its method in OLD")
    func operationRemoved() throws {
        let new = DiffSpec.edited([("  /health:\n    get:\n      operationId: health\n      responses:\n        '204': {description: up}\n", "")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "operation-removed", pointer: "#/paths/~1health/get",
                  symbol: "Client.health", at: "get:", occurrence: 2, inOld: true),
        ], new: new)
    }

    @Test("a request property that became required is wire-breaking")
    func requestPropertyRequired() throws {
        let new = DiffSpec.edited([("required: [text]\n      properties:\n        text: {type: string, maxLength: 100}",
                                    "required: [text, priority]\n      properties:\n        text: {type: string, maxLength: 100}")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "request-property-required",
                  pointer: "#/components/schemas/NoteRequest/properties/priority", symbol: "NoteRequest.priority", at: "priority:"),
        ], new: new)
    }

    @Test("a parameter that became required is wire-breaking")
    func parameterRequired() throws {
        let new = DiffSpec.edited([("in: query\n", "in: query\n          required: true\n")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "parameter-required", pointer: "#/paths/~1notes/post/parameters/0",
                  symbol: "Client.createNote(draft:)", at: "name: draft"),
        ], new: new)
    }

    @Test("a request body that became required is wire-breaking")
    func bodyRequired() throws {
        let new = DiffSpec.edited([("requestBody:\n", "requestBody:\n        required: true\n")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "request-body-required", pointer: "#/paths/~1notes/post/requestBody",
                  symbol: "Client.createNote", at: "requestBody:"),
        ], new: new)
    }

    @Test("an enum value removed from a request type is wire-breaking, located in OLD")
    func requestEnumValueRemoved() throws {
        let new = DiffSpec.edited([("enum: [red, green]", "enum: [red]")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "request-enum-value-removed",
                  pointer: "#/components/schemas/Color/enum/1", symbol: "Color.green", at: "green", inOld: true),
        ], new: new)
    }

    @Test("a tightened constraint on a request value is wire-breaking", arguments: [
        ("priority: {type: integer, maximum: 5}", "priority: {type: integer, maximum: 3}", "NoteRequest.priority",
         "#/components/schemas/NoteRequest/properties/priority/maximum", "maximum: 3"),
        ("maxItems: 10", "maxItems: 5", "NoteRequest.tags", "#/components/schemas/NoteRequest/properties/tags/maxItems", "maxItems: 5"),
        ("text: {type: string, maxLength: 100}", "text: {type: string, maxLength: 100, pattern: '^[a-z]+$'}", "NoteRequest.text",
         "#/components/schemas/NoteRequest/properties/text/pattern", "pattern:"),
    ])
    func constraintTightened(old: String, new edit: String, symbol: String, pointer: String, at: String) throws {
        let new = DiffSpec.edited([(old, edit)])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "constraint-tightened", pointer: pointer, symbol: symbol, at: at),
        ], new: new)
    }

    @Test("a constraint tightened on values nested in arrays and maps is found at its level, with a pointer to it")
    func nestedConstraintTightened() throws {
        let nested = { (length: Int) in
            DiffSpec.edited([(
                "tags: {type: array, items: {type: string}, maxItems: 10}",
                "tags: {type: array, maxItems: 10, items: {type: object, additionalProperties: {type: array, items: {type: string, maxLength: \(length)}}}}"
            )])
        }
        let changes = try DiffSpec.changes(from: nested(9), to: nested(4))

        #expect(changes.map(\.rule) == ["constraint-tightened"])
        #expect(changes.first?.pointer == "#/components/schemas/NoteRequest/properties/tags/items/additionalProperties/items/maxLength")
        #expect(changes.first?.message.contains("the elements of the values of the elements of") == true)
        #expect(changes.first?.location != nil)
    }

    @Test("a property removed from a response type is wire-breaking, located in OLD")
    func responsePropertyRemoved() throws {
        let new = DiffSpec.edited([("        created: {type: integer}\n", "")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "response-property-removed",
                  pointer: "#/components/schemas/Note/properties/created", symbol: "Note.created", at: "created:", inOld: true),
        ], new: new)
    }

    @Test("a response property made optional or nullable is wire-breaking", arguments: [
        ("required: [id, text]", "required: [id]", "response-property-optional", "text", "text: {type: string, description"),
        ("id: {type: string, example: n_1}", "id: {type: [string, 'null'], example: n_1}", "response-property-nullable", "id", "id: {type: ["),
    ])
    func responsePropertyWeakened(old: String, edit: String, rule: String, property: String, at: String) throws {
        let new = DiffSpec.edited([(old, edit)])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: rule, pointer: "#/components/schemas/Note/properties/\(property)",
                  symbol: "Note.\(property)", at: at),
        ], new: new)
    }

    @Test("a changed JSON type (string → integer, object → array) is wire-breaking", arguments: [
        ("created: {type: integer}", "created: {type: string}", "created"),
        ("owner: {type: object, properties: {name: {type: string}}}", "owner: {type: array, items: {type: string}}", "owner"),
    ])
    func typeChanged(old: String, edit: String, property: String) throws {
        let new = DiffSpec.edited([(old, edit)])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "property-type-changed",
                  pointer: "#/components/schemas/Note/properties/\(property)", symbol: "Note.\(property)", at: "\(property):"),
        ], new: new)
    }

    @Test("a changed discriminator value is wire-breaking, reported once at the union member")
    func discriminatorValueChanged() throws {
        let new = DiffSpec.edited([("const: note.deleted", "const: note.removed")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "discriminator-value-changed",
                  pointer: "#/components/schemas/NoteEvent/oneOf/1", symbol: "NoteEvent.noteRemoved",
                  at: "$ref: '#/components/schemas/NoteDeleted'"),
        ], new: new)
    }

    @Test("a removed response content type is wire-breaking, located in OLD")
    func contentTypeRemoved() throws {
        let new = DiffSpec.edited([("            text/csv:\n              schema: {type: string}\n", "")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "response-content-type-removed",
                  pointer: "#/paths/~1notes/post/responses/200/content/text~1csv", symbol: "Client.createNote", at: "text/csv:", inOld: true),
        ], new: new)
    }

    @Test("a removed request content type is wire-breaking, located in OLD")
    func requestContentTypeRemoved() throws {
        let body = "            schema: {$ref: '#/components/schemas/NoteRequest'}\n"
        let old = DiffSpec.edited([(body, body + "          application/x-www-form-urlencoded:\n" + body)])
        expectChanges(try DiffSpec.changes(from: old, to: DiffSpec.base), [
            .init(category: .wireBreaking, severity: .error, rule: "request-content-type-removed",
                  pointer: "#/paths/~1notes/post/requestBody/content/application~1x-www-form-urlencoded", symbol: "Client.createNote",
                  at: "application/x-www-form-urlencoded:", inOld: true),
        ], old: old, new: DiffSpec.base)
    }

    @Test("a changed default of a sent value changes what requests mean: wire-breaking, as a warning")
    func requestDefaultChanged() throws {
        let old = DiffSpec.edited([("priority: {type: integer, maximum: 5}", "priority: {type: integer, maximum: 5, default: 1}")])
        let new = old.replacing("default: 1}", with: "default: 2}")
        expectChanges(try DiffSpec.changes(from: old, to: new), [
            .init(category: .wireBreaking, severity: .warning, rule: "request-default-changed",
                  pointer: "#/components/schemas/NoteRequest/properties/priority", symbol: "NoteRequest.priority", at: "priority:"),
        ], old: old, new: new)
    }

    @Test("a changed server URL is wire-breaking")
    func serverChanged() throws {
        let new = DiffSpec.edited([("https://api.example.com/v1", "https://api.example.com/v2")])
        expectChanges(try DiffSpec.changes(to: new), [
            .init(category: .wireBreaking, severity: .error, rule: "server-url-changed", pointer: "#/servers/0/url",
                  symbol: "Client.defaultBaseURL", at: "url:"),
        ], new: new)
    }
}
