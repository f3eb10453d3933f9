import Testing

@testable import GeneratorCore

/// Each kind of finding on a small spec: the kind, severity, pointer, count, and nothing else.
@Suite("check-traffic findings")
struct TrafficFindingTests {
    static let spec = Spec.header + """
        servers:
          - url: https://api.example.com/v1
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: ok
                  headers:
                    x-ratelimit-remaining: {schema: {type: integer}}
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/Thing'}}
                '404':
                  description: missing
                  content:
                    application/json: {schema: {$ref: '#/components/schemas/Error'}}
          /things:
            post:
              operationId: createThing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/NewThing'}}}}
              responses:
                '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        components:
          schemas:
            Thing:
              type: object
              required: [id, kind, size]
              properties:
                id: {type: string}
                kind: {$ref: '#/components/schemas/Kind'}
                size: {type: integer, minimum: 0}
                label: {type: [string, 'null']}
                shape: {$ref: '#/components/schemas/Shape'}
                tags: {type: array, items: {type: string}}
                extra: {type: object, additionalProperties: {type: number}}
            Kind: {type: string, enum: [small, large]}
            Shape:
              oneOf:
                - $ref: '#/components/schemas/Circle'
                - $ref: '#/components/schemas/Square'
              discriminator: {propertyName: type, mapping: {circle: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}
            Circle: {type: object, required: [type, radius], properties: {type: {type: string, const: circle}, radius: {type: number}}}
            Square: {type: object, required: [type, side], properties: {type: {type: string, const: square}, side: {type: number}}}
            NewThing:
              allOf:
                - $ref: '#/components/schemas/Named'
                - type: object
                  properties: {size: {type: integer}}
            Named: {type: object, required: [name], properties: {name: {type: string}}}
            Error:
              anyOf:
                - type: object
                  required: [message]
                  properties: {message: {type: string}}
                - type: string
        """

    static let thing = #"{"id":"42","kind":"small","size":3,"label":null,"shape":{"type":"circle","radius":1.5},"tags":["a"],"extra":{"w":1}}"#

    static func get(_ body: String, number: Int = 1, status: Int = 200, headers: [(String, String)] = [("Content-Type", "application/json")]) -> String {
        Traffic.exchange(number, method: "GET", path: "/v1/things/42?verbose=1", status: status, headers: headers, chunks: [body])
    }

    static func findings(_ recording: String) throws -> [String] {
        Traffic.summary(try Traffic.check(spec: spec, recording))
    }

    @Test("an exchange that matches the spec, with transport headers and a documented one, has no findings")
    func conformingExchange() throws {
        let headers = [
            ("Content-Type", "application/json; charset=utf-8"), ("Date", "Thu, 03 Dec 2026 09:00:00 GMT"), ("Server", "nginx"),
            ("Content-Length", "120"), ("cf-ray", "8a1b"), ("Access-Control-Allow-Origin", "*"), ("X-RateLimit-Remaining", "5"),
        ]
        let recording = Self.get(Self.thing, headers: headers)
            + Traffic.exchange(2, path: "/v1/things", requestBody: #"{"name":"n","size":1}"#, status: 201, chunks: [Self.thing])
            + Self.get(#""gone""#, number: 3, status: 404)
        let report = try Traffic.check(spec: Self.spec, recording)
        #expect(Traffic.summary(report) == [])
        #expect(report.exchangeCount == 3)
        #expect(!report.fails(at: .drift))
    }

    @Test("a type mismatch is reported once per place with its count and the first example's line")
    func typeMismatch() throws {
        let wrong = Self.thing.replacing(#""size":3"#, with: #""size":"big""#, expecting: 1)
        let report = try Traffic.check(spec: Self.spec, Self.get(wrong) + Self.get(wrong, number: 2))
        #expect(Traffic.summary(report) == ["type-mismatch #/components/schemas/Thing/properties/size ×2"])
        let entry = try #require(report.entries.first)
        #expect(entry.finding.severity == .breaking)
        #expect(entry.finding.message == "expected integer, found string")
        #expect(entry.example.line == 3 && entry.example.exchange == 1 && entry.example.instancePath == "/size")
        #expect(entry.finding.specLocation?.line == Self.spec.location(of: "size: {type: integer")?.line)
    }

    @Test("null is a type mismatch unless the schema allows it; a fraction is not an integer, 2.0 is")
    func nullAndNumbers() throws {
        let nullSize = Self.thing.replacing(#""size":3"#, with: #""size":null"#, expecting: 1)
        let fraction = Self.thing.replacing(#""size":3"#, with: #""size":2.5"#, expecting: 1)
        let integral = Self.thing.replacing(#""size":3"#, with: #""size":2.0"#, expecting: 1)
        #expect(try Self.findings(Self.get(nullSize)) == ["type-mismatch #/components/schemas/Thing/properties/size ×1"])
        #expect(try Self.findings(Self.get(fraction)) == ["type-mismatch #/components/schemas/Thing/properties/size ×1"])
        #expect(try Self.findings(Self.get(integral)) == [])
    }

    @Test("formats loosely: an integer beyond 64 bits (or int32's range) cannot be decoded, so it is a type mismatch")
    func integerRanges() throws {
        let huge = Self.thing.replacing(#""size":3"#, with: #""size":18446744073709551616"#, expecting: 1)
        let report = try Traffic.check(spec: Self.spec, Self.get(huge))
        #expect(Traffic.summary(report) == ["type-mismatch #/components/schemas/Thing/properties/size ×1"])
        #expect(report.entries.first?.finding.message == "integer 18446744073709551616 does not fit the bindings' Int64")
        let int32Spec = Self.spec.replacing("size: {type: integer, minimum: 0}", with: "size: {type: integer, format: int32}", expecting: 1)
        let big = Self.thing.replacing(#""size":3"#, with: #""size":3000000000"#, expecting: 1)
        #expect(Traffic.summary(try Traffic.check(spec: int32Spec, Self.get(big))) == ["type-mismatch #/components/schemas/Thing/properties/size ×1"])
        #expect(Traffic.summary(try Traffic.check(spec: Self.spec, Self.get(big))) == [])
    }

    @Test("each unknown enum value is its own finding at the enum, as drift (string enums are open in the bindings)")
    func unknownEnumValues() throws {
        let medium = Self.thing.replacing(#""kind":"small""#, with: #""kind":"medium""#, expecting: 1)
        let huge = Self.thing.replacing(#""kind":"small""#, with: #""kind":"huge""#, expecting: 1)
        let report = try Traffic.check(spec: Self.spec, Self.get(medium) + Self.get(huge, number: 2) + Self.get(medium, number: 3))
        #expect(Traffic.summary(report) == [
            "unknown-enum-value #/components/schemas/Kind/enum ×2", "unknown-enum-value #/components/schemas/Kind/enum ×1",
        ])
        #expect(report.entries.allSatisfy { $0.finding.severity == .drift })
        #expect(report.entries.map(\.finding.message) == ["'medium' is not one of the enum's values", "'huge' is not one of the enum's values"])
    }

    @Test("a discriminated union: an unknown member at its mapping, a member's missing field at the member")
    func discriminatedUnion() throws {
        let triangle = Self.thing.replacing(#"{"type":"circle","radius":1.5}"#, with: #"{"type":"triangle"}"#, expecting: 1)
        let noRadius = Self.thing.replacing(#","radius":1.5"#, with: "", expecting: 1)
        let wrongConst = Self.thing.replacing(#""shape":{"type":"circle","radius":1.5}"#, with: #""shape":{"type":"circle","side":1}"#, expecting: 1)
        #expect(try Self.findings(Self.get(triangle)) == ["unknown-union-member #/components/schemas/Shape/discriminator/mapping/triangle ×1"])
        #expect(try Self.findings(Self.get(noRadius)) == ["missing-required-field #/components/schemas/Circle/properties/radius ×1"])
        #expect(try Self.findings(Self.get(wrongConst)) == [
            "missing-required-field #/components/schemas/Circle/properties/radius ×1",
            "undocumented-field #/components/schemas/Circle/properties/side ×1",
        ])
    }

    @Test("an undocumented field is drift at the object's properties; additionalProperties schemas validate extra members")
    func undocumentedFields() throws {
        let extraField = Self.thing.replacing(#""id":"42""#, with: #""id":"42","colour":"red""#, expecting: 1)
        let badMapValue = Self.thing.replacing(#""extra":{"w":1}"#, with: #""extra":{"w":"heavy"}"#, expecting: 1)
        let report = try Traffic.check(spec: Self.spec, Self.get(extraField))
        #expect(Traffic.summary(report) == ["undocumented-field #/components/schemas/Thing/properties/colour ×1"])
        #expect(report.entries.first?.finding.severity == .drift)
        #expect(try Self.findings(Self.get(badMapValue)) == ["type-mismatch #/components/schemas/Thing/properties/extra/additionalProperties ×1"])
    }

    @Test("allOf: members' properties count as known; the extra field is reported once, at the allOf schema")
    func allOfRequestBody() throws {
        let extra = Traffic.exchange(path: "/v1/things", requestBody: #"{"name":"n","size":1,"colour":"red"}"#, status: 201, chunks: [Self.thing])
        let missing = Traffic.exchange(2, path: "/v1/things", requestBody: #"{"size":1}"#, status: 201, chunks: [Self.thing])
        let report = try Traffic.check(spec: Self.spec, extra + missing)
        #expect(Traffic.summary(report) == [
            "missing-required-field #/components/schemas/Named/properties/name ×1",
            "undocumented-field #/components/schemas/NewThing/properties/colour ×1",
        ])
        #expect(report.entries.map(\.example.part) == ["request body", "request body"])
    }

    @Test("an undiscriminated union: the fitting member's findings, else none of the members")
    func undiscriminatedUnion() throws {
        #expect(try Self.findings(Self.get(#"{"message":1}"#, status: 404)) == ["type-mismatch #/components/schemas/Error/anyOf/0/properties/message ×1"])
        #expect(try Self.findings(Self.get("true", status: 404)) == ["no-matching-member #/components/schemas/Error/anyOf ×1"])
    }

    @Test("bounds: a value below the minimum is a constraint violation at the keyword")
    func constraints() throws {
        let negative = Self.thing.replacing(#""size":3"#, with: #""size":-1"#, expecting: 1)
        #expect(try Self.findings(Self.get(negative)) == ["constraint-violation #/components/schemas/Thing/properties/size/minimum ×1"])
    }

    @Test("statuses: undocumented ones at the responses (success breaking, errors drift); default and ranges cover theirs")
    func statuses() throws {
        let report = try Traffic.check(
            spec: Self.spec,
            Self.get(#"{"message":"boom"}"#, status: 500) + Self.get("", number: 2, status: 302, headers: [])
                + Traffic.exchange(3, path: "/v1/things", requestBody: #"{"name":"n"}"#, status: 503, chunks: [#"{"message":"busy"}"#]))
        #expect(Traffic.summary(report) == [
            "undocumented-status #/paths/~1things~1{id}/get/responses/302 ×1",
            "undocumented-status #/paths/~1things~1{id}/get/responses/500 ×1",
        ])
        #expect(report.sortedEntries.map(\.finding.severity) == [.breaking, .drift])
    }

    @Test("headers: API headers the response does not document are reported, HTTP and infrastructure headers are not")
    func headers() throws {
        let headers = [
            ("Content-Type", "application/json"), ("x-request-id", "req_1"), ("openai-processing-ms", "12"),
            ("X-RateLimit-Remaining", "many"), ("Vary", "Accept"), ("Strict-Transport-Security", "max-age=1"),
            ("x-envoy-upstream-service-time", "3"),
        ]
        let report = try Traffic.check(spec: Self.spec, Self.get(Self.thing, headers: headers))
        #expect(Traffic.summary(report) == [
            "type-mismatch #/paths/~1things~1{id}/get/responses/200/headers/x-ratelimit-remaining/schema ×1",
            "undocumented-header #/paths/~1things~1{id}/get/responses/200/headers/x-request-id ×1",
            "undocumented-header #/paths/~1things~1{id}/get/responses/200/headers/openai-processing-ms ×1",
        ])
    }

    @Test("a spec that documents no response header at all is not held to any")
    func specWithoutHeaders() throws {
        let spec = Self.spec.replacing("          headers:\n            x-ratelimit-remaining: {schema: {type: integer}}\n", with: "", expecting: 1)
        let report = try Traffic.check(spec: spec, Self.get(Self.thing, headers: [("Content-Type", "application/json"), ("x-request-id", "r")]))
        #expect(Traffic.summary(report) == [])
    }

    @Test("an undocumented content type, a body that is not JSON, and an operation the spec lacks")
    func contentTypesBodiesAndOperations() throws {
        let html = Self.get("<html></html>", headers: [("Content-Type", "text/html")])
        let broken = Self.get(#"{"id":"42","#, number: 2)
        let unknown = Traffic.exchange(3, method: "DELETE", path: "/v1/things/42", status: 204, headers: [])
        let report = try Traffic.check(spec: Self.spec, html + broken + unknown)
        #expect(Traffic.summary(report) == [
            "undocumented-content-type #/paths/~1things~1{id}/get/responses/200/content/text~1html ×1",
            "malformed-body #/paths/~1things~1{id}/get/responses/200/content/application~1json ×1",
            "undocumented-operation #/paths/~1things~142/delete ×1",
        ])
    }

    @Test("a missing required array the configuration makes lenient is tolerated: reported, never failing")
    func toleratedArrays() throws {
        let spec = Self.spec.replacing("required: [id, kind, size]", with: "required: [id, kind, size, tags]", expecting: 1)
        let body = Self.thing.replacing(#","tags":["a"]"#, with: "", expecting: 1)
        var configuration = GeneratorConfiguration()
        #expect(Traffic.summary(try Traffic.check(spec: spec, Self.get(body))) == ["missing-required-field #/components/schemas/Thing/properties/tags ×1"])
        configuration.missingRequiredArraysDecodeAsEmpty = true
        let report = try Traffic.check(spec: spec, Self.get(body), configuration: configuration)
        #expect(report.entries.map(\.finding.severity) == [.tolerated])
        #expect(!report.fails(at: .drift) && !report.fails(at: .breaking))
        configuration.lenientArrayNames = ["logprobs"]
        #expect(try Traffic.check(spec: spec, Self.get(body), configuration: configuration).entries.map(\.finding.severity) == [.breaking])
    }

    @Test("--fail-on: breaking fails only on breaking findings, any on drift too, none never")
    func failLevels() throws {
        let drift = try Traffic.check(spec: Self.spec, Self.get(Self.thing.replacing(#""kind":"small""#, with: #""kind":"medium""#, expecting: 1)))
        #expect(drift.fails(at: .drift) && !drift.fails(at: .breaking) && !drift.fails(at: nil))
        let breaking = try Traffic.check(spec: Self.spec, Self.get(Self.thing.replacing(#""size":3"#, with: #""size":"3""#, expecting: 1)))
        #expect(breaking.fails(at: .breaking) && breaking.fails(at: .drift) && !breaking.fails(at: nil))
    }
}
