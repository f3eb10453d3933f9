import GeneratorCore
import Testing

/// Schemas no value can satisfy, and patterns no check can run: each is a located warning, never
/// a silent choice.
@Suite("Schema contradictions and uncheckable patterns")
struct SchemaContradictionTests {
    @Test("allOf members typing one property apart (string, integer) warn at the later one, which decides")
    func disjointTypes() throws {
        let (model, warnings) = try Stages.translate(Spec.schemas("""
            Both:
              allOf:
                - {type: object, properties: {a: {type: string}}}
                - {type: object, properties: {a: {type: integer}}}
            """))

        #expect(try Stages.property("a", of: "Both", in: model).type == .int)
        let warning = try #require(warnings.first { $0.message.contains("'allOf' defines property 'a'") })
        // At the second member's `a`, naming the line of the first (the one above it).
        let line = try #require(warning.location?.line)
        #expect(warning.message.contains("as integer here and as string at line \(line - 1);"))
    }

    @Test("refinements that keep a common type (a narrower enum, integer within number, any) do not warn")
    func refinements() throws {
        let (_, warnings) = try Stages.translate(Spec.schemas("""
            Refined:
              allOf:
                - {type: object, properties: {kind: {type: string}, n: {type: number}, free: {}}}
                - {type: object, properties: {kind: {type: string, enum: [x]}, n: {type: integer}, free: {type: boolean}}}
            """))

        #expect(!warnings.contains { $0.message.contains("'allOf' defines") })
    }

    @Test("a pattern Swift cannot compile is a located warning and goes unchecked; one it can is checked")
    func patterns() throws {
        let yaml = Spec.schemas("""
            Code:
              type: object
              properties:
                broken: {type: string, pattern: "[a-"}
                fine: {type: string, pattern: "^[a-z]+$"}
            """)
        let (_, warnings) = try Stages.read(yaml)
        let (model, _) = try Stages.translate(yaml)

        let warning = try #require(warnings.first { $0.message.contains("'pattern'") })
        #expect(warning.message.contains("not a regular expression Swift can compile"))
        #expect(try Stages.property("broken", of: "Code", in: model).constraints.pattern == nil)
        #expect(try Stages.property("fine", of: "Code", in: model).constraints.pattern == "^[a-z]+$")
    }

    @Test("a pattern that is not a string is a located error")
    func patternNotAString() throws {
        let errors = try Stages.readErrors(Spec.schemas("""
            Code: {type: string, pattern: [a]}
            """))

        #expect(errors.contains { $0.message.contains("'pattern' must be a string") })
    }
}
