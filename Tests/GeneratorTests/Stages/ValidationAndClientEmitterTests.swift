import Testing

@testable import GeneratorCore

@Suite("Validation and client emitters")
struct ValidationAndClientEmitterTests {
    // MARK: Validation

    @Test("constraints become SchemaCheck calls with the member's wire name in the path")
    func constraintChecks() throws {
        try assertSwift(Spec.schemas("""
            Sampling:
              type: object
              required: [temperature, name]
              properties:
                temperature: {type: number, minimum: 0, maximum: 2}
                name: {type: string, minLength: 1, pattern: '^[a-z]+$'}
                top_p: {type: number, exclusiveMinimum: 0}
            """), declaration: "extension Sampling", equals: """
            extension Sampling: SchemaValidatable {
                public func validate(at path: String) throws(SchemaViolation) {
                    try SchemaCheck.number(Double(self.temperature), minimum: 0.0, maximum: 2.0, at: SchemaCheck.member(path, "temperature"))
                    try SchemaCheck.length(self.name, minimum: 1, at: SchemaCheck.member(path, "name"))
                    try SchemaCheck.pattern(self.name, "^[a-z]+$", at: SchemaCheck.member(path, "name"))
                    if let value = self.topP {
                        try SchemaCheck.number(Double(value), exclusiveMinimum: 0.0, at: SchemaCheck.member(path, "top_p"))
                    }
                }
            }

            """)
    }

    @Test("validation recurses into array elements and union payloads that have constraints")
    func nestedValidation() throws {
        let yaml = Spec.schemas("""
            Batch:
              type: object
              required: [items]
              properties:
                items: {type: array, maxItems: 8, items: {$ref: '#/components/schemas/Choice'}}
            Choice:
              oneOf: [{type: string}, {$ref: '#/components/schemas/Named'}]
            Named: {type: object, required: [name], properties: {name: {type: string, maxLength: 5}}}
            """)
        try assertSwift(yaml, declaration: "extension Batch", contains: [
            "try SchemaCheck.count(self.items.count, maximum: 8, at: SchemaCheck.member(path, \"items\"))",
            "for (index, element) in self.items.enumerated() {",
            "try element.validate(at: SchemaCheck.index(SchemaCheck.member(path, \"items\"), index))",
        ])
        try assertSwift(yaml, declaration: "extension Choice", contains: [
            "case .named(let value):\n            try value.validate(at: path)\n        default:\n            break",
        ])
    }

    @Test("constraints on map values and on elements nested any number of levels deep are checked, at the full path")
    func mapValues() throws {
        let yaml = Spec.schemas("""
            Labels:
              type: object
              properties:
                tags: {type: object, additionalProperties: {type: string, maxLength: 8}}
                grid: {type: object, additionalProperties: {type: array, items: {type: array, items: {type: string, minLength: 1}}}}
            Choice:
              oneOf: [{type: string}, {type: object, additionalProperties: {type: integer, minimum: 0}}]
            """)
        try assertSwift(yaml, declaration: "extension Labels", contains: [
            "for (key, element) in value {\n                try SchemaCheck.length(element, maximum: 8, at: SchemaCheck.member(SchemaCheck.member(path, \"tags\"), key))",
            "for (index3, element) in element.enumerated() {\n                        try SchemaCheck.length(element, minimum: 1, at: "
                + "SchemaCheck.index(SchemaCheck.index(SchemaCheck.member(SchemaCheck.member(path, \"grid\"), key), index2), index3))",
        ])
        try assertSwift(yaml, declaration: "extension Choice", contains: [
            "try SchemaCheck.number(Double(element), minimum: 0.0, at: SchemaCheck.member(path, key))",
        ])
    }

    @Test("types without constraints anywhere get no validate()")
    func noValidation() throws {
        let files = try Stages.files(Spec.schemas("Plain: {type: object, properties: {n: {type: integer}}}"))
        #expect(SwiftSnippets.declaration("extension Plain", in: files) == nil)
    }

    @Test("a property referencing a constrained primitive component is checked against its constraints")
    func constrainedAlias() throws {
        try assertSwift(Spec.schemas("""
            Temperature: {type: number, minimum: 0, maximum: 2}
            Options:
              type: object
              required: [temperature]
              properties:
                temperature: {$ref: '#/components/schemas/Temperature'}
            """), declaration: "extension Options", contains: ["minimum: 0.0, maximum: 2.0"])
    }

    // MARK: Client

    static let petPaths = """
        /pets/{pet_id}/photos:
          get:
            operationId: listPhotos
            parameters:
              - {name: pet_id, in: path, required: true, schema: {type: string}}
              - {name: tags, in: query, schema: {type: array, items: {type: string}}}
              - {name: X-Trace, in: header, schema: {type: boolean}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {type: array, items: {type: string}}
        """

    @Test("path parameters are escaped into the path; optional query arrays add one item per element")
    func requestBuilder() throws {
        try assertSwift(Spec.paths(Self.petPaths), declaration: "Client", contains: [
            "    public func listPhotos(\n        petID: String,\n        tags: [String]? = nil,\n        xTrace: Bool? = nil,\n"
                + "        options: RequestOptions = .init()\n    ) async throws -> [String] {\n",
            "        if let value = tags {\n            for element in value {\n"
                + "                requestQuery.append(QueryItem(name: \"tags\", value: element))",
            "requestHeaders.append(name: \"X-Trace\", value: String(describing: value))",
            "path: \"/pets/\\(OperationRequest.escapePathComponent(petID))/photos\"",
        ])
    }

    @Test("a JSON response gets a plain and a WithMetadata method; a 204 returns the metadata only")
    func responseKinds() throws {
        try assertSwift(Spec.paths(Self.petPaths + """

            /pets/{pet_id}:
              delete:
                operationId: deletePet
                parameters:
                  - {name: pet_id, in: path, required: true, schema: {type: string}}
                responses: {'204': {description: gone}}
            """), declaration: "Client", contains: [
                "func listPhotosWithMetadata(",
                "-> APIResult<[String]> {",
                "public func deletePet(petID: String, options: RequestOptions = .init()) async throws -> ResponseMetadata {",
                "try await core.performEmpty(makeDeletePetRequest(petID: petID), options: options)",
            ])
    }

    @Test("parameters whose schema references a primitive component are sent as plain values")
    func aliasParameters() throws {
        try assertSwift(Spec.paths("""
            /things/{id}:
              get:
                operationId: getThing
                parameters:
                  - {name: id, in: path, required: true, schema: {$ref: '#/components/schemas/ThingID'}}
                  - {name: page, in: query, schema: {$ref: '#/components/schemas/Page'}}
                responses: {'204': {description: ok}}
            """, components: "schemas:\n  ThingID: {type: string}\n  Page: {type: integer}"),
            declaration: "Client", contains: [
                "path: \"/things/\\(OperationRequest.escapePathComponent(id))\"",
                "requestQuery.append(QueryItem(name: \"page\", value: String(describing: value)))",
            ])
    }

    @Test("parameters named like the request builder's locals (query, headers) do not collide with them")
    func builderLocalsDoNotShadowParameters() throws {
        let files = try Stages.files(Spec.paths("""
            /search:
              get:
                operationId: search
                parameters:
                  - {name: query, in: query, required: true, schema: {type: string}}
                  - {name: headers, in: header, schema: {type: string}}
                responses: {'204': {description: ok}}
            """))
        let client = try #require(SwiftSnippets.declaration("Client", in: files))
        let lines = client.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("    private func makeSearchRequest(") })
        let signature = lines[start]
        let arguments = signature.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        let parameters = Set(arguments.split(separator: ",").map {
            String($0.trimmingPrefix(" ").trimmingPrefix("_ ").prefix { $0 != ":" })
        })
        let body = lines[(start + 1)...].prefix { $0 != "    }" }
        let locals = Set(body.compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count > 1, words[0] == "var" || words[0] == "let" else { return nil }
            return String(words[1].prefix { $0 != ":" })
        })
        #expect(parameters == ["query", "headers"])
        #expect(parameters.isDisjoint(with: locals), "locals \(locals.sorted()) shadow parameters in:\n\(body.joined(separator: "\n"))")
    }

    @Test("a parameter named like the public methods' local `operationRequest` gets another name, so a long call can use it")
    func methodLocalDoesNotShadowParameters() throws {
        let files = try Stages.files(Spec.paths("""
            /search:
              get:
                operationId: searchEverythingEverywhereWithAVeryLongOperationName
                parameters:
                  - {name: operationRequest, in: query, required: true, schema: {type: string}}
                  - {name: anotherRatherLongParameterName, in: query, schema: {type: string}}
                responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}
            """))
        let client = try #require(SwiftSnippets.declaration("Client", in: files))
        #expect(!client.contains("operationRequest: String,"))
        #expect(client.contains("operationRequest2: String,"))
        #expect(client.contains("let operationRequest = makeSearchEverythingEverywhereWithAVeryLongOperationNameRequest(\n"))
        #expect(client.contains("operationRequest2: operationRequest2,"))
        #expect(client.contains("return try await core.perform(operationRequest, as: String.self, options: options).value"))
    }

    @Test("long parameter lists, calls and case lists go one element per line: no code line is wider than 120 columns")
    func longListsAreWrapped() throws {
        let names = (1...8).map { "parameterNumber\($0)WithADescriptiveName" }
        let parameters = names.map { "      - {name: \($0), in: query, schema: {type: string}}" }.joined(separator: "\n")
        let tags = (1...12).map { "event.kind.number.\($0)" }
        let files = try Stages.files(Spec.paths("""
            /things/{thing}/children/{child}:
              post:
                operationId: createChildOfThingWithEveryOption
                parameters:
                  - {name: thing, in: path, required: true, schema: {type: string}}
                  - {name: child, in: path, required: true, schema: {type: string}}
            \(parameters)
                requestBody:
                  required: true
                  content: {application/json: {schema: {$ref: '#/components/schemas/Event'}}}
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Event'}}}}}
            """, components: """
              schemas:
                Event:
                  oneOf: [{$ref: '#/components/schemas/Named'}, {$ref: '#/components/schemas/Numbered'}]
                  discriminator:
                    propertyName: kind
                    mapping: {\(tags.enumerated().map { "'\($1)': \($0 % 2 == 0 ? "'#/components/schemas/Named'" : "'#/components/schemas/Numbered'")" }.joined(separator: ", "))}
                Named: {type: object, required: [kind], properties: {kind: {type: string}, name: {type: string}}}
                Numbered: {type: object, required: [kind], properties: {kind: {type: string}, number: {type: integer}}}
            """))
        let code = files.flatMap { $0.contents.split(separator: "\n", omittingEmptySubsequences: false) }
            .filter { !$0.drop { $0 == " " }.hasPrefix("//") }   // comments carry the spec's text as written
            .filter { !$0.drop { $0 == " " }.hasPrefix("path: \"") }   // a path stays one string literal
        let wide = code.filter { $0.count > 120 }
        #expect(wide.isEmpty, "lines wider than 120 columns:\n\(wide.joined(separator: "\n"))")
        let client = try #require(SwiftSnippets.declaration("Client", in: files))
        for name in names { #expect(client.contains("\n        \(name): String? = nil,\n")) }
        #expect(client.contains("\n    ) async throws -> Event {\n"))
    }
}
