import Testing

@testable import GeneratorCore

/// Operations the generator cannot bind, the `exclude` filter and strict mode.
@Suite("Unsupported operations, exclude and strict mode")
struct UnsupportedOperationTests {
    /// One supported operation and one per unsupported shape; `Pet` is used only by the XML one.
    static let spec = Spec.paths("""
        /pets:
          get:
            operationId: listPets
            parameters:
              - {name: filter, in: header, schema: {type: object, properties: {name: {type: string}}}}
            responses: {'204': {description: ok}}
          post:
            operationId: uploadPet
            requestBody:
              content:
                application/xml:
                  schema: {$ref: '#/components/schemas/Pet'}
            responses: {'204': {description: ok}}
        /pets/{id}:
          get:
            operationId: getPet
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses: {'204': {description: ok}}
        /pets/{id}/photo:
          get:
            operationId: getPhoto
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: The photo.
                content: {image/png: {schema: {type: string, format: binary}}}
        """, components: """
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string, propertyNames: {pattern: x}}
        """)

    @Test("each unsupported operation is skipped with one located warning naming it and why; the others (a binary response too) are generated")
    func skippedWithWarnings() throws {
        let (model, warnings) = try Stages.translate(Self.spec)
        #expect(model.client.operations.map(\.operationID) == ["getPet", "getPhoto"])
        let skips = warnings.filter { $0.message.contains("is not generated") }
        #expect(skips.count == 2)
        #expect(skips.allSatisfy { $0.severity == .warning })
        #expect(skips[0].message.hasPrefix("operation 'listPets' (GET /pets) is not generated: parameter 'filter'"))
        #expect(skips[0].location == Self.spec.location(of: "{name: filter"))
        #expect(skips[1].message.contains("'uploadPet'") && skips[1].message.contains("'application/xml'"))
        #expect(skips[1].location == Self.spec.location(of: "application/xml"))
    }

    @Test("strict mode turns each unsupported operation into a located error")
    func strictModeErrors() throws {
        var configuration = GeneratorConfiguration()
        configuration.strict = true
        let errors = try Stages.translateErrors(Self.spec, configuration: configuration)
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.severity == .error && $0.location?.file == Spec.file })
    }

    @Test("excluded operations are neither generated nor warned about, and neither are schemas only they use")
    func excludedOperationsAreSilent() throws {
        var configuration = GeneratorConfiguration()
        configuration.exclude = ["listPets", "uploadPet"]
        let (model, warnings) = try Stages.translate(Self.spec, configuration: configuration)
        #expect(model.client.operations.map(\.operationID) == ["getPet", "getPhoto"])
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(Stages.declaration("Pet", in: model) == nil)
    }

    @Test("without a filter, warnings about every component schema are reported, once each")
    func unfilteredSchemaWarnings() throws {
        let (_, warnings) = try Stages.translate(Self.spec)
        #expect(warnings.filter { $0.message.contains("'propertyNames'") }.count == 1)
    }

    @Test("exclude wins over operations, and naming an undefined operation in either is an error")
    func excludeAndOperations() throws {
        var configuration = GeneratorConfiguration()
        configuration.operations = ["getPet", "listPets"]
        configuration.exclude = ["listPets"]
        let (model, _) = try Stages.translate(Self.spec, configuration: configuration)
        #expect(model.client.operations.map(\.operationID) == ["getPet"])
        configuration.exclude = ["getPets"]
        let errors = try Stages.translateErrors(Self.spec, configuration: configuration)
        #expect(errors.map(\.message) == ["configuration names operation 'getPets', which the document does not define"])
    }

    @Test("the configuration reads exclude and strict, and rejects values of the wrong kind")
    func configurationKeys() throws {
        let configuration = try GeneratorConfiguration.read("exclude: [a, b]\nstrict: true\n", file: "c.yaml")
        #expect(configuration.exclude == ["a", "b"])
        #expect(configuration.strict)
        #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read("strict: maybe\n", file: "c.yaml") }
        #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read("exclude: a\n", file: "c.yaml") }
    }

    @Test("object query parameters are generated for deepObject and form; other styles and nested members are skipped")
    func objectQueryStyles() throws {
        let yaml = Spec.paths("""
            /a:
              get:
                operationId: deep
                parameters: [{name: f, in: query, style: deepObject, schema: {type: object, properties: {x: {type: integer}}}}]
                responses: {'204': {description: ok}}
            /b:
              get:
                operationId: spaced
                parameters: [{name: f, in: query, style: spaceDelimited, schema: {type: object, properties: {x: {type: integer}}}}]
                responses: {'204': {description: ok}}
            /c:
              get:
                operationId: nested
                parameters: [{name: f, in: query, schema: {type: object, properties: {x: {type: object, properties: {y: {type: string}}}}}}]
                responses: {'204': {description: ok}}
            /d:
              get:
                operationId: inHeader
                parameters: [{name: f, in: header, schema: {type: object, properties: {x: {type: integer}}}}]
                responses: {'204': {description: ok}}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["deep"])
        #expect(model.client.operations.first?.parameters.first?.objectQuery?.style == .deepObject)
        #expect(warnings.filter { $0.message.contains("is not generated") }.count == 3)
    }

    @Test("a binary response is returned as the streamed body, asking for its declared media type")
    func binaryResponse() throws {
        let (model, _) = try Stages.translate(Self.spec)
        let photo = try #require(model.client.operations.first { $0.operationID == "getPhoto" })
        #expect(photo.success == .binary(contentType: "image/png"))
    }
}
