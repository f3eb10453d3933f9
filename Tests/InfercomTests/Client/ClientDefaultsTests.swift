import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// Which `User-Agent` and error fields a client uses: the configuration's when it sets them, else
/// the bindings' `clientDefaults` (from the generator's `userAgent` and the spec's `x-error-fields`),
/// else the runtime's generic ones.
@Suite("API client: defaults of the bindings")
struct ClientDefaultsTests {
    static let envelope = #"{"error":{"message":"Bad model","type":"invalid_request_error","code":"model_not_found","param":"model"},"request_id":"r9"}"#

    func sentUserAgent(_ client: APIClient, _ transport: MockTransport) async throws -> String? {
        _ = try await client.perform(createResponse, as: Greeting.self)
        return transport.requests.last?.headers["User-Agent"]
    }

    @Test("a runtime client without bindings' defaults names the runtime, not Infercom")
    func genericUserAgent() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        let client = APIClient(configuration: ClientConfiguration(baseURL: "https://api.example.test", transport: transport))
        let sent = try #require(try await sentUserAgent(client, transport))
        #expect(sent == ClientDefaults.generic.userAgent)
        #expect(sent.hasPrefix("openapi-swift-client/\(ClientConfiguration.libraryVersion) (Swift; ") && sent.hasSuffix(")"))
        #expect(!sent.contains("infercom"))
        #expect(client.configuration.errorFields == ErrorFieldPaths.none)
    }

    @Test("Infercom's bindings send infercom-swift/<library version>, also from a configuration built by hand")
    func infercomUserAgent() throws {
        let byHand = InfercomClient(configuration: ClientConfiguration(baseURL: "https://api.example.test", apiKey: "k"))
        let convenience = InfercomClient(apiKey: "k")
        for client in [byHand, convenience] {
            #expect(client.core.configuration.userAgent == InfercomClient.clientDefaults.userAgent)
            #expect(client.core.configuration.errorFields == InfercomClient.clientDefaults.errorFields)
        }
        #expect(InfercomClient.clientDefaults.userAgentProduct == "infercom-swift/\(ClientConfiguration.libraryVersion)")
        #if os(Linux)
        #expect(InfercomClient.clientDefaults.userAgent == "infercom-swift/0.1.0 (Swift; Linux)")
        #endif
    }

    @Test("a User-Agent or error fields the configuration sets win over the bindings' defaults")
    func configurationWins() async throws {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#), .json(404, Self.envelope))
        let configuration = ClientConfiguration(
            baseURL: "https://api.example.test", retryPolicy: .disabled, userAgent: "my-app/2", errorFields: ErrorFieldPaths(message: [["request_id"]]),
            transport: transport)
        let client = InfercomClient(configuration: configuration).core
        #expect(try await sentUserAgent(client, transport) == "my-app/2")
        let error = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.message == "r9" && error.code == nil, "the configuration's paths replace the spec's, they are not merged")
    }

    @Test("Infercom's bindings read its error envelope; the same body through the generic runtime keeps it only in `body`")
    func errorFieldsFollowTheBindings() async throws {
        let transport = MockTransport(.json(404, Self.envelope), .json(404, Self.envelope))
        let configuration = ClientConfiguration(baseURL: "https://api.example.test", retryPolicy: .disabled, transport: transport)
        let infercom = try #require(await clientError({ _ = try await InfercomClient(configuration: configuration).core.perform(createResponse, as: Greeting.self) })?.apiFailure)
        let generic = try #require(await clientError({ _ = try await APIClient(configuration: configuration).perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(infercom.message == "Bad model" && infercom.type == "invalid_request_error" && infercom.code == "model_not_found")
        #expect(infercom.param == "model" && infercom.requestID == "r9")
        #expect(generic.message == nil && generic.code == nil && generic.requestID == nil)
        #expect(generic.body == infercom.body)
    }
}
