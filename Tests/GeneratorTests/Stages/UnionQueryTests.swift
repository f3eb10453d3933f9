import Testing

@testable import GeneratorCore

/// Query parameters whose schema is a union of scalars and objects of scalars.
@Suite("Union query parameters")
struct UnionQueryTests {
    static func operations(_ parameterSchema: String, style: String = "deepObject") throws -> (ids: [String], warnings: [Diagnostic]) {
        let spec = Spec.paths("""
            /a:
              get:
                operationId: listThings
                parameters:
                  - {name: created, in: query, style: \(style), schema: \(parameterSchema)}
                responses: {'204': {description: ok}}
            """)
        let (model, warnings) = try Stages.translate(spec)
        return (model.client.operations.map(\.operationID), warnings)
    }

    @Test("a union of an object of scalars and scalars is generated, its cases in declaration order")
    func objectAndScalars() throws {
        let spec = Spec.paths("""
            /a:
              get:
                operationId: listThings
                parameters:
                  - name: created
                    in: query
                    style: deepObject
                    schema: {anyOf: [{type: object, properties: {gt: {type: integer}}}, {type: integer}, {type: string, enum: [now]}]}
                responses: {'204': {description: ok}}
            """)
        let (model, warnings) = try Stages.translate(spec)
        #expect(warnings.isEmpty, "\(warnings)")
        let union = try #require(model.client.operations.first?.parameters.first?.unionQuery)
        #expect(union.cases.count == 3)
        guard case .object(let object) = union.cases[0].kind else {
            Issue.record("the first case is \(union.cases[0].kind)")
            return
        }
        #expect(object.style == .deepObject)
        #expect(union.cases[1].kind == .scalar(.int))
    }

    @Test("members the query cannot write skip the operation: arrays, nested objects, nulls, other styles")
    func unsupportedMembers() throws {
        let unsupported = [
            ("{anyOf: [{type: object, properties: {gt: {type: integer}}}, {type: array, items: {type: integer}}]}", "deepObject"),
            ("{anyOf: [{type: object, properties: {inner: {type: object, properties: {x: {type: string}}}}}, {type: integer}]}", "deepObject"),
            ("{anyOf: [{type: object, properties: {gt: {type: integer}}}, {type: integer}]}", "spaceDelimited"),
            ("{oneOf: [{type: object, properties: {gt: {type: integer}}}, {type: [integer, 'null']}]}", "deepObject"),
        ]
        for (schema, style) in unsupported {
            let (ids, warnings) = try Self.operations(schema, style: style)
            #expect(ids.isEmpty, "\(schema) in \(style)")
            #expect(warnings.contains { $0.message.contains("is not generated") }, "\(schema)")
        }
    }

    @Test("a scalar union that includes any string stays a String parameter, not a union")
    func textUnionStaysString() throws {
        let spec = Spec.paths("""
            /a:
              get:
                operationId: listThings
                parameters: [{name: id, in: query, schema: {oneOf: [{type: integer}, {type: string}]}}]
                responses: {'204': {description: ok}}
            """)
        let (model, _) = try Stages.translate(spec)
        let parameter = try #require(model.client.operations.first?.parameters.first)
        #expect(parameter.type == .string && parameter.unionQuery == nil)
    }

    @Test("the unknown case returns a refused request naming the parameter, instead of writing a guess")
    func unknownCaseIsRefused() throws {
        let spec = Spec.paths("""
            /a:
              get:
                operationId: listThings
                parameters: [{name: created, in: query, required: true, style: deepObject, schema: {anyOf: [{type: object, properties: {gt: {type: integer}}}, {type: integer}]}}]
                responses: {'204': {description: ok}}
            """)
        let client = try #require(try Stages.files(spec).first { $0.name == "Client.swift" })
        #expect(client.contents.contains("case .unknown:"))
        #expect(client.contents.contains(#"refusal: "parameter 'created' holds a value of none of its schema's members"#))
        #expect(client.contents.contains(#"QueryItem(name: "created[gt]", value: String(describing: value))"#))
        #expect(client.contents.contains(#"QueryItem(name: "created", value: String(describing: member))"#))
    }
}
