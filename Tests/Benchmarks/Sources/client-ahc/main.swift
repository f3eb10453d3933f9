// async-http-client (SwiftNIO) against C/server.c. The same modes and output as client-infercom.
//
//   client-ahc seq      URL --count N
//   client-ahc inflight URL --count N --parallel P   (connection pool soft limit = P)
//   client-ahc stream   URL                          response body buffers + StampScanner
import AsyncHTTPClient
import BenchSupport
import NIOCore

let arguments = Arguments()
guard arguments.positional.count == 2 else { fail("usage: client-ahc MODE URL [--count N] [--parallel P]") }
let mode = arguments.positional[0]
let url = arguments.positional[1]
let count = arguments.int("count", default: 1000)
let parallel = arguments.int("parallel", default: 16)

var configuration = HTTPClient.Configuration()
configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = parallel
let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)

var request = HTTPClientRequest(url: url)
request.method = .POST
request.headers.add(name: "Content-Type", value: "application/json")
request.headers.add(name: "Authorization", value: "Bearer bench")
request.body = .bytes(ByteBuffer(string: requestBody))
let postRequest = request

func post() async throws {
    let response = try await client.execute(postRequest, timeout: .seconds(30))
    let body = try await response.body.collect(upTo: 1 << 20)
    guard response.status == .ok, body.readableBytes > 0 else { fail("bad response") }
}

/// Runs off the main actor (top-level code is main-actor isolated, and every `await` in a loop
/// there would hop threads), like the other clients.
func run() async throws {
    switch mode {
    case "seq":
        let cpu0 = cpuSeconds(), start = nowSeconds()
        for _ in 0..<count { try await post() }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "inflight":
        let cpu0 = cpuSeconds(), start = nowSeconds()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<parallel {
                let share = count / parallel + (worker < count % parallel ? 1 : 0)
                group.addTask { for _ in 0..<share { try await post() } }
            }
            try await group.waitForAll()
        }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream":
        var streamRequest = postRequest
        streamRequest.headers.add(name: "Accept", value: "text/event-stream")
        var scanner = StampScanner()
        let cpu0 = cpuSeconds(), start = nowSeconds()
        let response = try await client.execute(streamRequest, timeout: .seconds(120))
        for try await buffer in response.body {
            buffer.withUnsafeReadableBytes { scanner.consume($0) }
        }
        emitStream(delays: scanner.delays, bytes: scanner.bytes, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    default:
        fail("unknown mode \(mode)")
    }
}

do {
    try await run()
} catch {
    try? await client.shutdown().get()
    fail("\(error)")
}
try await client.shutdown().get()
