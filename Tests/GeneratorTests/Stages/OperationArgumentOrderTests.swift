import Testing

@testable import GeneratorCore

/// The order an operation's methods take their arguments in is the translator's decision
/// (`OperationModel.arguments`); the emitters print that list and never re-sort it.
@Suite("Operation arguments: one order, decided by the translator")
struct OperationArgumentOrderTests {
    /// The model's arguments as labels: `_ body` for the body, else the parameter's Swift name.
    static func labels(_ operation: OperationModel) -> [String] {
        operation.arguments.map { argument in
            switch argument {
            case .body: "_ body"
            case .parameter(let parameter): parameter.swiftName
            }
        }
    }

    static func operation(_ paths: String) throws -> OperationModel {
        let (model, _) = try Stages.translate(Spec.paths(paths))
        return try #require(model.client.operations.first)
    }

    @Test("the body comes first, then the required parameters, then the optional ones, each group in the spec's order")
    func bodyThenRequiredThenOptional() throws {
        let operation = try Self.operation("""
            /items/{id}:
              post:
                operationId: update
                parameters:
                  - {name: dry_run, in: query, schema: {type: boolean}}
                  - {name: X-Trace, in: header, required: true, schema: {type: string}}
                  - {name: limit, in: query, schema: {type: integer}}
                  - {name: id, in: path, required: true, schema: {type: string}}
                  - {name: X-Debug, in: header, schema: {type: string}}
                  - {name: fields, in: query, required: true, schema: {type: array, items: {type: string}}}
                requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                responses: {'204': {description: ok}}
            """)
        #expect(Self.labels(operation) == ["_ body", "xTrace", "id", "fields", "dryRun", "limit", "xDebug"])
        #expect(operation.arguments.map(\.isRequired) == [false, true, true, true, false, false, false])
    }

    @Test("an optional body still comes first; an operation without one starts with its parameters")
    func bodyPosition() throws {
        let withBody = try Self.operation("""
            /a/{id}:
              put:
                operationId: put
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                requestBody: {required: false, content: {text/plain: {schema: {type: string}}}}
                responses: {'204': {description: ok}}
            """)
        #expect(Self.labels(withBody) == ["_ body", "id"])
        let withoutBody = try Self.operation("""
            /a/{id}:
              get:
                operationId: get
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                responses: {'204': {description: ok}}
            """)
        #expect(Self.labels(withoutBody) == ["id"])
    }

    @Test("path-level parameters come before the operation's; one the operation overrides takes the operation's place and requiredness")
    func pathLevelParameters() throws {
        let operation = try Self.operation("""
            /a/{id}:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: page, in: query, schema: {type: integer}}
                - {name: sort, in: query, schema: {type: string}}
              get:
                operationId: list
                parameters:
                  - {name: filter, in: query, schema: {type: string}}
                  - {name: page, in: query, required: true, schema: {type: integer}}
                responses: {'204': {description: ok}}
            """)
        #expect(operation.parameters.map(\.wireName) == ["id", "sort", "filter", "page"])
        #expect(Self.labels(operation) == ["id", "page", "sort", "filter"])
    }

    @Test("colliding and reserved names are told apart in the spec's order, so reordering never renames a parameter")
    func namesClaimedInSpecOrder() throws {
        let operation = try Self.operation("""
            /a:
              post:
                operationId: send
                parameters:
                  - {name: page-size, in: query, schema: {type: string}}
                  - {name: page_size, in: header, required: true, schema: {type: string}}
                  - {name: options, in: query, schema: {type: string}}
                  - {name: body, in: query, required: true, schema: {type: string}}
                requestBody: {required: true, content: {application/json: {schema: {type: object}}}}
                responses: {'204': {description: ok}}
            """)
        let byWireName = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.wireName, $0.swiftName) })
        #expect(byWireName == ["page-size": "pageSize", "page_size": "pageSize2", "options": "options2", "body": "body2"])
        #expect(Self.labels(operation) == ["_ body", "pageSize2", "body2", "pageSize", "options2"])
    }

    @Test("query items and headers are sent in the spec's order, whatever the signature's")
    func wireOrderIsTheSpecs() throws {
        let operation = try Self.operation("""
            /a:
              get:
                operationId: search
                parameters:
                  - {name: a, in: query, schema: {type: string}}
                  - {name: H1, in: header, schema: {type: string}}
                  - {name: b, in: query, required: true, schema: {type: string}}
                  - {name: H2, in: header, required: true, schema: {type: string}}
                responses: {'204': {description: ok}}
            """)
        #expect(Self.labels(operation) == ["b", "h2", "a", "h1"])
        #expect(operation.queryParameters.map(\.wireName) == ["a", "b"])
        #expect(operation.headerParameters.map(\.wireName) == ["H1", "H2"])
    }

    @Test("every method, the protocol and the request builder print the model's order as given, even one the translator would not choose")
    func emittersFollowTheModel() throws {
        let (model, _) = try Stages.translate(Spec.paths("""
            /a/{id}:
              get:
                operationId: fetch
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  - {name: q, in: query, schema: {type: string}}
                responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}
            """))
        var operation = try #require(model.client.operations.first)
        let id = try #require(operation.parameters.first { $0.wireName == "id" })
        let q = try #require(operation.parameters.first { $0.wireName == "q" })
        operation.arguments = [.parameter(q), .parameter(id)]   // optional before required: not the translator's order
        let emitter = OperationEmitter(context: EmitContext(configuration: .init()), operation: operation)
        let client = CodePrinter.render(emitter.emit().flatMap { $0 })
        #expect(client.contains("public func fetch(q: String? = nil, id: String, options: RequestOptions = .init()) async throws -> String {"))
        #expect(client.contains("private func makeFetchRequest(q: String?, id: String) -> OperationRequest {"))
        #expect(client.contains("makeFetchRequest(q: q, id: id)"))
        let qDocumented = try #require(client.range(of: "- Parameter q: The `q` query parameter."))
        let idDocumented = try #require(client.range(of: "- Parameter id: The `id` path parameter."))
        #expect(qDocumented.lowerBound < idDocumented.lowerBound)
        let methods = emitter.publicMethods
        #expect(methods.first?.selector == "fetch(q:id:options:)")
        let requirement = CodePrinter.render(methods.first?.requirement ?? [])
        #expect(requirement == "func fetch(q: String?, id: String, options: RequestOptions) async throws -> String\n")
        let convenience = CodePrinter.render(methods.first?.convenience ?? [])
        #expect(convenience.contains("try await fetch(q: q, id: id, options: .init())"))
    }
}
