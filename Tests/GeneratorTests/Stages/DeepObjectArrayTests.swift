import Testing

@testable import GeneratorCore

/// Arrays inside `deepObject` values, which OpenAPI leaves undefined: sent only in the notation the
/// configuration names (`deepObjectArrays`), otherwise the operation is skipped with a warning.
@Suite("deepObject arrays")
struct DeepObjectArrayTests {
    /// A query array, a form whose deepObject field holds scalar arrays (through a reference), one
    /// whose field holds an array of objects, one whose deepObject field holds no array at all,
    /// and one with an exploded `form` array (defined by OpenAPI, so never in question).
    static let spec = Spec.paths("""
        /query:
          get:
            operationId: expandQuery
            parameters:
              - {name: expand, in: query, style: deepObject, schema: {type: array, items: {type: string}}}
            responses: {'204': {description: ok}}
        /scalars:
          post:
            operationId: scalarArrays
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      meta: {$ref: '#/components/schemas/Meta'}
                  encoding:
                    meta: {style: deepObject}
            responses: {'204': {description: ok}}
        /objects:
          post:
            operationId: objectArrays
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      lines: {type: array, items: {type: object, properties: {price: {type: string}}}}
                  encoding:
                    lines: {style: deepObject}
            responses: {'204': {description: ok}}
        /plain:
          post:
            operationId: noArrays
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      range: {type: object, properties: {gt: {type: integer}}}
                      tags: {type: array, items: {type: string}}
                  encoding:
                    range: {style: deepObject}
            responses: {'204': {description: ok}}
        """, components: """
        schemas:
          Meta:
            type: object
            properties:
              tags: {type: array, items: {type: string}}
              next: {$ref: '#/components/schemas/Meta'}
        """)

    static func configuration(_ notation: GeneratorConfiguration.DeepObjectArrays?) -> GeneratorConfiguration {
        var configuration = GeneratorConfiguration()
        configuration.deepObjectArrays = notation
        return configuration
    }

    static func generated(_ notation: GeneratorConfiguration.DeepObjectArrays?) throws -> (operations: [String], skips: [Diagnostic]) {
        let (model, warnings) = try Stages.translate(spec, configuration: configuration(notation))
        return (model.client.operations.map(\.operationID), warnings.filter { $0.message.contains("is not generated") })
    }

    @Test("without a notation, every operation that would send a deepObject array is skipped with a located warning saying what to set")
    func skippedWithoutNotation() throws {
        let (operations, skips) = try Self.generated(nil)
        #expect(operations == ["noArrays"])
        #expect(skips.count == 3)
        #expect(skips.allSatisfy { $0.message.contains("OpenAPI leaves undefined") && $0.message.contains("'deepObjectArrays'") })
        #expect(skips[0].message.hasPrefix("operation 'expandQuery' (GET /query) is not generated: parameter 'expand' holds an array"))
        #expect(skips[0].location == Self.spec.location(of: "{name: expand"))
        #expect(skips[1].message.contains("'scalarArrays'") && skips[1].message.contains("property 'meta' holds an array"))
    }

    @Test("strict mode makes each of them a located error")
    func strictWithoutNotation() throws {
        var configuration = Self.configuration(nil)
        configuration.strict = true
        let errors = try Stages.translateErrors(Self.spec, configuration: configuration)
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.severity == .error && $0.location?.file == Spec.file })
    }

    @Test("brackets and repeated names write scalar arrays, and refuse arrays of objects, which only indices can write")
    func scalarNotations() throws {
        for notation in [GeneratorConfiguration.DeepObjectArrays.brackets, .repeated] {
            let (operations, skips) = try Self.generated(notation)
            #expect(operations == ["expandQuery", "scalarArrays", "noArrays"])
            #expect(skips.count == 1)
            #expect(skips.first?.message.contains("'objectArrays'") == true)
            #expect(skips.first?.message.contains("only 'deepObjectArrays: indices' can write") == true)
        }
    }

    @Test("indices write every shape, and the model carries the notation to the query parameter and the form")
    func indicesWriteEverything() throws {
        let (model, warnings) = try Stages.translate(Self.spec, configuration: Self.configuration(.indices))
        #expect(model.client.operations.map(\.operationID) == ["expandQuery", "scalarArrays", "objectArrays", "noArrays"])
        #expect(warnings.isEmpty, "\(warnings)")
        let query = try #require(model.client.operations.first?.parameters.first)
        #expect(query.deepObjectArrays == .indices && query.arrayDelimiter == nil)
        for operation in model.client.operations.dropFirst().dropLast() {
            guard case .urlEncodedForm(let form)? = operation.body?.kind else {
                Issue.record("\(operation.operationID) has no form body")
                continue
            }
            #expect(form.deepObjectArrays == .indices, "\(operation.operationID)")
        }
    }

    @Test("the query items are named in the notation: tags[], tags[0] (counted per element), tags")
    func emittedItemNames() throws {
        let expectations: [(GeneratorConfiguration.DeepObjectArrays, String)] = [
            (.brackets, #"QueryItem(name: "expand[]", value: element)"#),
            (.indices, #"QueryItem(name: "expand[\(index)]", value: element)"#),
            (.repeated, #"QueryItem(name: "expand", value: element)"#),
        ]
        for (notation, item) in expectations {
            let client = try #require(try Stages.files(Self.spec, configuration: Self.configuration(notation)).first { $0.name == "Client.swift" })
            #expect(client.contents.contains(item), "\(notation)")
            #expect(client.contents.contains("URLEncodedForm(deepObjectArrays: .\(notation.rawValue))"), "\(notation)")
        }
    }

    @Test("an object query parameter with array members waits for a notation too, then sends them in it; nested objects stay unsupported")
    func objectMembers() throws {
        let spec = Spec.paths("""
            /a:
              get:
                operationId: filtered
                parameters:
                  - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {tags: {type: array, items: {type: string}}}}}
                responses: {'204': {description: ok}}
            /b:
              get:
                operationId: nested
                parameters:
                  - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {inner: {type: object, properties: {x: {type: string}}}}}}
                responses: {'204': {description: ok}}
            """)
        let (unset, warnings) = try Stages.translate(spec)
        #expect(unset.client.operations.isEmpty)
        #expect(warnings.first?.message.contains("parameter 'filter' holds an array in style deepObject") == true)
        #expect(warnings.last?.message.contains("has an object or union schema") == true)

        let (model, _) = try Stages.translate(spec, configuration: Self.configuration(.brackets))
        #expect(model.client.operations.map(\.operationID) == ["filtered"])
        #expect(model.client.operations.first?.parameters.first?.objectQuery?.arrays == .brackets)
        let client = try #require(try Stages.files(spec, configuration: Self.configuration(.brackets)).first { $0.name == "Client.swift" })
        #expect(client.contents.contains(#"QueryItem(name: "filter[tags][]", value: element)"#))
    }

    @Test("the configuration takes brackets, indices or repeated, and reports anything else at its location")
    func configuration() throws {
        for notation in GeneratorConfiguration.DeepObjectArrays.allCases {
            let read = try GeneratorConfiguration.read("deepObjectArrays: \(notation.rawValue)\n", file: "c.yaml")
            #expect(read.deepObjectArrays == notation)
        }
        #expect(try GeneratorConfiguration.read("clientName: A\n", file: "c.yaml").deepObjectArrays == nil)
        let error = #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read("deepObjectArrays: [brackets]\n", file: "c.yaml") }
        #expect(error?.diagnostics.first?.message == "deepObjectArrays must be brackets, indices or repeated")
        #expect(error?.diagnostics.first?.location?.line == 1)
    }
}
