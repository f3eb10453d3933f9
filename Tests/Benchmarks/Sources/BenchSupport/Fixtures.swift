// Inputs shared by the codec benchmarks: the 5 MB text-delta stream and timing loops.
import Foundation

/// A `text/event-stream` body of `response.output_text.delta` events (as OpenAI and Infercom send
/// them: an `event:` line, a `data:` line, a blank line) adding up to about `targetBytes`, ending
/// with `data: [DONE]`. Every event carries the fields both our spec and OpenAI's require.
public func textDeltaStream(targetBytes: Int = 5 << 20) -> (bytes: [UInt8], events: Int) {
    let words = [" The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", ".", " Under",
                 " a", " moonlit", " canopy", ",", " an", " owl", " named", " Pip", " counted", " stars",
                 " until", " morning", " came", " —", " then", " slept", " soundly", "!", "\\n"]
    var text = ""
    text.reserveCapacity(targetBytes + 512)
    var sequence = 0
    while text.utf8.count < targetBytes {
        let word = words[sequence % words.count]
        text += "event: response.output_text.delta\n"
        text += #"data: {"type":"response.output_text.delta","sequence_number":\#(sequence),"#
        text += #""item_id":"msg_c1eb06dccbc64f469533bb51be664a9e","output_index":1,"content_index":0,"#
        text += #""delta":"\#(word)","logprobs":[]}"#
        text += "\n\n"
        sequence += 1
    }
    text += "data: [DONE]\n\n"
    return (Array(text.utf8), sequence)
}

/// The same stream as the typed client expects a complete one to end: its terminal event
/// (`response.completed`) before `data: [DONE]`; without it the client reports an early end.
public func completeTextDeltaStream(targetBytes: Int = 5 << 20) -> (bytes: [UInt8], events: Int) {
    var (bytes, events) = textDeltaStream(targetBytes: targetBytes)
    bytes.removeLast("data: [DONE]\n\n".utf8.count)
    let completed = "event: response.completed\n"
        + #"data: {"type":"response.completed","sequence_number":\#(events),"response":{"id":"resp_bench","#
        + #""object":"response","created_at":0,"status":"completed","model":"gpt-oss-120b","output":[],"usage":null}}"#
        + "\n\ndata: [DONE]\n\n"
    bytes += Array(completed.utf8)
    return (bytes, events + 1)
}

/// Splits `bytes` into chunks of `size` (libcurl hands its write callback at most 16 KB).
public func chunks(_ bytes: [UInt8], size: Int = 16384) -> [[UInt8]] {
    stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
}

/// Runs `body` repeatedly for about `seconds` and returns the time per call in seconds (after a
/// short warm-up). `body` returns a value that is kept alive so the work is not optimized away.
public func timePerCall(seconds budget: Double, _ body: () throws -> Int) rethrows -> Double {
    var sink = 0
    for _ in 0..<3 { sink &+= try body() }
    var calls = 0
    let start = nowSeconds()
    var elapsed = 0.0
    repeat {
        for _ in 0..<8 { sink &+= try body() }
        calls += 8
        elapsed = nowSeconds() - start
    } while elapsed < budget
    blackHole(sink)
    return elapsed / Double(calls)
}

public func timePerCall(seconds budget: Double, _ body: () async throws -> Int) async rethrows -> Double {
    var sink = 0
    sink &+= try await body()
    var calls = 0
    let start = nowSeconds()
    var elapsed = 0.0
    repeat {
        sink &+= try await body()
        calls += 1
        elapsed = nowSeconds() - start
    } while elapsed < budget
    blackHole(sink)
    return elapsed / Double(calls)
}

@inline(never)
public func blackHole(_ value: Int) {
    if value == 0x5EED_F00D { print("") }
}

/// Median of `repetitions` measurements of `measure`.
public func medianOf(_ repetitions: Int, _ measure: () throws -> Double) rethrows -> Double {
    var values: [Double] = []
    for _ in 0..<repetitions { values.append(try measure()) }
    return median(values)
}

public func medianOf(_ repetitions: Int, _ measure: () async throws -> Double) async rethrows -> Double {
    var values: [Double] = []
    for _ in 0..<repetitions { values.append(try await measure()) }
    return median(values)
}

/// A hand-written splitter: the `data:` payload of each event, by scanning for "\n\n".
@inline(__always)
public func forEachDataPayload(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
    let count = bytes.count
    var start = 0
    while start < count {
        guard let found = findBlankLine(in: base + start, count: count - start) else { return }
        let end = start + found
        // The data line is the last line of the event.
        var lineStart = end - 1
        while lineStart > start, base[lineStart - 1] != 0x0A { lineStart -= 1 }
        if end - lineStart > 6, base[lineStart] == UInt8(ascii: "d") {
            try body(UnsafeRawBufferPointer(start: base + lineStart + 6, count: end - lineStart - 6))
        }
        start = end + 2
    }
}
