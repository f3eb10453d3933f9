import Foundation
import Testing

@testable import GeneratorCore

/// What must not be reported: the same document, or the same meaning written differently.
@Suite("diff: same meaning")
struct SpecDiffSameMeaningTests {
    @Test("identical specs have no changes")
    func identical() throws {
        #expect(try DiffSpec.changes(to: DiffSpec.base).isEmpty)
    }

    /// The base spec with keys reordered, flow collections written as blocks and back, quoting
    /// changed and comments added.
    static let reformatted = """
        # The notes API, reformatted.
        openapi: "3.1.0"
        servers: [{url: 'https://api.example.com/v1'}]
        info:
          version: "1"
          title: Notes
        components:
          schemas:
            Status: {enum: [open, closed], type: string}
            NoteDeleted:
              properties:
                type:
                  const: "note.deleted"
                  type: string
              type: object
              required:
                - type
            NoteCreated:
              required: [type, id]
              type: object
              properties:
                id: {type: string}
                type: {const: note.created, type: string}
            Color: {type: string, enum: [red, green]}  # sent only
            Note:
              properties:
                owner:
                  properties:
                    name: {type: string}
                  type: object
                created:
                  type: integer
                id:
                  example: "n_1"
                  type: string
                status: {$ref: "#/components/schemas/Status"}
                text: {description: "The text.", type: string}
              required: [id, text]
              type: object
            NoteEvent:
              discriminator:
                propertyName: type
              oneOf:
                - {$ref: '#/components/schemas/NoteCreated'}
                - $ref: "#/components/schemas/NoteDeleted"
            NoteRequest:
              properties:
                priority: {maximum: 5, type: integer}
                tags:
                  maxItems: 10
                  items: {type: string}
                  type: array
                color:
                  $ref: '#/components/schemas/Color'
                text:
                  maxLength: 100
                  type: string
              required:
                - text
              type: object
        paths:
          /health:
            get: {operationId: health, responses: {'204': {description: up}}}
          /notes/events:
            get:
              responses:
                "200":
                  content:
                    text/event-stream:
                      schema:
                        $ref: '#/components/schemas/NoteEvent'
                  description: events
              operationId: watchNotes
          /notes:
            post:
              summary: "Creates a note."
              responses:
                "200":
                  description: ok
                  content:
                    text/csv: {schema: {type: string}}
                    application/json: {schema: {$ref: '#/components/schemas/Note'}}
              requestBody:
                content: {application/json: {schema: {$ref: '#/components/schemas/NoteRequest'}}}
              parameters:
                - {in: query, name: draft, schema: {type: boolean}}
              operationId: createNote

        """

    @Test("key order, flow or block style, quoting and comments are not changes")
    func reformatted() throws {
        #expect(try DiffSpec.changes(to: Self.reformatted) == [])
        #expect(try DiffSpec.changes(from: Self.reformatted, to: DiffSpec.base) == [])
    }

    @Test("the project's spec against itself, read with its configuration, has no changes")
    func projectSpec() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
        let spec = try String(contentsOf: root.appendingPathComponent("spec/responses.yaml"), encoding: .utf8)
        let configText = try String(contentsOf: root.appendingPathComponent("spec/openapi-swift-config.yaml"), encoding: .utf8)
        let configuration = try GeneratorConfiguration.read(configText, file: "config.yaml")
        #expect(try DiffSpec.changes(from: spec, to: spec, configuration: configuration) == [])
    }
}
