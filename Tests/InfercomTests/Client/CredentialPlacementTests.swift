import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The key goes where the spec's security scheme says, and nowhere else; observers never see it.
@Suite("API client: where the API key goes")
struct CredentialPlacementTests {
    static let key = "k3y/with&odd=chars"

    /// Sends one GET with `placement` as the client's and `own` as the operation's; returns what the transport got.
    static func send(
        client placement: CredentialPlacement?, defaults: ClientDefaults = .generic, operation own: CredentialPlacement? = nil,
        middlewares: [any ClientMiddleware] = []
    ) async throws -> HTTPRequest {
        let transport = MockTransport(.json(200, #"{"message":"hi"}"#))
        var configuration = ClientConfiguration(baseURL: "https://api.example.com/v1", apiKey: key, transport: transport)
        configuration.credentialPlacement = placement
        configuration.middlewares = middlewares
        let request = OperationRequest(
            operationID: "getThing", method: "GET", path: "/things", query: [QueryItem(name: "limit", value: "1")],
            headers: ["Cookie": "theme=dark"], credentialPlacement: own)
        _ = try await APIClient(configuration: configuration, defaults: defaults).perform(request, as: Greeting.self)
        return try #require(transport.requests.first)
    }

    @Test("without a scheme the key is a bearer token")
    func bearerByDefault() async throws {
        let sent = try await Self.send(client: nil)

        #expect(sent.headers["Authorization"] == "Bearer \(Self.key)")
        #expect(sent.url == "https://api.example.com/v1/things?limit=1")
    }

    @Test("an apiKey header scheme sends the key in that header and no Authorization")
    func header() async throws {
        let sent = try await Self.send(client: nil, defaults: ClientDefaults(credentialPlacement: .header("X-API-Key")))

        #expect(sent.headers["X-API-Key"] == Self.key)
        #expect(sent.headers["Authorization"] == nil)
    }

    @Test("an apiKey query scheme appends the key, percent-encoded, after the operation's query")
    func query() async throws {
        let sent = try await Self.send(client: .query("api key"))

        #expect(sent.url == "https://api.example.com/v1/things?limit=1&api%20key=k3y%2Fwith%26odd%3Dchars")
        #expect(sent.headers["Authorization"] == nil)
    }

    @Test("an apiKey cookie scheme adds the key to the cookies the request already has")
    func cookie() async throws {
        let sent = try await Self.send(client: .cookie("sid"))

        #expect(sent.headers["Cookie"] == "theme=dark; sid=\(Self.key)")
        #expect(sent.headers["Authorization"] == nil)
    }

    @Test("basic credentials encode user:password; a key without a colon is the user with an empty password")
    func basic() async throws {
        let withColon = try await Self.send(client: .basic)
        let decoded = withColon.headers["Authorization"].flatMap { Data(base64Encoded: String($0.dropFirst("Basic ".count))) }

        #expect(withColon.headers["Authorization"]?.hasPrefix("Basic ") == true)
        #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == Self.key + ":")
    }

    @Test("an operation's own scheme wins over the client's; .omitted sends no credential at all")
    func operationScheme() async throws {
        let own = try await Self.send(client: .header("X-API-Key"), operation: .query("token"))
        let omitted = try await Self.send(client: .bearer, operation: .omitted)

        #expect(own.headers["X-API-Key"] == nil)
        #expect(own.url.hasSuffix("&token=k3y%2Fwith%26odd%3Dchars"))
        #expect(omitted.headers["Authorization"] == nil)
        #expect(!omitted.url.contains("k3y") && !omitted.headers.contains { $0.value.contains("k3y") })
    }

    @Test("the configuration's placement overrides the spec's default", arguments: [CredentialPlacement.bearer, .header("X-Other")])
    func configurationOverrides(placement: CredentialPlacement) async throws {
        let sent = try await Self.send(client: placement, defaults: ClientDefaults(credentialPlacement: .header("X-API-Key")))

        #expect(sent.headers["X-API-Key"] == nil)
        #expect(sent.headers.contains { $0.value.contains(Self.key) })
    }

    @Test(
        "observers see the request with the key redacted, wherever it went",
        arguments: [CredentialPlacement.bearer, .basic, .header("X-API-Key"), .query("api_key"), .cookie("sid")])
    func redacted(placement: CredentialPlacement) async throws {
        let log = EventLog()
        let sent = try await Self.send(client: placement, middlewares: [log])
        let observed = try #require(log.events.first?.sent)
        // Every spelling the key may take on the wire: as is, percent-encoded, inside basic credentials.
        let spellings = [Self.key, "k3y%2Fwith%26odd%3Dchars", Data((Self.key + ":").utf8).base64EncodedString()]
        let wire = sent.url + sent.headers.map(\.value).joined()

        #expect(spellings.contains { wire.contains($0) }, "the transport gets the key")
        for event in log.events {
            let text = String(describing: event)
            #expect(!spellings.contains { text.contains($0) }, "\(placement): \(text)")
        }
        #expect(observed.headers["Cookie"]?.contains("theme=dark") == true, "other cookies stay readable")
    }
}

/// A recording never holds the key, wherever the client put it, and still replays.
@Suite("Recording: the key stays off the disk")
struct CredentialRecordingTests {
    @Test(
        "record then replay with the key in each place: the file never holds it, and the replay matches",
        arguments: [CredentialPlacement.bearer, .basic, .header("X-Token"), .query("signature"), .cookie("sid")])
    func recordAndReplay(placement: CredentialPlacement) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("credential-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let request = OperationRequest(operationID: "getThing", method: "GET", path: "/things", query: [QueryItem(name: "limit", value: "1")])
        func client(_ transport: any HTTPTransport) -> APIClient {
            var configuration = ClientConfiguration(
                baseURL: "https://api.example.com/v1", apiKey: CredentialPlacementTests.key, retryPolicy: .disabled, transport: transport)
            configuration.credentialPlacement = placement
            return APIClient(configuration: configuration)
        }

        let recorder = try RecordingTransport(wrapping: MockTransport(.json(200, #"{"message":"hi"}"#)), to: file)
        _ = try await client(recorder).perform(request, as: Greeting.self)
        let recorded = try String(contentsOf: file, encoding: .utf8)
        let replayed = try await client(ReplayTransport(contentsOf: file)).perform(request, as: Greeting.self)

        for spelling in [CredentialPlacementTests.key, "k3y%2Fwith%26odd%3Dchars", Data((CredentialPlacementTests.key + ":").utf8).base64EncodedString()] {
            #expect(!recorded.contains(spelling), "\(placement): \(recorded)")
        }
        #expect(recorded.contains("<redacted>"))
        #expect(replayed.value == Greeting(message: "hi"))
    }
}
