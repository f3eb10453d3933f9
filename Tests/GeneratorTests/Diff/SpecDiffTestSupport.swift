import Testing

@testable import GeneratorCore

/// A small API that exercises both directions: `NoteRequest`, `Color` and the `draft` parameter
/// are only sent; `Note`, `Status` and the `NoteEvent` stream are only received.
enum DiffSpec {
    static let base = """
        openapi: 3.1.0
        info: {title: Notes, version: '1'}
        servers:
          - url: https://api.example.com/v1
        paths:
          /notes:
            post:
              operationId: createNote
              summary: Creates a note.
              parameters:
                - name: draft
                  in: query
                  schema: {type: boolean}
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NoteRequest'}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Note'}
                    text/csv:
                      schema: {type: string}
          /notes/events:
            get:
              operationId: watchNotes
              responses:
                '200':
                  description: events
                  content:
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/NoteEvent'}
          /health:
            get:
              operationId: health
              responses:
                '204': {description: up}
        components:
          schemas:
            NoteRequest:
              type: object
              required: [text]
              properties:
                text: {type: string, maxLength: 100}
                tags: {type: array, items: {type: string}, maxItems: 10}
                color: {$ref: '#/components/schemas/Color'}
                priority: {type: integer, maximum: 5}
            Color:
              type: string
              enum: [red, green]
            Note:
              type: object
              required: [id, text]
              properties:
                id: {type: string, example: n_1}
                text: {type: string, description: The text.}
                status: {$ref: '#/components/schemas/Status'}
                owner: {type: object, properties: {name: {type: string}}}
                created: {type: integer}
            Status:
              type: string
              enum: [open, closed]
            NoteEvent:
              oneOf:
                - $ref: '#/components/schemas/NoteCreated'
                - $ref: '#/components/schemas/NoteDeleted'
              discriminator: {propertyName: type}
            NoteCreated:
              type: object
              required: [type, id]
              properties:
                type: {type: string, const: note.created}
                id: {type: string}
            NoteDeleted:
              type: object
              required: [type]
              properties:
                type: {type: string, const: note.deleted}

        """

    /// The base spec with each `(old, new)` text replaced once (it must occur exactly once).
    static func edited(_ edits: [(String, String)]) -> String {
        var text = base
        for (old, new) in edits {
            guard text.ranges(of: old).count == 1 else {
                Issue.record("'\(old)' must occur once in the base spec")
                continue
            }
            text = text.replacing(old, with: new)
        }
        return text
    }

    static func changes(from old: String = base, to new: String, configuration: GeneratorConfiguration = .init()) throws -> [SpecChange] {
        let before = try SpecSnapshot.read(old, path: "old.yaml", configuration: configuration)
        let after = try SpecSnapshot.read(new, path: "new.yaml", configuration: configuration)
        return SpecDiff.compare(before, after)
    }

    /// The changes the edits cause to the base spec.
    static func changes(_ edits: (String, String)...) throws -> [SpecChange] {
        try changes(to: edited(edits))
    }
}

/// What a test expects of a change: every field, the location as the text it points at.
struct ExpectedChange {
    var category: SpecChange.Category
    var severity: Diagnostic.Severity
    var rule: String
    var pointer: String
    var symbol: String
    /// The text the location points at and the document it is in (`old.yaml` or `new.yaml`).
    var at: String
    var occurrence = 1
    var inOld = false
}

/// Checks that `changes` is exactly `expected` (in report order), field by field.
func expectChanges(
    _ changes: [SpecChange], _ expected: [ExpectedChange], old: String = DiffSpec.base, new: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(changes.count == expected.count, "\(changes.map { "\($0.rule) \($0.symbol)" })", sourceLocation: sourceLocation)
    for (change, want) in zip(changes, expected) {
        let file = want.inOld ? "old.yaml" : "new.yaml"
        let location = (want.inOld ? old : new).location(of: want.at, occurrence: want.occurrence, file: file)
        #expect(location != nil, "'\(want.at)' is not in \(file)", sourceLocation: sourceLocation)
        #expect(change.category == want.category, "\(change.rule)", sourceLocation: sourceLocation)
        #expect(change.severity == want.severity, "\(change.rule)", sourceLocation: sourceLocation)
        #expect(change.rule == want.rule, sourceLocation: sourceLocation)
        #expect(change.pointer == want.pointer, sourceLocation: sourceLocation)
        #expect(change.symbol == want.symbol, sourceLocation: sourceLocation)
        #expect(change.location == location, "\(change.rule): \(change.message)", sourceLocation: sourceLocation)
    }
}
