import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("API client: typed errors")
struct ErrorMappingTests {
    struct EnvelopeCase: Sendable, CustomTestStringConvertible {
        var fixture: String
        var status: Int
        var code: String?
        var type: String?
        var param: String?
        var requestID: String
        var messagePrefix: String
        var testDescription: String { fixture }
    }

    static let envelopes: [EnvelopeCase] = [
        .init(fixture: "error-missing-field.json", status: 400, code: "missing_required_field", type: "invalid_request_error", param: "input", requestID: "abc123", messagePrefix: "Missing required field"),
        .init(fixture: "error-invalid-role.json", status: 400, code: "invalid_value", type: "invalid_request_error", param: "input[1].role", requestID: "abc124", messagePrefix: "Invalid value: 'foo'"),
        .init(fixture: "error-empty-input.json", status: 400, code: "invalid_value", type: "invalid_request_error", param: "input", requestID: "abc125", messagePrefix: "Invalid value for 'input'"),
        .init(fixture: "error-unparsable-json.json", status: 400, code: nil, type: "invalid_request_error", param: nil, requestID: "3f7db127", messagePrefix: "We could not parse"),
        .init(fixture: "error-adapter-mapping.json", status: 400, code: "adapter_mapping_failed", type: "server_error", param: nil, requestID: "494e734dc82b4b37bd914238c79c3e6c", messagePrefix: "Failed to parse tool call"),
        .init(fixture: "error-invalid-api-key.json", status: 401, code: "invalid_api_key", type: "invalid_request_error", param: nil, requestID: "abc126", messagePrefix: "Incorrect API key"),
        .init(fixture: "error-missing-api-key.json", status: 401, code: nil, type: "invalid_request_error", param: nil, requestID: "abc127", messagePrefix: "You didn't provide an API key"),
        .init(fixture: "error-model-not-found.json", status: 404, code: "model_not_found", type: "invalid_request_error", param: "model", requestID: "abc128", messagePrefix: "The model `abc` does not exist"),
    ]

    @Test("Each documented error envelope becomes an APIFailure with its fields", arguments: envelopes)
    func envelope(_ expected: EnvelopeCase) async throws {
        let body = try #require(Fixtures.bytes(expected.fixture), "missing fixture \(expected.fixture)")
        let transport = MockTransport(.bytes(expected.status, body, headers: ["x-ratelimit-remaining-requests": "7"]))
        guard let error = await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self) })?.apiFailure else {
            Issue.record("expected ClientError.api")
            return
        }
        #expect(error.operationID == "createResponse")
        #expect(error.status == expected.status)
        #expect(error.code == expected.code)
        #expect(error.type == expected.type)
        #expect(error.param == expected.param)
        #expect(error.requestID == expected.requestID)
        #expect(error.message?.hasPrefix(expected.messagePrefix) == true)
        #expect(error.rateLimits.remainingRequests == 7)
        #expect(error.attempts == 1)
        #expect(error.description.hasPrefix("HTTP \(expected.status) \(expected.code ?? expected.type!): \(expected.messagePrefix)"))
        #expect(error.description.hasSuffix("(request \(expected.requestID))"))
        #expect(!error.description.contains("\n"))
    }

    @Test("Fields beyond the envelope stay reachable in the JSON body")
    func extraFields() async throws {
        let body = try #require(Fixtures.bytes("error-adapter-mapping.json"))
        let transport = MockTransport(.bytes(400, body))
        let error = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.body?["error"]?["error_model_output"]?.stringValue?.contains("get_weather") == true)
    }

    @Test("The simple shape {\"error\": \"…\"} gives the message only", arguments: [
        ("error-simple-not-found.json", 404, "Not found"), ("error-simple-unhandled.json", 400, "Unhandled error"),
    ])
    func simpleShape(fixture: String, status: Int, message: String) async throws {
        let body = try #require(Fixtures.bytes(fixture))
        let transport = MockTransport(.bytes(status, body))
        let error = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.message == message)
        #expect(error.code == nil && error.type == nil && error.requestID == nil)
        #expect(error.description == "HTTP \(status): \(message)")
    }

    @Test("A plain-text 503 body is kept as the message; the request ID comes from the header")
    func plainText503() async throws {
        let body = Fixtures.bytes("error-503.txt") ?? Array("Service Temporarily Unavailable".utf8)
        let transport = MockTransport(.bytes(503, body + [0x0A], headers: ["x-request-id": "req_9"]))
        let client = mockClient(transport, maxRetries: 0)
        let error = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.message == "Service Temporarily Unavailable")
        #expect(error.body == nil)
        #expect(error.description == "HTTP 503: Service Temporarily Unavailable (request req_9)")
    }

    @Test("A long text body is trimmed")
    func longText() async throws {
        let transport = MockTransport(.text(500, "  " + String(repeating: "<html>oops</html>", count: 500)))
        let error = try #require(await clientError({ _ = try await mockClient(transport, maxRetries: 0).perform(createResponse, as: Greeting.self) })?.apiFailure)
        let message = try #require(error.message)
        #expect(message.count == 501 && message.hasPrefix("<html>") && message.hasSuffix("…"))
    }

    @Test("The description reads as one line with status, code, message and request ID")
    func descriptionFormat() {
        let error = APIFailure(operationID: "createResponse", status: 429, message: "Rate limit reached", code: "rate_limit_exceeded", requestID: "abc123")
        #expect(error.description == "HTTP 429 rate_limit_exceeded: Rate limit reached (request abc123)")
        #expect(String(describing: ClientError.api(error)) == error.description)
        #expect(String(reflecting: ClientError.api(error)) == "createResponse: \(error.description)")
    }

    @Test("Connection failures and timeouts are told apart")
    func transportKinds() async throws {
        let transport = MockTransport(.failure(.connectionFailed(detail: "could not resolve host")), .failure(.timedOut(.total)))
        let client = mockClient(transport, maxRetries: 0)
        guard let connection = await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.transportFailure,
            let timeout = await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.transportFailure
        else { return }
        #expect(connection.isConnectionFailure && !connection.isTimeout)
        #expect(connection.error == .connectionFailed(detail: "could not resolve host"))
        #expect(timeout.isTimeout && !timeout.isConnectionFailure)
        #expect(timeout.description == "timed out (total timeout)")
    }

    @Test("A decoding error names the coding path and shows a short snippet")
    func decodingPath() async throws {
        struct Response: Decodable, Sendable {
            struct Item: Decodable, Sendable { var content: [Part] }
            struct Part: Decodable, Sendable { var text: String }
            var id: String
            var output: [Item]
        }
        let filler = String(repeating: "x", count: 400)
        let body = #"{"id":"resp_1","output":[{"content":[]},{"content":[{"text":42}]}],"padding":"\#(filler)"}"#
        let transport = MockTransport(.json(200, body))
        let failure = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Response.self) })?.decodingFailure)
        #expect(failure.path == "output[1].content[0].text")
        #expect(failure.snippet.hasPrefix(#"{"id":"resp_1","output""#))
        #expect(failure.snippet.count <= DecodingFailure.snippetLimit)
        #expect(failure.status == 200)
        #expect(failure.description.contains("output[1].content[0].text"))
        #expect(failure.description.contains(#"{"id":"resp_1""#))
    }

    @Test("A missing key is reported at its own path")
    func decodingMissingKey() async throws {
        let transport = MockTransport(.json(200, #"{"greeting":"hi"}"#))
        let failure = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self) })?.decodingFailure)
        #expect(failure.path == "message")
        #expect(failure.typeName == "Greeting")
    }

    @Test("A schema violation is thrown before anything is sent")
    func validation() async throws {
        let transport = MockTransport()
        let request = OperationRequest(operationID: "createResponse", method: "POST", path: "/responses", body: SampleBody(model: "m", temperature: 3))
        let client = mockClient(transport)
        let failure = try #require(await clientError({ _ = try await client.perform(request, as: Greeting.self) })?.invalidRequest)
        #expect(failure.violation == SchemaViolation(path: "temperature", requirement: "must be within 0...2"))
        #expect(failure.description == "invalid request: temperature must be within 0...2")
        guard await clientError({ _ = try await collectEvents(client.stream(request, as: TestStreamEvent.self)) })?.kind == .invalidRequest else { return }
        #expect(transport.requests.isEmpty)
    }
}
