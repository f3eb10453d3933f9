// Infercom's side of the transport benchmark: CurlTransport (the library's libcurl transport)
// and the generated InfercomClient on top of it, against C/server.c.
//
//   client-infercom seq          URL --count N            sequential requests (CurlTransport.send)
//   client-infercom inflight     URL --count N --parallel P
//   client-infercom client-seq   BASEURL --count N        InfercomClient.createResponse (encode + decode)
//   client-infercom stream-raw   URL                      CurlTransport + StampScanner (the same work
//                                                         as the URLSession, async-http-client and C clients)
//   client-infercom stream       URL                      CurlTransport + ServerSentEventParser
//   client-infercom stream-typed BASEURL                  InfercomClient.createResponseStream (typed events)
//   client-infercom stream-typed-main-actor BASEURL       the same, iterated on the main actor
//   --buffer BYTES: a CurlTransport with its own pool and this maxBufferedBodyBytes (default: CurlTransport())
//   --transport urlsession: the library's URLSessionTransport instead of CurlTransport (same modes)
import BenchSupport
import Infercom
import OpenAPIClientRuntime

let arguments = Arguments()
guard arguments.positional.count == 2 else { fail("usage: client-infercom MODE URL [--count N] [--parallel P]") }
let mode = arguments.positional[0]
let url = arguments.positional[1]
let count = arguments.int("count", default: 1000)
let parallel = arguments.int("parallel", default: 16)

// The library's default transport; `--buffer BYTES` gives it its own pool with that read-ahead limit.
let buffer = arguments.int("buffer", default: 0)
let transport: any HTTPTransport =
    switch arguments.string("transport", default: "curl") {
    case "curl": buffer > 0 ? CurlTransport(configuration: .init(maxBufferedBodyBytes: buffer)) : CurlTransport()
    case "urlsession": URLSessionTransport(configuration: .init(maxBufferedBodyBytes: buffer > 0 ? buffer : 1 << 20))
    default: fail("--transport must be curl or urlsession")
    }
let body = Array(requestBody.utf8)
let headers: HTTPFields = ["Content-Type": "application/json", "Authorization": "Bearer bench"]

func post(_ url: String) async throws -> Int {
    let (head, responseBody) = try await transport.send(HTTPRequest(method: "POST", url: url, headers: headers, body: body))
    let bytes = try await responseBody.collect()
    guard head.status == 200, !bytes.isEmpty else { fail("status \(head.status)") }
    return bytes.count
}

/// Runs off the main actor (top-level code is main-actor isolated, and every `await` in a loop
/// there would hop threads), like the other clients.
func run() async throws {
    switch mode {
    case "seq":
        let cpu0 = cpuSeconds(), start = nowSeconds()
        for _ in 0..<count { _ = try await post(url) }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "inflight":
        let cpu0 = cpuSeconds(), start = nowSeconds()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<parallel {
                let share = count / parallel + (worker < count % parallel ? 1 : 0)
                group.addTask { for _ in 0..<share { _ = try await post(url) } }
            }
            try await group.waitForAll()
        }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "client-seq":
        var configuration = ClientConfiguration(baseURL: url, apiKey: "bench", transport: transport)
        configuration.retryPolicy = RetryPolicy(maxRetries: 0)
        let client = InfercomClient(configuration: configuration)
        let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Say hello.", maxOutputTokens: 16)
        let cpu0 = cpuSeconds(), start = nowSeconds()
        for _ in 0..<count {
            let response = try await client.createResponse(request)
            guard response.status == .completed else { fail("unexpected response") }
        }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream":
        var delays: [UInt64] = []
        delays.reserveCapacity(1 << 16)
        var bytes = 0
        let cpu0 = cpuSeconds(), start = nowSeconds()
        let (head, responseBody) = try await transport.send(
            HTTPRequest(method: "POST", url: url, headers: headers + ["Accept": "text/event-stream"], body: body))
        guard head.status == 200 else { fail("status \(head.status)") }
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for try await chunk in responseBody {
            bytes += chunk.count
            chunk.withUnsafeBytes { parser.feed($0, into: &events) }
            let received = monotonicNanoseconds()
            for event in events {
                // data is {"item_id":"msg_<19 digits>", …
                var data = event.data
                let stamp = data.withUTF8 { utf8 -> UInt64? in
                    guard utf8.count > 35, utf8[12] == UInt8(ascii: "m") else { return nil }
                    var stamp: UInt64 = 0
                    for index in 16..<35 { stamp = stamp &* 10 &+ UInt64(utf8[index] &- 0x30) }
                    return stamp
                }
                if let stamp { delays.append(received &- stamp) }
            }
            events.removeAll(keepingCapacity: true)
        }
        emitStream(delays: delays, bytes: bytes, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream-raw":
        var scanner = StampScanner()
        let cpu0 = cpuSeconds(), start = nowSeconds()
        let (head, responseBody) = try await transport.send(
            HTTPRequest(method: "POST", url: url, headers: headers + ["Accept": "text/event-stream"], body: body))
        guard head.status == 200 else { fail("status \(head.status)") }
        for try await chunk in responseBody {
            chunk.withUnsafeBytes { scanner.consume($0) }
        }
        emitStream(delays: scanner.delays, bytes: scanner.bytes, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream-typed":
        let cpu0 = cpuSeconds(), start = nowSeconds()
        let delays = try await typedStream()
        emitStream(delays: delays, bytes: 0, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream-typed-main-actor":
        // The same loop on the main actor (as in a script's top-level code or a UI): each
        // `next()` of a nonisolated iterator hops to the global executor and back.
        let cpu0 = cpuSeconds(), start = nowSeconds()
        let delays = try await typedStreamOnMainActor()
        emitStream(delays: delays, bytes: 0, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    default:
        fail("unknown mode \(mode)")
    }
}

func typedClient() -> InfercomClient {
    var configuration = ClientConfiguration(baseURL: url, apiKey: "bench", transport: transport)
    configuration.retryPolicy = RetryPolicy(maxRetries: 0)
    return InfercomClient(configuration: configuration)
}

func typedStream() async throws -> [UInt64] {
    var delays: [UInt64] = []
    delays.reserveCapacity(1 << 17)
    for try await event in typedClient().createResponseStream(CreateResponseRequest(model: "gpt-oss-120b", input: "Say hello.")) {
        if case .responseOutputTextDelta(let delta) = event, let stamp = stamp(fromItemID: delta.itemID) {
            delays.append(monotonicNanoseconds() &- stamp)
        }
    }
    return delays
}

@MainActor
func typedStreamOnMainActor() async throws -> [UInt64] {
    var delays: [UInt64] = []
    delays.reserveCapacity(1 << 17)
    for try await event in typedClient().createResponseStream(CreateResponseRequest(model: "gpt-oss-120b", input: "Say hello.")) {
        if case .responseOutputTextDelta(let delta) = event, let stamp = stamp(fromItemID: delta.itemID) {
            delays.append(monotonicNanoseconds() &- stamp)
        }
    }
    return delays
}

try await run()


extension HTTPFields {
    static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var result = lhs
        for field in rhs { result.append(name: field.name, value: field.value) }
        return result
    }
}
