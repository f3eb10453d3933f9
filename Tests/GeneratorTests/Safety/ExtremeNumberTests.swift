import Testing

@testable import GeneratorCore

/// Numbers a Swift literal cannot hold are located errors where the spec wrote them.
@Suite("Extreme numbers")
struct ExtremeNumberTests {
    /// One property `value` whose schema is `schema`.
    static func spec(_ schema: String) -> String {
        Spec.schemas("""
            Holder:
              type: object
              properties:
                value: \(schema)
            """)
    }

    @Test("each unrepresentable number is one error at the value", arguments: [
        ("{type: integer, default: 1e300}", "1e300", "not an integer that fits in 64 bits"),
        ("{type: integer, default: 99999999999999999999}", "99999999999999999999", "not an integer that fits in 64 bits"),
        ("{type: integer, default: 0x1FFFFFFFFFFFFFFFF}", "0x1FFFFFFFFFFFFFFFF", "does not fit in a 64-bit integer"),
        ("{type: integer, default: 2.5}", "2.5", "not an integer"),
        ("{type: integer, format: int32, default: 3000000000}", "3000000000", "fits in 32 bits"),
        ("{type: number, format: float, default: 1e300}", "1e300", "does not fit in a Float"),
        ("{type: number, default: .inf}", ".inf", "must be a finite number"),
        ("{type: number, default: -.inf}", "-.inf", "must be a finite number"),
        ("{type: number, default: .nan}", ".nan", "must be a finite number"),
        ("{type: number, default: 1e400}", "1e400", "must be a finite number"),
        ("{type: number, default: 1e-400}", "1e-400", "too close to zero"),
        ("{type: number, default: 5e-324}", "5e-324", "too close to zero"),
        ("{type: number, minimum: .inf}", ".inf", "'minimum' must be a finite number"),
        ("{type: number, maximum: .nan}", ".nan", "'maximum' must be a finite number"),
        ("{type: number, exclusiveMinimum: -.inf}", "-.inf", "'exclusiveMinimum' must be a finite number"),
        ("{type: number, exclusiveMaximum: 1e999}", "1e999", "'exclusiveMaximum' must be a finite number"),
        ("{type: number, maximum: ten}", "ten", "'maximum' must be a number"),
        ("{type: number, multipleOf: .inf}", ".inf", "'multipleOf' must be a finite number"),
        ("{type: number, multipleOf: -2}", "-2", "'multipleOf' must be greater than 0"),
        ("{type: string, minLength: 1e300}", "1e300", "'minLength' must be a non-negative integer"),
        ("{type: string, maxLength: -1}", "-1", "'maxLength' must be a non-negative integer"),
        ("{type: array, minItems: .inf}", ".inf", "'minItems' must be a non-negative integer"),
        ("{type: array, maxItems: 1.5}", "1.5", "'maxItems' must be a non-negative integer"),
        ("{type: number, enum: [1, .nan]}", ".nan", "enum value must be a finite number"),
        ("{const: -.inf}", "-.inf", "'const' must be a finite number"),
    ])
    func rejected(schema: String, value: String, message: String) throws {
        let yaml = Self.spec(schema)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.message.contains(message), "\(error.message)")
        // At the number itself (after `: ` or `, `), not at its key or schema.
        let before = try #require(yaml.location(of: ": \(value)") ?? yaml.location(of: ", \(value)"))
        #expect(error.location == GeneratorCore.SourceLocation(file: before.file, line: before.line, column: before.column + 2))
    }

    @Test("representable extremes are accepted and written as valid literals", arguments: [
        ("{type: integer, default: 0x7FFFFFFFFFFFFFFF}", "Int = 9223372036854775807"),
        ("{type: integer, format: int32, default: -2147483648}", "Int32 = -2147483648"),
        ("{type: integer, default: -0}", "Int = 0"),
        ("{type: integer, default: 0o17}", "Int = 15"),
        ("{type: integer, default: 1e3}", "Int = 1000"),
        ("{type: number, default: 1e300}", "Double = 1e+300"),
        ("{type: number, default: -1.5e-300}", "Double = -1.5e-300"),
        ("{type: number, default: 99999999999999999999}", "Double = 1e+20"),
    ])
    func accepted(schema: String, parameter: String) throws {
        let yaml = Spec.schemas("""
            Holder:
              type: object
              required: [value]
              properties:
                value: \(schema)
            """)
        try assertSwift(yaml, declaration: "Holder", contains: ["init(value: \(parameter), additionalProperties:"])
    }

    @Test("bounds keep their values in validate(): 1e308 and -1.5e-300 are literals that compile")
    func boundsAsLiterals() throws {
        try assertSwift(Self.spec("{type: number, minimum: -1.5e-300, exclusiveMaximum: 1e308}"),
                        declaration: "extension Holder", contains: ["minimum: -1.5e-300", "exclusiveMaximum: 1e+308"])
    }

    @Test("a default next to a $ref must fit the referenced type", arguments: [
        ("{type: integer, format: int32}", "3000000000", "Int32"),
        ("{type: integer}", "1e300", "Int"),
        ("{type: number, format: float}", "1e300", "Float"),
    ])
    func defaultBesideReference(target: String, value: String, type: String) throws {
        let yaml = Spec.schemas("""
            Small: \(target)
            Holder:
              type: object
              properties:
                value: {$ref: '#/components/schemas/Small', default: \(value)}
            """)
        let errors = try Stages.translateErrors(yaml)
        #expect(errors.map(\.message) == ["default of property 'value' does not fit its type \(type)"])
        #expect(errors.first?.location == yaml.location(of: "value:"))
    }
}
