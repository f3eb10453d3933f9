import Testing

@testable import GeneratorCore

@Suite("Document reader: paths, operations and whole documents")
struct DocumentReaderOperationTests {
    @Test("a repeated operationId is an error at the second use, naming the line of the first")
    func duplicateOperationID() throws {
        let yaml = Spec.paths("""
            /pets:
              get:
                operationId: listPets
                responses: {'204': {description: ok}}
            /animals:
              get:
                operationId: listPets
                responses: {'204': {description: ok}}
            """)
        let first = try #require(yaml.location(of: "listPets"))
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == ["duplicate operationId 'listPets' (first used at line \(first.line))"])
        #expect(errors.first?.location == yaml.location(of: "listPets", occurrence: 2))
    }

    @Test("a response status must be default, a code 100-599 or a range like 2XX: anything else is a located error, never code", arguments: [
        "2: self = .ok(\\\"x\\\"); }", "600", "099", "20", "2000", "2XY", "two", "2 0", "", "2٠٠",
    ])
    func malformedResponseStatus(status: String) throws {
        let yaml = Spec.paths("""
            /pets:
              get:
                operationId: listPets
                responses:
                  '200': {description: ok}
                  "\(status)": {description: odd}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("response status '") == true)
        #expect(errors.first?.location?.line == yaml.location(of: "description: odd")?.line)
    }

    @Test("default, codes, ranges in either case and x- extensions under responses are read as such")
    func responseStatuses() throws {
        let yaml = Spec.paths("""
            /pets:
              get:
                operationId: listPets
                responses:
                  '200': {description: ok}
                  '204': {description: none}
                  4XX: {description: client}
                  5xx: {description: server}
                  default: {description: other}
                  x-note: not a response
            """)
        let (document, _) = try Stages.read(yaml)
        #expect(document.operations.first?.responses.map(\.status) == ["200", "204", "4XX", "5xx", "default"])
    }

    @Test("extension keys of the Paths Object (x-…) are not paths: skipped, not an error, their operations not read")
    func pathsExtensionsAreIgnored() throws {
        let yaml = Spec.paths("""
            x-internal:
              get:
                operationId: hidden
                responses: {'204': {description: ok}}
            x-owner: platform team
            /pets:
              get:
                responses: {'204': {description: ok}}
            """)
        let (document, warnings) = try Stages.read(yaml)
        #expect(document.operations.map(\.operationID) == ["getPets"])
        #expect(warnings.isEmpty)
    }

    @Test("a path that is not an extension must still start with '/'")
    func pathWithoutSlashIsAnError() throws {
        let yaml = Spec.paths("""
            pets:
              get:
                responses: {'204': {description: ok}}
            """)
        #expect(try Stages.readErrors(yaml).map(\.message) == ["path 'pets' must start with '/'"])
    }

    @Test("an operation without operationId gets a name derived from its method and path")
    func missingOperationIDIsDerived() throws {
        let yaml = Spec.paths("""
            /threads/{thread_id}/runs:
              get:
                parameters: [{name: thread_id, in: path, required: true, schema: {type: string}}]
                responses: {'204': {description: ok}}
            /:
              get:
                responses: {'204': {description: ok}}
            """)
        let (document, _) = try Stages.read(yaml)
        #expect(document.operations.map(\.operationID) == ["getThreadsThreadIDRuns", "getRoot"])
    }

    @Test("derived names never take an explicit operationId and colliding derived names are numbered in document order")
    func derivedOperationIDCollisions() throws {
        let yaml = Spec.paths("""
            /a-b:
              get:
                responses: {'204': {description: ok}}
            /a_b:
              get:
                responses: {'204': {description: ok}}
              post:
                operationId: postAB
                responses: {'204': {description: ok}}
            /a.b:
              post:
                responses: {'204': {description: ok}}
            """)
        let (document, _) = try Stages.read(yaml)
        #expect(document.operations.map(\.operationID) == ["getAB", "getAB2", "postAB", "postAB2"])
    }

    @Test("server URL variables are replaced by their defaults; a variable without a default is an error at it")
    func serverVariables() throws {
        let good = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  - url: https://{host}/v{major}\n    variables:\n      host: {default: api.example.com}\n      major: {default: '2'}\npaths: {}\n"
        let (document, _) = try Stages.read(good)
        #expect(document.servers.map(\.url) == ["https://api.example.com/v2"])
        let bad = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  - url: https://{host}/v1\npaths: {}\n"
        let errors = try Stages.readErrors(bad)
        #expect(errors.map(\.message) == ["server URL variable '{host}' needs a 'default' under 'variables'"])
        #expect(errors.first?.location == bad.location(of: "https://{host}"))
    }

    @Test("reading goes on after an error, so one run reports every problem")
    func reportsAllErrors() throws {
        let yaml = Spec.schemas("""
            A: {type: strnig}
            B: {$ref: '#/components/schemas/Missing'}
            C: {type: object, required: name}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.severity == .error && $0.location?.file == Spec.file })
    }

    @Test("a version other than 3.0.x or 3.1.x is rejected at the version")
    func unsupportedVersion() throws {
        let yaml = "openapi: 2.0.0\ninfo: {title: T, version: '1'}\n"
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == ["unsupported OpenAPI version '2.0.0' (expected 3.0.x or 3.1.x)"])
        #expect(errors.first?.location == yaml.location(of: "2.0.0"))
    }

    @Test("a path template variable without a path parameter is an error, not a literal '{id}' in the URL")
    func undeclaredPathVariable() throws {
        let yaml = Spec.paths("""
            /pets/{id}:
              get:
                operationId: getPet
                responses: {'204': {description: ok}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "accepted a path whose {id} no parameter fills")
        #expect(errors.first?.message.contains("id") == true)
    }

    @Test("a path parameter the path template does not mention is an error")
    func pathParameterNotInTemplate() throws {
        let yaml = Spec.paths("""
            /pets:
              get:
                operationId: listPets
                parameters:
                  - {name: kind, in: path, required: true, schema: {type: string}}
                responses: {'204': {description: ok}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "accepted a path parameter that /pets has no place for")
    }

    @Test("inline schemas under paths carry a valid JSON pointer, with '/' in keys escaped as '~1'")
    func pointersUnderPaths() throws {
        let (document, _) = try Stages.read(Spec.paths("""
            /pets/{id}:
              patch:
                operationId: updatePet
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                requestBody:
                  content:
                    application/json:
                      schema: {type: object}
                responses: {'204': {description: ok}}
            """))
        let schema = try #require(document.operations.first?.requestBody?.content.first?.schema)
        #expect(schema.pointer == "#/paths/~1pets~1{id}/patch/requestBody/content/application~1json/schema")
    }
}
