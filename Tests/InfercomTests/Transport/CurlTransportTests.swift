#if LibcurlTransport
import Foundation
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// CurlTransport over real TCP against the loopback server: requests, streaming, connection reuse.
@Suite("CurlTransport exchanges", .serialized)
struct CurlTransportTests {
    @Test("GET sends method, target and headers as given and returns status, headers and body")
    func plainGet() async throws {
        let server = try LoopbackServer { _, writer in
            writer.respond(status: 201, headers: [("X-Reply", "yes"), ("Content-Type", "text/plain")], text: "hello")
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let request = HTTPRequest.get(server.url("/v1/models?limit=2"), headers: ["Authorization": "Bearer k", "X-Empty": ""])
        let (head, text) = try await transport.text(request)

        #expect(head.status == 201)
        #expect(head.headers["x-reply"] == "yes")
        #expect(head.headers["Content-Length"] == "5")
        #expect(text == "hello")
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.path == "/v1/models?limit=2")
        #expect(received.header("Authorization") == "Bearer k")
        #expect(received.header("X-Empty") == "")
        #expect(received.body.isEmpty)
        #expect(!received.hasHeader("Expect"))
        #expect(!received.hasHeader("Accept-Encoding"))
    }

    @Test("POST sends the exact body bytes with their length and content type, without Expect")
    func post() async throws {
        let server = try LoopbackServer { request, writer in
            writer.respond(body: request.body.reversed())
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated()
        // Large enough that curl would otherwise ask for `100 Continue` (it does above 1 MiB).
        let payload = (0..<(1_200_000)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let request = HTTPRequest(
            method: "POST", url: server.url("/v1/responses"),
            headers: ["Content-Type": "application/json", "X-Trace": "abc"], body: payload, timeouts: testTimeouts)

        let (head, body) = try await transport.send(request)

        #expect(head.status == 200)
        #expect(try await body.collect() == payload.reversed())
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.body == payload)
        #expect(received.header("Content-Length") == String(payload.count))
        #expect(received.header("Content-Type") == "application/json")
        #expect(received.header("X-Trace") == "abc")
        #expect(!received.hasHeader("Expect"))
    }

    @Test("other methods go out verbatim, with or without a body; no form content type is invented",
          arguments: [("PUT", "{}"), ("PATCH", "x"), ("DELETE", nil), ("OPTIONS", nil), ("POST", nil)] as [(String, String?)])
    func methods(method: String, body: String?) async throws {
        let server = try LoopbackServer { request, writer in writer.respond(text: request.method) }
        defer { server.stop() }
        let request = HTTPRequest(method: method, url: server.url("/m"), body: body.map { Array($0.utf8) }, timeouts: testTimeouts)

        let (head, text) = try await CurlTransport.isolated().text(request)

        #expect(head.status == 200)
        #expect(text == method)
        let received = try #require(server.requests.first)
        #expect(received.body == Array((body ?? "").utf8))
        #expect(!received.hasHeader("Content-Type"))
    }

    @Test("HEAD and 204 responses end without a body")
    func emptyBodies() async throws {
        let server = try LoopbackServer { request, writer in
            if request.method == "HEAD" {
                writer.sendHead(contentLength: 42, bodyFollows: false)
            } else {
                writer.respond(status: 204, reason: "No Content")
            }
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let (noContent, empty) = try await transport.text(.get(server.url("/none")))
        #expect(noContent.status == 204)
        #expect(empty.isEmpty)
        let headRequest = HTTPRequest(method: "HEAD", url: server.url("/head"), timeouts: testTimeouts)
        let (head, nothing) = try await transport.text(headRequest)
        #expect(head.status == 200)
        #expect(head.headers["Content-Length"] == "42")
        #expect(nothing.isEmpty)
    }

    @Test("a chunked body arrives chunk by chunk: the first is readable before the server sends the second")
    func streaming() async throws {
        let firstSeen = ThreadSignal()
        let server = try LoopbackServer { _, writer in
            writer.sendHead(headers: [("Content-Type", "text/event-stream")], contentLength: nil)
            writer.write("data: one\n\n")
            guard firstSeen.wait(seconds: 10) else { return writer.cut() }  // the client never saw it
            writer.write("data: two\n\n")
            writer.finish()
        }
        defer { server.stop() }

        let (head, body) = try await CurlTransport.isolated().send(.get(server.url("/stream")))
        #expect(head.headers["Content-Type"] == "text/event-stream")
        var chunks: [String] = []
        for try await chunk in body {
            chunks.append(String(decoding: chunk, as: UTF8.self))
            if chunks.count == 1 { firstSeen.signal() }
        }

        #expect(chunks == ["data: one\n\n", "data: two\n\n"])
    }

    @Test("sequential requests reuse one keep-alive connection")
    func keepAlive() async throws {
        let server = try LoopbackServer { request, writer in writer.respond(text: request.path) }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        for index in 0..<20 {
            let (_, text) = try await transport.text(.get(server.url("/\(index)")))
            #expect(text == "/\(index)")
        }

        #expect(server.acceptedConnections == 1)
        #expect(transport.statistics.connectionsOpened == 1)
        #expect(transport.statistics.transfers == 20)
    }

    @Test("50 concurrent requests all succeed, each with its own response")
    func concurrent() async throws {
        let server = try LoopbackServer { request, writer in
            usleep(20_000)  // keeps the exchanges overlapping
            writer.respond(text: "reply to \(request.path)")
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let replies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<50 {
                group.addTask { (index, try await transport.text(.get(server.url("/\(index)"))).1) }
            }
            return try await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
        }

        #expect(replies.count == 50)
        for (index, reply) in replies { #expect(reply == "reply to /\(index)") }
        #expect(server.requests.count == 50)
        #expect(transport.statistics.active == 0)
    }

    @Test("maxConnectionsPerHost caps the connections concurrent requests open")
    func connectionCap() async throws {
        let server = try LoopbackServer { _, writer in
            usleep(10_000)
            writer.respond(text: "ok")
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated(maxConnectionsPerHost: 2)

        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 { group.addTask { _ = try await transport.text(.get(server.url("/\(index)"))) } }
            try await group.waitForAll()
        }

        #expect(server.requests.count == 10)
        #expect(server.acceptedConnections <= 2)
    }

    @Test("the shared transport works, and a transport with its own pool stops its thread once dropped")
    func lifetimes() async throws {
        let server = try LoopbackServer { _, writer in writer.respond(text: "ok") }
        defer { server.stop() }
        #expect(try await CurlTransport.shared.text(.get(server.url())).1 == "ok")

        var transport: CurlTransport? = .isolated()
        let driver = try #require(transport?.driver)
        #expect(try await transport?.text(.get(server.url())).1 == "ok")
        transport = nil

        #expect(await eventually { driver.hasExited })
        #expect(!CurlDriver.shared.hasExited)
    }
}
#endif
