// libFuzzer target: the SSE parser and the decoding of stream events.
//
// Compiled by Tests/Fuzz/Makefile into one module with Sources/Infercom's sources (hence no
// `import Infercom`), linked against an instrumented OpenAPIClientRuntime. Properties checked:
// - chunk-split invariance: the events (and reconnection time) parsed from the stream in one piece
//   equal those parsed from the same bytes split at fuzzer-chosen points, and fed byte by byte;
// - the client's JSONTapeDecoder and Foundation's JSONDecoder agree on every event's data (as
//   JSONValue and as ResponseStreamEvent);
// - decode/encode round trip: an event whose data decodes as `ResponseStreamEvent` encodes, and
//   the encoding decodes to an equal value and re-encodes to the same bytes.
//
// Input layout (so the fuzzer chooses the split points, and a plain SSE transcript stays a valid
// input): the last byte `c` is a trailer; `c & 0x0F` is the number of split points, each a
// little-endian UInt16 just before it (taken modulo the stream's length + 1), and `c & 0x80` adds
// a byte-by-byte feed. Everything before the split points is the stream. An input too short for
// its trailer is all stream, unsplit.

import Foundation
import OpenAPIClientRuntime

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEventStream(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let (stream, splits, byteByByte) = layout(input)

    let whole = parse([stream[...]])
    var chunks: [ArraySlice<UInt8>] = []
    var start = 0
    for split in splits {
        chunks.append(stream[start..<split])
        start = split
    }
    chunks.append(stream[start...])
    let split = parse(chunks)
    if split != whole {
        fatalError("events differ when the stream is split at \(splits):\n\(whole)\nvs\n\(split)")
    }
    if byteByByte {
        let single = parse(stream.indices.map { stream[$0...$0] })
        if single != whole { fatalError("events differ when the stream is fed byte by byte:\n\(whole)\nvs\n\(single)") }
    }

    for event in whole.events {
        roundTrip(event.data)
    }
    return 0
}

private struct Parsed: Equatable, CustomStringConvertible {
    var events: [ServerSentEvent]
    var reconnectionTime: Int?
    var description: String { "\(events.map { "\($0)" }.joined(separator: "\n")) retry=\(String(describing: reconnectionTime))" }
}

private func parse(_ chunks: [ArraySlice<UInt8>]) -> Parsed {
    var parser = ServerSentEventParser()
    var events: [ServerSentEvent] = []
    for chunk in chunks {
        events += parser.feed(chunk)
    }
    parser.finish()
    return Parsed(events: events, reconnectionTime: parser.reconnectionTime)
}

private func layout(_ input: UnsafeBufferPointer<UInt8>) -> (stream: [UInt8], splits: [Int], byteByByte: Bool) {
    guard let trailer = input.last else { return ([], [], false) }
    let count = Int(trailer & 0x0F)
    let trailerLength = 1 + 2 * count
    guard input.count >= trailerLength else { return (Array(input), [], false) }
    let stream = Array(input[..<(input.count - trailerLength)])
    var splits: [Int] = []
    var offset = input.count - trailerLength
    for _ in 0..<count {
        let value = Int(input[offset]) | Int(input[offset + 1]) << 8
        splits.append(value % (stream.count + 1))
        offset += 2
    }
    return (stream, splits.sorted(), trailer & 0x80 != 0)
}

/// A JSON value whose numbers compare by value (`.integer(1)` as `.number(1)`).
private func numbersByValue(_ value: JSONValue) -> JSONValue {
    switch value {
    case .integer(let integer): .number(Double(integer))
    case .array(let elements): .array(elements.map(numbersByValue))
    case .object(let members): .object(members.mapValues(numbersByValue))
    default: value
    }
}

/// Encodes as the client does (`JSONCoding`), with sorted keys so that two encodings compare as bytes.
private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
}()

private func roundTrip(_ data: String) {
    // The client's decoder and Foundation's must read every event alike: the same value, or both
    // reject it. Two differences are by design (see JSONTapeDecoder): numbers compare by value
    // (JSONDecoder truncates some non-integral numbers into integers, rejects underflow), and the
    // tape validates the whole document first, where JSONDecoder never looks at what nobody decodes
    // (a member's string, the second value of a duplicate key): so once the tape finds the bytes
    // are not JSON, JSONDecoder is no oracle (the unit tests check the parser against fully read
    // documents instead).
    let bytes = Array(data.utf8)
    let tapeValue: JSONValue?
    do {
        tapeValue = try JSONTapeDecoder().decode(JSONValue.self, from: bytes)
    } catch {
        if case .dataCorrupted(let context)? = error as? DecodingError, context.underlyingError is JSONSyntaxError { return }
        tapeValue = nil
    }
    let foundationValue = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    if tapeValue.map(numbersByValue) != foundationValue.map(numbersByValue) {
        fatalError("JSONTapeDecoder and JSONDecoder read \(data.debugDescription) differently as JSONValue")
    }
    let tapeEvent = try? JSONTapeDecoder().decode(ResponseStreamEvent.self, from: bytes)
    // Typed events must agree whenever both read the document as the same JSON value.
    if tapeValue != nil, tapeValue == foundationValue,
       tapeEvent != (try? JSONDecoder().decode(ResponseStreamEvent.self, from: Data(bytes))) {
        fatalError("JSONTapeDecoder and JSONDecoder read \(data.debugDescription) differently as ResponseStreamEvent")
    }
    guard let decoded = tapeEvent else { return }
    let encoded: Data
    do {
        encoded = try encoder.encode(decoded)
    } catch {
        fatalError("a decoded event does not encode: \(error)\n\(decoded)")
    }
    let again: ResponseStreamEvent
    do {
        again = try JSONTapeDecoder().decode(ResponseStreamEvent.self, from: encoded)
    } catch {
        fatalError("an encoded event does not decode: \(error)\n\(String(decoding: encoded, as: UTF8.self))")
    }
    if again != decoded {
        fatalError("decode → encode → decode changed the event:\n\(decoded)\nvs\n\(again)")
    }
    let reencoded = try? encoder.encode(again)
    if reencoded != encoded {
        fatalError("re-encoding changed the bytes:\n\(String(decoding: encoded, as: UTF8.self))")
    }
}
