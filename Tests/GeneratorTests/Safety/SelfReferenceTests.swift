import Testing

@testable import GeneratorCore

/// A schema defined only in terms of itself is a located error; recursion through an object or an
/// array inside a union is still generated.
@Suite("Self-references")
struct SelfReferenceTests {
    @Test("each self-referential shape is rejected at the schema, naming the schemas on the loop", arguments: [
        ("A:\n  allOf: [{$ref: '#/components/schemas/A'}]", "A:", "schema 'A' is defined only in terms of itself"),
        ("A:\n  type: array\n  items: {$ref: '#/components/schemas/A'}", "A:", "schema 'A' is defined only in terms of itself"),
        ("A:\n  type: object\n  additionalProperties: {$ref: '#/components/schemas/A'}", "A:", "schema 'A'"),
        ("A:\n  $ref: '#/components/schemas/B'\nB:\n  $ref: '#/components/schemas/A'", "A:", "(through 'B')"),
        ("A:\n  type: array\n  items: {$ref: '#/components/schemas/B'}\nB:\n  type: array\n  items: {$ref: '#/components/schemas/A'}",
         "A:", "(through 'B')"),
        ("A:\n  oneOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}]", "A:", "schema 'A'"),
        ("A:\n  oneOf: [{$ref: '#/components/schemas/A'}, {type: string}]", "A:", "schema 'A'"),
        ("A:\n  anyOf: [{$ref: '#/components/schemas/B'}, {type: string}]\nB:\n  oneOf: [{$ref: '#/components/schemas/A'}, {type: integer}]",
         "A:", "(through 'B')"),
    ])
    func rejected(schemas: String, at anchor: String, message: String) throws {
        let yaml = Spec.schemas(schemas)
        let errors = try Stages.translateErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.message.contains(message), "\(error.message)")
        let key = try #require(yaml.location(of: anchor))
        #expect(error.location?.line == key.line + 1, "the error points at the schema under '\(anchor)'")
    }

    @Test("recursion through an object, or through an array member of a union, still generates")
    func legitimateRecursion() throws {
        let yaml = Spec.schemas("""
            Tree:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Tree'}
                children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
            Nested:
              oneOf:
                - {type: string}
                - {type: array, items: {$ref: '#/components/schemas/Nested'}}
            Forest:
              type: array
              items: {$ref: '#/components/schemas/Tree'}
            """)
        #expect(try Stages.translateErrors(yaml).isEmpty)
    }
}
