import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("API client: the API key stays secret")
struct SecretRedactionTests {
    /// Every way a value is commonly turned into text: print, debugPrint, interpolation, dump.
    static func renderings(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test("The key never appears in any description, debug description or dump")
    func keyNeverShown() async throws {
        let transport = MockTransport(
            .bytes(401, Fixtures.bytes("error-invalid-api-key.json") ?? Array(#"{"error":"bad key"}"#.utf8)),
            .failure(.connectionFailed(detail: "refused")),
            .json(200, #"{"unexpected":true}"#),
            .events([sseEvent(#"{"type":"error","code":"server_error","message":"boom"}"#, event: "error")]),
            .json(200, #"{"message":"hi"}"#, headers: ["x-request-id": "r1"]),
            .events([sseEvent(#"{"type":"response.created","sequence_number":0}"#)]))
        let client = mockClient(transport, maxRetries: 0, defaultHeaders: ["X-Api-Key": secretKey])
        var rendered: [Any] = [client, client.configuration]

        let invalid = OperationRequest(operationID: "createResponse", method: "POST", path: "/responses", body: SampleBody(model: "m", temperature: 9))
        for operation: () async throws -> Void in [
            { _ = try await client.perform(invalid, as: Greeting.self) },
            { _ = try await client.perform(createResponse, as: Greeting.self) },
            { _ = try await client.perform(createResponse, as: Greeting.self) },
            { _ = try await client.perform(createResponse, as: Greeting.self) },
            { _ = try await collectEvents(client.stream(createResponse, as: TestStreamEvent.self)) },
        ] {
            if let error = await clientError(operation) { rendered.append(error) }
        }
        #expect(rendered.count == 7)  // client, configuration and five distinct errors

        let result = try await client.perform(createResponse, as: Greeting.self)
        let stream = client.stream(createResponse, as: TestStreamEvent.self)
        var iterator = stream.makeAsyncIterator()
        _ = try await iterator.next()  // now holds the prepared request, Authorization header included
        rendered += [result, result.metadata, stream, iterator]

        for value in rendered {
            for text in Self.renderings(of: value) {
                #expect(!text.contains(secretKey), "key leaked by \(type(of: value))")
                #expect(!text.contains("SECRET"), "part of the key leaked by \(type(of: value))")
            }
        }
        #expect(transport.requests.first?.headers["authorization"] == "Bearer \(secretKey)")
    }

    @Test("The configuration shows whether a key is set")
    func configurationDescription() {
        let configuration = mockClient(MockTransport()).configuration
        #expect(configuration.description.contains("apiKey: <redacted>"))
        #expect(mockClient(MockTransport(), apiKey: nil).configuration.description.contains("apiKey: none"))
    }
}
