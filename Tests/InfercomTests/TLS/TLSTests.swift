import Foundation
import Infercom
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport

/// HTTPS over loopback: nginx with a certificate from a CA made at test time, in front of the
/// loopback server. Verification is always on, so trusting that CA is the only way to succeed.
///
/// URLSession on Linux (FoundationNetworking) can neither trust a custom CA nor take a proxy per
/// session; for it these tests check that such settings are refused before anything is sent.
@Suite("HTTPS: certificate verification, custom CAs, HTTP/2 and CONNECT proxies", .serialized)
struct TLSTests {
    static let request = CreateResponseRequest(model: "gpt-oss-120b", input: .text("Hello"))

    /// nginx in front of a server answering `/v1/responses` with the JSON fixture, or with the
    /// stream transcript when the request asks for a stream.
    static func apiServer(http2: Bool = true) throws -> TLSFrontServer {
        let json = try E2E.fixture("response-infercom-example.json")
        let transcript = try E2E.fixture("stream-transcript.sse")
        return try TLSFrontServer(http2: http2, certificates: try TestCertificates.shared()) { request, writer in
            if request.jsonBody?["stream"] == .bool(true) {
                writer.startEventStream()
                writer.write(transcript)
            } else {
                writer.respondJSON(json)
            }
        }
    }

    static func client(_ server: TLSFrontServer, transport: any HTTPTransport) -> InfercomClient {
        InfercomClient(configuration: ClientConfiguration(
            baseURL: server.url("/v1"), apiKey: E2E.apiKey, timeouts: E2E.timeouts, transport: transport))
    }

    @Test("with the default trust store, the private CA's certificate is rejected as .certificateRejected, never sent",
          arguments: TransportKind.allCases)
    func defaultTrustRejects(kind: TransportKind) async throws {
        let server = try Self.apiServer()
        defer { server.stop() }

        let error = await E2E.clientError { _ = try await Self.client(server, transport: kind.make()).createResponse(Self.request) }

        guard E2E.transportError(error)?.kind == .certificateRejected else {
            Issue.record("expected .certificateRejected, got \(String(describing: error))")
            return
        }
        let failure = try #require(error?.transportFailure)
        #expect(failure.isTLSFailure)
        #expect(failure.attempts == 1, "a rejected certificate is not retried")
        #expect(server.backend.requests.isEmpty)
    }

#if LibcurlTransport  // libcurl only: FoundationNetworking can neither trust a custom CA nor take a proxy
    @Test("a trusted CA does not switch off the host check: a certificate for another name is rejected")
    func wrongHostRejected() async throws {
        let certificates = try TestCertificates.shared()
        let server = try TLSFrontServer(otherHost: true, certificates: certificates) { _, writer in writer.respond(text: "x") }
        defer { server.stop() }
        let transport = TransportKind.curl.make(trustRoots: .pemFile(certificates.caFile.path))

        let error = await capturedError { _ = try await transport.send(.get(server.url())) }

        guard let detail = (error as? TransportError).flatMap({ $0.kind == .certificateRejected ? $0.detail : nil }) else {
            Issue.record("expected .certificateRejected, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("127.0.0.1") || detail.lowercased().contains("name"), "\(detail)")
        #expect(server.backend.requests.isEmpty)
    }

#endif

    @Test("trusting the CA from a PEM file: a JSON response arrives and decodes", arguments: TransportKind.allCases)
    func customCAFileJSON(kind: TransportKind) async throws {
        let certificates = try TestCertificates.shared()
        let server = try Self.apiServer()
        defer { server.stop() }
        let transport = kind.make(trustRoots: .pemFile(certificates.caFile.path))
        guard kind.supportsCustomTLSAndProxy else {
            return try await expectRefusedBeforeSending(transport, server)
        }

        let response = try await Self.client(server, transport: transport).createResponse(Self.request)

        #expect(response.id == "resp_abc123")
        #expect(server.backend.requests.count == 1)
    }

    @Test("trusting the CA from in-memory PEM: a stream arrives event by event to its end", arguments: TransportKind.allCases)
    func customCAPEMStream(kind: TransportKind) async throws {
        let certificates = try TestCertificates.shared()
        let server = try Self.apiServer()
        defer { server.stop() }
        let transport = kind.make(trustRoots: .pem(certificates.caPEM))
        guard kind.supportsCustomTLSAndProxy else {
            return try await expectRefusedBeforeSending(transport, server)
        }
        let expected = try E2E.transcriptEvents(try E2E.fixtureText("stream-transcript.sse"))

        var events: [ResponseStreamEvent] = []
        for try await event in Self.client(server, transport: transport).createResponseStream(Self.request) { events.append(event) }

        #expect(events.count == expected.count)
        #expect(events == expected)
    }

    @Test("HTTP/2 is negotiated over TLS when the server offers it, HTTP/1.1 when it does not",
          arguments: TransportKind.allCases, [true, false])
    func protocolNegotiation(kind: TransportKind, serverOffersHTTP2: Bool) async throws {
        let certificates = try TestCertificates.shared()
        let server = try TLSFrontServer(http2: serverOffersHTTP2, certificates: certificates) { _, writer in
            writer.respond(text: "ok")
        }
        defer { server.stop() }
        guard kind.supportsCustomTLSAndProxy else {
            // FoundationNetworking cannot trust the test CA; what it negotiates cannot be observed here.
            return try await expectRefusedBeforeSending(kind.make(trustRoots: .pemFile(certificates.caFile.path)), server)
        }

        let (head, text) = try await kind.make(trustRoots: .pemFile(certificates.caFile.path)).collectText(.get(server.url("/v")))

        #expect(text == "ok")
        #expect(head.headers["X-Served-Protocol"] == (serverOffersHTTP2 ? "HTTP/2.0" : "HTTP/1.1"))
    }

    @Test("a configured CONNECT proxy carries the HTTPS exchange through one tunnel to the server",
          arguments: TransportKind.allCases)
    func explicitProxy(kind: TransportKind) async throws {
        let certificates = try TestCertificates.shared()
        let server = try Self.apiServer()
        defer { server.stop() }
        let proxy = try ConnectProxy()
        defer { proxy.stop() }
        let transport = kind.make(trustRoots: .pemFile(certificates.caFile.path), proxy: .url(proxy.url))
        guard kind.supportsCustomTLSAndProxy else {
            try await expectRefusedBeforeSending(transport, server)
            #expect(proxy.tunnels.isEmpty)
            return
        }

        let response = try await Self.client(server, transport: transport).createResponse(Self.request)

        #expect(response.id == "resp_abc123")
        #expect(proxy.tunnels == ["127.0.0.1:\(server.port)"])
        #expect(proxy.refusedRequests.isEmpty)
    }

#if LibcurlTransport  // libcurl only: FoundationNetworking can neither trust a custom CA nor take a proxy
    @Test("a host on the proxy's bypass list, or .direct, is reached without the proxy")
    func proxyBypass() async throws {
        let certificates = try TestCertificates.shared()
        let server = try TLSFrontServer(certificates: certificates) { _, writer in writer.respond(text: "direct") }
        defer { server.stop() }
        let proxy = try ConnectProxy()
        defer { proxy.stop() }

        for setting in [ProxyConfiguration.url(proxy.url, bypass: ["127.0.0.1"]), .direct] {
            let transport = TransportKind.curl.make(trustRoots: .pemFile(certificates.caFile.path), proxy: setting)
            #expect(try await transport.collectText(.get(server.url())).1 == "direct", "\(setting)")
        }
        #expect(proxy.tunnels.isEmpty)
    }

    @Test("a CA bundle that cannot be used fails as .tlsFailed, not as an untrusted server")
    func unusableBundle() async throws {
        let server = try TLSFrontServer(certificates: try TestCertificates.shared()) { _, writer in writer.respond(text: "x") }
        defer { server.stop() }

        for roots in [TrustRoots.pemFile("/nonexistent/ca.pem"), .pem("not a certificate")] {
            let error = await capturedError { _ = try await TransportKind.curl.make(trustRoots: roots).send(.get(server.url())) }
            guard (error as? TransportError)?.kind == .tlsFailed else {
                Issue.record("expected .tlsFailed for \(roots), got \(String(describing: error))")
                continue
            }
        }
        #expect(server.backend.requests.isEmpty)
    }

#endif

    /// For a transport that cannot honour the settings: the request fails as `.invalidRequest`
    /// and never reaches the server.
    private func expectRefusedBeforeSending(_ transport: any HTTPTransport, _ server: TLSFrontServer) async throws {
        let error = await capturedError { _ = try await transport.send(.get(server.url("/v1/responses"))) }
        guard (error as? TransportError)?.kind == .invalidRequest else {
            Issue.record("expected .invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(server.backend.requests.isEmpty)
    }
}

@Suite("TLS and proxy settings")
struct TLSSettingsTests {
    @Test("the default trust roots follow CURL_CA_BUNDLE, then SSL_CERT_FILE, else the system store")
    func trustRootsFromEnvironment() {
        #expect(TrustRoots.environment([:]) == .system)
        #expect(TrustRoots.environment(["SSL_CERT_FILE": ""]) == .system)
        #expect(TrustRoots.environment(["SSL_CERT_FILE": "/b.pem"]) == .pemFile("/b.pem"))
        #expect(TrustRoots.environment(["SSL_CERT_FILE": "/b.pem", "CURL_CA_BUNDLE": "/a.pem"]) == .pemFile("/a.pem"))
    }

    @Test("PEM text yields each certificate block, ignoring keys and text around them")
    func pemBlocks() throws {
        let pem = try TestCertificates.shared().caPEM
        let key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
        #expect(TrustRoots.certificateBlocks(in: pem).count == 1)
        #expect(TrustRoots.certificateBlocks(in: "comment\n" + pem + key + pem).count == 2)
        #expect(TrustRoots.certificateBlocks(in: key).isEmpty)
        #expect(TrustRoots.certificateBlocks(in: pem).first?.first == 0x30, "DER starts with a SEQUENCE")
    }

    @Test("a proxy password never appears in a configuration's description")
    func proxyDescriptionRedactsCredentials() {
        let setting = ProxyConfiguration.url("http://alice:s3cret@proxy.corp:3128/")
        #expect(!"\(setting)".contains("s3cret"))
        #expect("\(setting)".contains("proxy.corp:3128"))
        #if LibcurlTransport
        #expect(!"\(CurlTransport.Configuration(proxy: setting))".contains("s3cret"))
        #endif
        #expect("\(ProxyConfiguration.url("http://proxy.corp:3128/a@b"))".contains("/a@b"), "an @ in the path is not a credential")
    }
}
