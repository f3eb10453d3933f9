import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("API client: building requests")
struct RequestBuildingTests {
    @Test("The URL is base URL + path + percent-encoded query")
    func url() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        var configuration = mockClient(transport).configuration
        configuration.baseURL = "https://api.infercom.ai/v1/"
        let request = OperationRequest(
            operationID: "getThing", method: "GET", path: "/things/" + OperationRequest.escapePathComponent("a b/c"),
            query: [QueryItem(name: "include", value: "x y&z=1"), QueryItem(name: "limit", value: "10")])
        _ = try await APIClient(configuration: configuration).perform(request, as: Greeting.self)
        let sent = try #require(transport.requests.first)
        #expect(sent.method == "GET")
        #expect(sent.url == "https://api.infercom.ai/v1/things/a%20b%2Fc?include=x%20y%26z%3D1&limit=10")
        #expect(sent.body == nil)
    }

    @Test("A refused request (a union parameter in its unknown case) is an invalidRequest error, and nothing is sent")
    func refusedRequest() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        let request = OperationRequest(
            operationID: "listCharges", method: "GET", path: "/charges",
            refusal: "parameter 'created' holds a value of none of its schema's members, which the query cannot express")
        let error = await clientError { _ = try await mockClient(transport).perform(request, as: Greeting.self) }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.invalidRequest?.operationID == "listCharges")
        #expect(error?.invalidRequest?.detail.contains("parameter 'created'") == true)
        #expect(transport.requests.isEmpty)
        let stream = await clientError { for try await _ in mockClient(transport).stream(request, as: Greeting.self) {} }
        #expect(stream?.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }

    @Test("escapePathComponent keeps only RFC 3986 unreserved characters")
    func escapePathComponent() {
        #expect(OperationRequest.escapePathComponent("resp_AZaz09-._~") == "resp_AZaz09-._~")
        #expect(OperationRequest.escapePathComponent("a/b?c#d e%") == "a%2Fb%3Fc%23d%20e%25")
        #expect(OperationRequest.escapePathComponent("Bogotá") == "Bogot%C3%A1")
    }

    @Test("The body is JSON with explicit keys and unescaped slashes")
    func jsonBody() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        let body = SampleBody(model: "gpt-oss-120b", input: "a/b", temperature: 0.5, metadata: ["k": "v"])
        let request = OperationRequest(operationID: "createResponse", method: "POST", path: "/responses", body: body)
        _ = try await mockClient(transport).perform(request, as: Greeting.self)
        let sent = try #require(transport.requests.first?.body)
        #expect(String(decoding: sent, as: UTF8.self).contains(#""input":"a/b""#))
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(sent))
        #expect(json == ["model": "gpt-oss-120b", "input": "a/b", "temperature": 0.5, "metadata": ["k": "v"]])
    }

    @Test("Authorization, Content-Type, Accept and User-Agent are sent")
    func standardHeaders() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        _ = try await mockClient(transport).perform(createResponse, as: Greeting.self)
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers["authorization"] == "Bearer \(secretKey)")
        #expect(headers["content-type"] == "application/json")
        #expect(headers["accept"] == "application/json")
        #expect(headers["user-agent"] == InfercomClient.clientDefaults.userAgent)
        #expect(InfercomClient.clientDefaults.userAgent.hasPrefix("infercom-swift/\(ClientConfiguration.libraryVersion) (Swift; "))
    }

    @Test("No Authorization without a key, no Content-Type without a body")
    func optionalHeaders() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        let request = OperationRequest(operationID: "listModels", method: "GET", path: "/models")
        _ = try await mockClient(transport, apiKey: nil).perform(request, as: Greeting.self)
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers["authorization"] == nil)
        #expect(headers["content-type"] == nil)
    }

    @Test("Streams ask for text/event-stream")
    func streamAccept() async throws {
        let transport = MockTransport(.events([sseEvent(#"{"type":"response.created","sequence_number":0}"#)]))
        _ = try await collectEvents(mockClient(transport).stream(createResponse, as: TestStreamEvent.self))
        #expect(transport.requests.first?.headers["accept"] == "text/event-stream")
    }

    @Test("Default headers, operation headers and per-call headers override in that order")
    func headerPrecedence() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        let client = mockClient(transport, defaultHeaders: ["X-Team": "default", "User-Agent": "custom-agent/1", "X-Trace": "d"])
        var request = createResponse
        request.headers = ["X-Trace": "operation", "X-Op": "op"]
        let options = RequestOptions(headers: ["x-trace": "call", "Accept": "application/x-ndjson"])
        _ = try await client.perform(request, as: Greeting.self, options: options)
        let headers = try #require(transport.requests.first?.headers)
        #expect(headers["x-team"] == "default")
        #expect(headers["user-agent"] == "custom-agent/1")
        #expect(headers.values(for: "x-trace") == ["call"])
        #expect(headers["x-op"] == "op")
        #expect(headers["accept"] == "application/x-ndjson")
    }

    @Test("Per-call timeouts replace the configuration's")
    func timeouts() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#), .json(200, #"{"message":"hi"}"#))
        let client = mockClient(transport)
        let custom = Timeouts(connect: .seconds(1), total: .seconds(2), idle: nil)
        _ = try await client.perform(createResponse, as: Greeting.self)
        _ = try await client.perform(createResponse, as: Greeting.self, options: RequestOptions(timeouts: custom))
        #expect(transport.requests.map(\.timeouts) == [client.configuration.timeouts, custom])
    }

    @Test("The decoded value comes with status, request ID, rate limits and attempts")
    func metadata() async throws {
        let headers: HTTPFields = [
            "x-request-id": "req_42", "x-ratelimit-limit-requests": "150", "x-ratelimit-remaining-requests": "149",
            "x-ratelimit-reset-requests": "1778845660", "x-ratelimit-limit-requests-day": "50000",
            "x-ratelimit-remaining-requests-day": "49999", "x-ratelimit-reset-requests-day": "1778889600",
        ]
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#, headers: headers))
        let result = try await mockClient(transport).perform(createResponse, as: Greeting.self)
        #expect(result.value == Greeting(message: "hi"))
        #expect(result.metadata.status == 200)
        #expect(result.metadata.requestID == "req_42")
        #expect(result.metadata.attempts == 1)
        #expect(
            result.metadata.rateLimits
                == RateLimits(
                    limitRequests: 150, remainingRequests: 149, resetRequests: 1_778_845_660, limitRequestsDay: 50_000,
                    remainingRequestsDay: 49_999, resetRequestsDay: 1_778_889_600))
    }

    @Test("performText returns the body as text; performEmpty returns the metadata")
    func textAndEmpty() async throws {
        let transport = MockTransport(.text(200, "pong"), .bytes(204, []))
        let client = mockClient(transport)
        #expect(try await client.performText(OperationRequest(operationID: "ping", method: "GET", path: "/ping")).value == "pong")
        let metadata = try await client.performEmpty(OperationRequest(operationID: "delete", method: "DELETE", path: "/x"))
        #expect(metadata.status == 204)
        #expect(transport.requests.first?.headers["accept"] == "text/plain")
    }

    @Test("performBinary hands over the body's bytes unchanged and asks for the declared media type")
    func binaryBody() async throws {
        let bytes: [UInt8] = [0, 255, 0x89, 0x50, 0x4E, 0x47, 10, 13]
        let transport = MockTransport(.bytes(200, bytes))
        let client = mockClient(transport)
        let result = try await client.performBinary(
            OperationRequest(operationID: "download", method: "GET", path: "/files/1/content"), accept: "image/png")
        #expect(try await result.value.collect() == bytes)
        #expect(result.metadata.status == 200)
        #expect(transport.requests.first?.headers["accept"] == "image/png")
    }

    @Test("performBinary throws the typed API error for a non-2xx response, like the other calls")
    func binaryError() async throws {
        let transport = MockTransport(.json(404, #"{"error":{"message":"no such file","type":"not_found"}}"#))
        await #expect(throws: ClientError.self) {
            _ = try await mockClient(transport).performBinary(
                OperationRequest(operationID: "download", method: "GET", path: "/files/2/content"), accept: "application/octet-stream")
        }
    }

    @Test("environmentValue reads a variable and treats empty as unset")
    func environmentValue() {
        setenv("INFERCOM_CLIENT_TEST_SET", "value", 1)
        setenv("INFERCOM_CLIENT_TEST_EMPTY", "", 1)
        #expect(ClientConfiguration.environmentValue("INFERCOM_CLIENT_TEST_SET") == "value")
        #expect(ClientConfiguration.environmentValue("INFERCOM_CLIENT_TEST_EMPTY") == nil)
        #expect(ClientConfiguration.environmentValue("INFERCOM_CLIENT_TEST_UNSET") == nil)
    }
}
