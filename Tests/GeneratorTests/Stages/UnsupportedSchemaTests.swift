import Testing

@testable import GeneratorCore

/// Valid schema constructs no Swift type can express skip the operations and component schemas
/// that reach them, with one located warning per construct (an error in strict mode); the rest
/// of the document is generated. Malformed input stays an error.
@Suite("Unsupported schema constructs skip what reaches them")
struct UnsupportedSchemaTests {
    /// A construct written as a flow-style schema, and the text its warning points at.
    struct Construct: CustomTestStringConvertible, Sendable {
        var schema: String
        var at: String
        var reason: String
        var testDescription: String { at }
    }

    static let constructs: [Construct] = [
        .init(schema: "{type: array, prefixItems: [{type: string}, {type: integer}]}", at: "prefixItems", reason: "schema keyword 'prefixItems'"),
        .init(schema: "{type: object, if: {required: [a]}, then: {required: [b]}}", at: "if:", reason: "schema keyword 'if'"),
        .init(schema: "{type: object, patternProperties: {'^x-': {type: string}}}", at: "patternProperties", reason: "schema keyword 'patternProperties'"),
        .init(schema: "{$dynamicRef: '#node'}", at: "$dynamicRef", reason: "schema keyword '$dynamicRef'"),
        .init(schema: "{type: object, dependentSchemas: {a: {required: [b]}}}", at: "dependentSchemas", reason: "schema keyword 'dependentSchemas'"),
        .init(schema: "{type: array, unevaluatedItems: false}", at: "unevaluatedItems", reason: "schema keyword 'unevaluatedItems'"),
        .init(schema: "{type: object, properties: {gone: false}}", at: "false", reason: "the schema 'false'"),
        .init(schema: "{$ref: 'other.yaml#/components/schemas/Thing'}", at: "'other.yaml", reason: "external reference 'other.yaml#/components/schemas/Thing'"),
        .init(schema: "{$ref: 'https://example.com/thing.json'}", at: "'https://", reason: "external reference 'https://example.com/thing.json'"),
        .init(
            schema: "{$ref: '#/paths/~1ok/get/responses/200/content/application~1json/schema'}", at: "'#/paths",
            reason: "reference '#/paths/~1ok/get/responses/200/content/application~1json/schema' is not supported"),
        .init(schema: "{$ref: '#node'}", at: "'#node'", reason: "anchor reference '#node'"),
        .init(schema: "{$recursiveRef: '#'}", at: "'#'}", reason: "'$recursiveRef'"),
        .init(schema: "{$ref: '#/components/schemas/Inner', maxLength: 37}", at: "37}", reason: "'maxLength' next to '$ref'"),
    ]

    /// Where the construct sits relative to the operation `putThing`.
    enum Placement: String, CaseIterable, Sendable {
        case deepInRequestBody, unionMember, additionalProperties, responseHeader, parameter, errorResponse, throughComponents
    }

    /// `/ok` (supported) and `/thing` (PUT), which reaches `construct` as `placement` says.
    static func document(_ construct: String, _ placement: Placement) -> String {
        let body: String
        var responses = "responses: {'204': {description: ok}}"
        var parameters = ""
        switch placement {
        case .deepInRequestBody:
            body = "requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: object, properties: {b: {type: array, items: \(construct)}}}}}}}}"
        case .unionMember:
            body = "requestBody: {content: {application/json: {schema: {oneOf: [{type: string}, \(construct)]}}}}"
        case .additionalProperties:
            body = "requestBody: {content: {application/json: {schema: {type: object, additionalProperties: \(construct)}}}}"
        case .responseHeader:
            body = ""
            responses = "responses: {'204': {description: ok, headers: {X-Thing: {schema: \(construct)}}}}"
        case .parameter:
            body = ""
            parameters = "parameters: [{name: q, in: query, schema: \(construct)}]"
        case .errorResponse:
            body = ""
            responses = "responses: {'204': {description: ok}, '400': {description: bad, content: {application/json: {schema: \(construct)}}}}"
        case .throughComponents:
            body = "requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Outer'}}}}"
        }
        return Spec.paths("""
            /ok:
              get:
                operationId: getOk
                responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}
            /thing:
              put:
                operationId: putThing
                \(body)
                \(parameters)
                \(responses)
            """, components: """
            schemas:
              Outer: {type: object, properties: {inner: {$ref: '#/components/schemas/Inner'}}}
              Inner: {type: object, properties: {c: \(placement == .throughComponents ? construct : "{type: string}")}}
            """)
    }

    static func skipWarnings(_ warnings: [Diagnostic]) -> [Diagnostic] {
        warnings.filter { $0.message.contains("not generated") }
    }

    @Test("each construct, deep in an inline request body, skips the operation with one warning at the construct naming it and why",
          arguments: constructs)
    func constructSkipsOperation(construct: Construct) throws {
        let yaml = Self.document(construct.schema, .deepInRequestBody)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["getOk"])
        let skips = Self.skipWarnings(warnings)
        try #require(skips.count == 1, "\(warnings)")
        #expect(skips[0].severity == .warning)
        #expect(skips[0].message.hasPrefix(construct.reason), "\(skips[0].message)")
        #expect(skips[0].message.contains("operation 'putThing' (PUT /thing) is not generated"))
        #expect(skips[0].location == yaml.location(of: construct.at))
    }

    @Test("a construct reached through a union member, additionalProperties, a header, a parameter, an error response or components skips the operation",
          arguments: Placement.allCases)
    func everyPlacementSkips(placement: Placement) throws {
        let yaml = Self.document("{type: array, prefixItems: [{type: string}]}", placement)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["getOk"])
        let skips = Self.skipWarnings(warnings)
        try #require(skips.count == 1, "\(warnings)")
        let via = placement == .throughComponents ? ", via schema 'Outer')" : ")"
        #expect(skips[0].message.contains("operation 'putThing' (PUT /thing\(via)"), "\(skips[0].message)")
        #expect(skips[0].location == yaml.location(of: "prefixItems"))
    }

    @Test("strict mode makes the skip an error at the construct, and the pipeline fails")
    func strictModeIsAnError() throws {
        var configuration = GeneratorConfiguration()
        configuration.strict = true
        let yaml = Self.document("{type: object, patternProperties: {'^x-': {type: string}}}", .deepInRequestBody)
        let errors = try Stages.translateErrors(yaml, configuration: configuration)
        #expect(errors.count == 1)
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("operation 'putThing' (PUT /thing) is not generated") == true)
        #expect(errors.first?.location == yaml.location(of: "patternProperties"))
        #expect(throws: DiagnosticError.self) { try Stages.files(yaml, configuration: configuration) }
    }

    @Test("an unsupported schema used only by an excluded or unselected operation prints nothing, and its components are not declared")
    func unselectedOperationIsSilent() throws {
        let yaml = Self.document("{type: array, prefixItems: [{type: string}]}", .throughComponents)
        for filter in [(operations: nil, exclude: ["putThing"]), (operations: ["getOk"], exclude: [])] as [([String]?, [String])] {
            var configuration = GeneratorConfiguration()
            configuration.operations = filter.0
            configuration.exclude = filter.1
            let (model, warnings) = try Stages.translate(yaml, configuration: configuration)
            #expect(model.client.operations.map(\.operationID) == ["getOk"])
            #expect(warnings.isEmpty, "\(warnings)")
            #expect(Stages.declaration("Outer", in: model) == nil && Stages.declaration("Inner", in: model) == nil)
        }
    }

    @Test("a component that reaches an unsupported one is not declared and nothing declared refers to it; the others are")
    func reachingComponentsAreNotDeclared() throws {
        let yaml = Spec.paths("""
            /a:
              get:
                operationId: getA
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}}
            /b:
              get:
                operationId: getB
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Fine'}}}}}
            """, components: """
            schemas:
              A: {type: object, properties: {list: {type: array, items: {$ref: '#/components/schemas/B'}}}}
              B: {oneOf: [{type: string}, {$ref: '#/components/schemas/Tuple'}]}
              Tuple: {type: array, prefixItems: [{type: string}, {type: integer}]}
              Wrapper: {type: object, additionalProperties: {$ref: '#/components/schemas/A'}}
              Fine: {type: object, properties: {name: {type: string}}}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["getB"])
        #expect(model.declarations.map(\.name).sorted() == ["Fine"])
        let skips = Self.skipWarnings(warnings)
        try #require(skips.count == 1, "\(warnings)")
        #expect(skips[0].message.contains("operation 'getA' (GET /a, via schema 'A')"))
        for name in ["Tuple", "B", "A", "Wrapper"] { #expect(skips[0].message.contains("schema '\(name)'"), "\(name)") }
        #expect(!skips[0].message.contains("'Fine'"))
        #expect(skips[0].location == yaml.location(of: "prefixItems"))
    }

    @Test("one construct reached by two operations, through a body and a response each, is warned about once, naming both")
    func oneWarningPerConstruct() throws {
        let yaml = Spec.paths("""
            /a:
              get:
                operationId: getA
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/T'}}}}}
              post:
                operationId: postA
                requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/T'}}}}
                responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/T'}}}}}}
            """, components: """
            schemas:
              T: {type: object, properties: {x: {type: object, if: {required: [a]}}}}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.isEmpty)
        let skips = Self.skipWarnings(warnings)
        #expect(skips.count == 1, "\(warnings)")
        #expect(skips.first?.message.contains("operation 'getA' (GET /a, via schema 'T'), operation 'postA' (POST /a, via schema 'T') and schema 'T' are not generated") == true)
    }

    @Test("a parameter defined in another file skips the operation (its path template is not checked against it)")
    func externalParameterSkipsOperation() throws {
        let yaml = Spec.paths("""
            /items/{id}:
              parameters: [{$ref: 'common.yaml#/parameters/Id'}]
              get:
                operationId: getItem
                responses: {'204': {description: ok}}
            /ok:
              get:
                operationId: getOk
                responses: {'204': {description: ok}}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["getOk"])
        let skips = Self.skipWarnings(warnings)
        #expect(skips.count == 1)
        #expect(skips.first?.message.contains("operation 'getItem' (GET /items/{id})") == true)
        #expect(skips.first?.location == yaml.location(of: "'common.yaml"))
    }

    // MARK: Malformed input stays an error

    @Test("malformed references and schemas are still located errors, also next to an unsupported keyword", arguments: [
        ("{$ref: 42}", "'$ref' must be a string", "42"),
        ("{$ref: '#/components/schemas/Missing'}", "unresolved reference '#/components/schemas/Missing'", "'#/components/schemas/Missing'"),
        ("{$ref: '#/components/schemas/Pet/properties/missing'}", "unresolved reference '#/components/schemas/Pet/properties/missing'", "'#/components/schemas/Pet/properties/missing'"),
        ("{$ref: '#/$defs/Nothing'}", "unresolved reference '#/$defs/Nothing'", "'#/$defs/Nothing'"),
        ("{$ref: '#/components/schemas/Pet/required'}", "'#/components/schemas/Pet/required' does not point at a schema", "'#/components/schemas/Pet/required'"),
        ("{$ref: '#/components/schemas/Pet/properties/a%zz'}", "is not a valid JSON pointer", "'#/components/schemas/Pet/properties/a%zz'"),
        ("{$ref: '#'}", "names the whole document", "'#'}"),
        ("{type: banana, prefixItems: [{type: string}]}", "unknown type 'banana'", "banana"),
    ])
    func malformedStaysAnError(schema: String, message: String, at: String) throws {
        let yaml = Spec.paths("""
            /thing:
              get:
                operationId: getThing
                responses: {'200': {description: ok, content: {application/json: {schema: \(schema)}}}}
            """, components: """
            schemas:
              Pet: {type: object, required: [name], properties: {name: {type: string}}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.message.contains(message) == true, "\(errors)")
        #expect(errors.first?.location == yaml.location(of: at))
    }
}

@Suite("Traffic checks against unsupported schema constructs")
struct UnsupportedSchemaTrafficTests {
    @Test("a value whose schema is unsupported is reported as not checked, never passed silently")
    func notCheckedIsSaid() throws {
        let yaml = Spec.schemas("Pair: {type: array, prefixItems: [{type: string}]}")
        let (document, _) = try Stages.read(yaml)
        let validator = SchemaValidator(components: document.components, configuration: .init())
        var issues: [SchemaValidator.Issue] = []
        let schema = try #require(document.components.schema(named: "Pair"))
        validator.validate(.array([.string("a")]), against: schema, at: .init(), into: &issues)
        #expect(issues.count == 1)
        #expect(issues.first?.finding.message == "not checked: schema keyword 'prefixItems' (a tuple) is not supported")
        #expect(issues.first?.finding.specLocation == yaml.location(of: "prefixItems"))
    }
}
