// swift-openapi-generator's types for OpenAI's own spec (filtered to /responses by
// filter_openapi.py): the 4 KB response and the 5 MB text-delta stream of bench-codec, decoded
// with OpenAI's `Response` and its `ResponseStreamEvent` union (an `anyOf` of every event, which
// the generated code decodes by trying each variant). Built and run only when that spec exists.
//
//   bench-codec-openai --fixture Fixtures/response-4k.json [--reps 3]
import BenchSupport
import Foundation
import SOGOpenAITypes

let arguments = Arguments()
let repetitions = arguments.int("reps", default: 3)
let fixturePath = arguments.string("fixture", default: "Fixtures/response-4k.json")
guard let fixture = FileManager.default.contents(atPath: fixturePath) else { fail("cannot read \(fixturePath)") }
let decoder = JSONDecoder()

func line(_ fields: [(String, Any)]) {
    let body = fields.map { key, value -> String in
        switch value {
        case let number as Double: return "\"\(key)\":\(number.isFinite ? String(number) : "null")"
        default:
            let text = "\(value)".replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ")
            return "\"\(key)\":\"\(text.prefix(400))\""
        }
    }
    print("{" + body.joined(separator: ",") + "}")
}

// Decoding the 4 KB response.
do {
    _ = try decoder.decode(Components.Schemas.Response.self, from: fixture)
    var times: [Double] = []
    for _ in 0..<repetitions {
        times.append(try timePerCall(seconds: 0.25) {
            _ = try decoder.decode(Components.Schemas.Response.self, from: fixture)
            return 1
        })
    }
    let perCall = median(times)
    line([("name", "decode-sog-openai"), ("mbps", Double(fixture.count) / perCall / 1e6), ("us", perCall * 1e6)])
} catch {
    line([("name", "decode-sog-openai"), ("error", "\(error)")])
}

// Streaming the 5 MB of text deltas through swift-openapi-runtime into OpenAI's event union.
let (stream, eventCount) = textDeltaStream()
let streamChunks = chunks(stream).map { ArraySlice($0) }

struct ChunkSequence: AsyncSequence, Sendable {
    typealias Element = ArraySlice<UInt8>
    let chunks: [ArraySlice<UInt8>]
    struct AsyncIterator: AsyncIteratorProtocol {
        var iterator: IndexingIterator<[ArraySlice<UInt8>]>
        mutating func next() async throws -> ArraySlice<UInt8>? { iterator.next() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(iterator: chunks.makeIterator()) }
}

func endToEnd() async throws -> Int {
    let body = HTTPBody(ChunkSequence(chunks: streamChunks), length: .known(Int64(stream.count)), iterationBehavior: .single)
    var count = 0
    let events = body.asDecodedServerSentEventsWithJSONData(
        of: Components.Schemas.ResponseStreamEvent.self, while: { $0 != ArraySlice("[DONE]".utf8) })
    for try await event in events where event.data?.value38 != nil { count += 1 }
    return count
}

do {
    let seen = try await endToEnd()
    guard seen == eventCount else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "saw \(seen) of \(eventCount) events")) }
    var times: [Double] = []
    for _ in 0..<repetitions { times.append(try await timePerCall(seconds: 0.3, endToEnd)) }
    let perCall = median(times)
    line([("name", "e2e-sog-openai"), ("mbps", Double(stream.count) / perCall / 1e6), ("us", perCall * 1e6),
          ("events_per_s", Double(eventCount) / perCall)])
} catch {
    line([("name", "e2e-sog-openai"), ("error", "\(error)")])
}
