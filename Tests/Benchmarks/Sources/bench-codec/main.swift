// Decoding and streaming microbenchmarks: Infercom's generated types and SSE parser against
// swift-openapi-generator's types (generated from the same spec, spec/responses.yaml) with
// swift-openapi-runtime's SSE decoding, and against hand-written code.
//
//   bench-codec --fixture Fixtures/response-4k.json [--reps 5]
//
// Prints one JSON object per measurement ({"name": …, "mbps": …, …}); bench.py makes the table.
import BenchSupport
import Foundation
import Infercom
import OpenAPIClientRuntime
import SOGInfercomTypes

typealias SOGHTTPBody = SOGInfercomTypes.HTTPBody
typealias OurHTTPBody = OpenAPIClientRuntime.HTTPBody

let arguments = Arguments()
let repetitions = arguments.int("reps", default: 5)
let fixturePath = arguments.string("fixture", default: "Fixtures/response-4k.json")
guard let fixture = FileManager.default.contents(atPath: fixturePath) else { fail("cannot read \(fixturePath)") }

// MARK: - 3. Decoding a 4 KB response

func report(_ name: String, bytes: Int, seconds perCall: Double, events: Int? = nil) {
    var fields: [(String, Any)] = [("name", name), ("mbps", Double(bytes) / perCall / 1e6), ("us", perCall * 1e6)]
    if let events { fields.append(("events_per_s", Double(events) / perCall)) }
    emit(fields)
}

func reportFailure(_ name: String, _ error: any Error) {
    var message = "\(error)"
    if message.count > 400 { message = String(message.prefix(400)) + "…" }
    emit(["name": name, "error": message])
}

func emit(_ fields: [(String, Any)]) {
    // KeyValuePairs cannot be built dynamically; print through the same formatter by hand.
    let body = fields.map { key, value -> String in
        switch value {
        case let number as Double: return "\"\(key)\":\(number.isFinite ? String(number) : "null")"
        case let number as Int: return "\"\(key)\":\(number)"
        default:
            let text = "\(value)".replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ")
            return "\"\(key)\":\"\(text)\""
        }
    }
    print("{" + body.joined(separator: ",") + "}")

}

let decoder = JSONDecoder()
/// The decoder the Infercom client uses for every response and event (OpenAPIClientRuntime).
let tapeDecoder = JSONTapeDecoder()

emit(["name": "fixture-bytes", "bytes": fixture.count])

// The same body without its echoed `tools` (whose JSON-schema `parameters` every side decodes as
// an untyped JSON value): shows how much of each decoder's time that one member takes.
var withoutTools = try JSONSerialization.jsonObject(with: fixture) as! [String: Any]
withoutTools["tools"] = nil
let fixtureWithoutTools = try JSONSerialization.data(withJSONObject: withoutTools, options: [.withoutEscapingSlashes])
emit(["name": "fixture-notools-bytes", "bytes": fixtureWithoutTools.count])

// Check once that each side decodes each body completely, then time it.
var decodeCandidates: [(String, () throws -> Int)] = []
for (suffix, body) in [("", fixture), ("-notools", fixtureWithoutTools)] {
    do {
        let hand = try decoder.decode(HandResponse.self, from: body)
        guard hand.output.count == 3, hand.usage?.total_tokens == 648 else { fail("hand-written decode is incomplete") }
        decodeCandidates.append(("decode-hand" + suffix, { try decoder.decode(HandResponse.self, from: body).output.count }))
    } catch { reportFailure("decode-hand" + suffix, error) }
    do {
        let hand = try decoder.decode(HandFullResponse.self, from: body)
        guard hand.output.count == 3, hand.usage?.total_tokens == 648, hand.tools?.count == (suffix.isEmpty ? 1 : nil) else {
            fail("complete hand-written decode is incomplete")
        }
        decodeCandidates.append(("decode-hand-full" + suffix, { try decoder.decode(HandFullResponse.self, from: body).output.count }))
    } catch { reportFailure("decode-hand-full" + suffix, error) }
    do {
        let ours = try tapeDecoder.decode(Response.self, from: body)
        guard ours.output.count == 3, ours.usage?.totalTokens == 648 else { fail("Infercom decode is incomplete") }
        decodeCandidates.append(("decode-ours" + suffix, { try tapeDecoder.decode(Response.self, from: body).output.count }))
    } catch { reportFailure("decode-ours" + suffix, error) }
    do {
        let sog = try decoder.decode(Components.Schemas.Response.self, from: body)
        guard sog.output.count == 3 else { fail("swift-openapi-generator decode is incomplete") }
        decodeCandidates.append(("decode-sog" + suffix, { try decoder.decode(Components.Schemas.Response.self, from: body).output.count }))
    } catch { reportFailure("decode-sog" + suffix, error) }
}

var decodeTimes: [String: [Double]] = [:]
for _ in 0..<repetitions {
    // Interleaved, so drifting machine load hits every candidate alike.
    for (name, body) in decodeCandidates {
        decodeTimes[name, default: []].append(try timePerCall(seconds: 0.2, body))
    }
}
for (name, _) in decodeCandidates {
    report(name, bytes: name.hasSuffix("-notools") ? fixtureWithoutTools.count : fixture.count, seconds: median(decodeTimes[name]!))
}

// MARK: - 4. Streaming 5 MB of text deltas

let (stream, eventCount) = textDeltaStream()
let streamChunks = chunks(stream)
let sogChunks = streamChunks.map { ArraySlice($0) }
emit(["name": "stream-info", "mb": Double(stream.count) / 1e6, "events": eventCount, "chunks": streamChunks.count])

/// The physical limit: find every line end with memchr, no events.
func scanNewlines() -> Int {
    stream.withUnsafeBytes { buffer in
        let base = buffer.baseAddress!
        var position = 0
        var lines = 0
        while position < buffer.count, let found = memchr(base + position, 0x0A, buffer.count - position) {
            lines += 1
            position = base.distance(to: UnsafeRawPointer(found)) + 1
        }
        return lines
    }
}

/// Infercom's framing: ServerSentEventParser over the chunks, events with their data as String.
func frameOurs() -> Int {
    var parser = ServerSentEventParser()
    var events: [OpenAPIClientRuntime.ServerSentEvent] = []
    events.reserveCapacity(256)
    var count = 0
    for chunk in streamChunks {
        chunk.withUnsafeBytes { parser.feed($0, into: &events) }
        count += events.count
        events.removeAll(keepingCapacity: true)
    }
    return count
}

/// Infercom's parser and decoder in a plain loop: events decoded into the full event union.
func endToEndOursSync() throws -> Int {
    var parser = ServerSentEventParser()
    var events: [OpenAPIClientRuntime.ServerSentEvent] = []
    events.reserveCapacity(256)
    var count = 0
    for chunk in streamChunks {
        chunk.withUnsafeBytes { parser.feed($0, into: &events) }
        for event in events where event.data != "[DONE]" {
            var data = event.data
            let decoded = try data.withUTF8 { try tapeDecoder.decode(ResponseStreamEvent.self, from: UnsafeRawBufferPointer($0)) }
            if case .responseOutputTextDelta = decoded { count += 1 }
        }
        events.removeAll(keepingCapacity: true)
    }
    return count
}

/// An in-memory transport: the 5 MB body in 16 KB chunks, as CurlTransport would hand it over.
struct InMemoryTransport: HTTPTransport {
    let chunks: [[UInt8]]
    func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, OurHTTPBody) {
        let chunks = self.chunks
        let body = OurHTTPBody(makeIterator: {
            var index = 0
            return OurHTTPBody.AsyncIterator {
                guard index < chunks.count else { return nil }
                defer { index += 1 }
                return chunks[index]
            }
        })
        return (HTTPResponseHead(status: 200, headers: ["Content-Type": "text/event-stream"]), body)
    }
}

/// The library as a user calls it: InfercomClient.createResponseStream, typed events.
let inMemoryClient = InfercomClient(configuration: ClientConfiguration(
    baseURL: "http://localhost/v1", apiKey: "bench", transport: InMemoryTransport(chunks: chunks(completeTextDeltaStream().bytes))))
let streamRequest = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a story.")
func endToEndOurs() async throws -> Int {
    var count = 0
    for try await event in inMemoryClient.createResponseStream(streamRequest) {
        if case .responseOutputTextDelta = event { count += 1 }
    }
    return count
}

/// The chunks as an AsyncSequence, the shape a swift-openapi-runtime transport hands over.
struct ChunkSequence: AsyncSequence, Sendable {
    typealias Element = ArraySlice<UInt8>
    let chunks: [ArraySlice<UInt8>]
    struct AsyncIterator: AsyncIteratorProtocol {
        var iterator: IndexingIterator<[ArraySlice<UInt8>]>
        mutating func next() async throws -> ArraySlice<UInt8>? { iterator.next() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(iterator: chunks.makeIterator()) }
}

func sogBody() -> SOGHTTPBody {
    SOGHTTPBody(ChunkSequence(chunks: sogChunks), length: .known(Int64(stream.count)), iterationBehavior: .single)
}

/// swift-openapi-runtime's framing alone.
func frameSOG() async throws -> Int {
    var count = 0
    for try await event in sogBody().asDecodedServerSentEvents() where event.data != nil { count += 1 }
    return count
}

/// swift-openapi-runtime's framing and JSON decoding into SOG's generated event union.
func endToEndSOG() async throws -> Int {
    var count = 0
    let events = sogBody().asDecodedServerSentEventsWithJSONData(
        of: Components.Schemas.ResponseStreamEvent.self, while: { $0 != ArraySlice("[DONE]".utf8) })
    for try await event in events {
        if case .response_period_output_text_period_delta? = event.data { count += 1 }
    }
    return count
}

// swift-format-ignore: AlwaysUseLowerCamelCase
// (Property names spell the JSON keys: synthesized Codable without CodingKeys, as a user might write it.)
/// The reference: a hand-written "\n\n" splitter and JSONDecoder into a minimal delta struct.
struct HandDelta: Decodable {
    var type: String
    var item_id: String
    var output_index: Int
    var content_index: Int
    var delta: String
    var sequence_number: Int
}
func endToEndHand() throws -> Int {
    var count = 0
    try stream.withUnsafeBytes { buffer in
        try forEachDataPayload(buffer) { payload in
            if payload.count == 6, payload.first == UInt8(ascii: "[") { return }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: payload.baseAddress!), count: payload.count, deallocator: .none)
            if try decoder.decode(HandDelta.self, from: data).type.utf8.count > 0 { count += 1 }
        }
    }
    return count
}

// Correctness first: every path must see every event.
var syncCandidates: [(String, () throws -> Int, Int)] = [
    ("scan-newlines", scanNewlines, eventCount * 3 + 2),
    ("frame-ours", frameOurs, eventCount + 1),
    ("e2e-hand", endToEndHand, eventCount),
    ("e2e-ours-sync", endToEndOursSync, eventCount),
]
var asyncCandidates: [(String, () async throws -> Int, Int)] = [
    ("e2e-ours", endToEndOurs, eventCount),
    ("frame-sog", frameSOG, eventCount + 1),
    ("e2e-sog", endToEndSOG, eventCount),
]
syncCandidates = syncCandidates.filter { name, body, expected in
    do {
        let got = try body()
        if got != expected { reportFailure(name, "saw \(got) events, expected \(expected)"); return false }
        return true
    } catch { reportFailure(name, error); return false }
}
var checkedAsync: [(String, () async throws -> Int, Int)] = []
for (name, body, expected) in asyncCandidates {
    do {
        let got = try await body()
        if got != expected { reportFailure(name, "saw \(got) events, expected \(expected)"); continue }
        checkedAsync.append((name, body, expected))
    } catch { reportFailure(name, error) }
}

var streamTimes: [String: [Double]] = [:]
for _ in 0..<repetitions {
    for (name, body, _) in syncCandidates { streamTimes[name, default: []].append(try timePerCall(seconds: 0.3, body)) }
    for (name, body, _) in checkedAsync { streamTimes[name, default: []].append(try await timePerCall(seconds: 0.3, body)) }
}
for (name, _, _) in syncCandidates {
    report(name, bytes: stream.count, seconds: median(streamTimes[name]!), events: name == "scan-newlines" ? nil : eventCount)
}
for (name, _, _) in checkedAsync { report(name, bytes: stream.count, seconds: median(streamTimes[name]!), events: eventCount) }

// swift-format-ignore: AvoidRetroactiveConformances
extension String: @retroactive Error {}
