/// Splits a `text/event-stream` byte stream into events, following the WHATWG rules
/// (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
///
/// A pure state machine: feed it chunks of any size, in order, and it returns the events each
/// chunk completes. Lines are found with `memchr` and field values are copied as slices, so no
/// work is done per byte and no `String` is built before an event is dispatched.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for chunk in chunks { events += parser.feed(chunk) }
/// if let cutOff = parser.finish() { report(cutOff) }  // an event the stream's end cut off
/// ```
public struct ServerSentEventParser: Sendable {
    /// The reconnection time (ms) from the most recent valid `retry` field, if any.
    public private(set) var reconnectionTime: Int?

    /// Bytes of a line whose end has not arrived yet (also a partial BOM at the stream start).
    private var partialLine: [UInt8] = []
    /// The previous chunk ended with CR, so an LF starting the next chunk ends no new line.
    private var skipLeadingLF = false
    private var atStreamStart = true

    // The event being assembled.
    private var dataBuffer: [UInt8] = []
    private var hasData = false
    private var eventType: [UInt8] = []
    private var eventRetry: Int?
    private var lastEventID: String?

    /// Streams repeat a handful of event names; reusing the last `String` avoids an allocation per event.
    private var cachedTypeBytes: [UInt8] = []
    private var cachedType: String?

    public init() {}

    /// Parses `bytes` and returns the events it completes.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            feed(UnsafeRawBufferPointer(buffer), into: &events)
        }
        if handled == nil {
            Array(bytes).withUnsafeBytes { feed($0, into: &events) }
        }
        return events
    }

    /// Parses `chunk` and appends the events it completes to `events`.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, into events: inout [ServerSentEvent]) {
        guard let raw = chunk.baseAddress, !chunk.isEmpty else { return }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let end = chunk.count
        var position = 0

        if atStreamStart {
            position = skipByteOrderMark(base, end)
            if atStreamStart { return }  // still inside a possible BOM
        }
        if skipLeadingLF {
            skipLeadingLF = false
            if position < end, base[position] == 0x0A { position += 1 }
        }

        var scanner = LineEndScanner(base: base, count: end)
        if !partialLine.isEmpty, position < end {
            guard let lineEnd = scanner.lineEnd(from: position) else {
                partialLine.append(contentsOf: UnsafeBufferPointer(start: base + position, count: end - position))
                return
            }
            partialLine.append(contentsOf: UnsafeBufferPointer(start: base + position, count: lineEnd - position))
            // Swap the buffer out: the line is read while `self` is mutated.
            var line: [UInt8] = []
            swap(&line, &partialLine)
            line.withUnsafeBytes { processLine($0, into: &events) }
            line.removeAll(keepingCapacity: true)
            swap(&line, &partialLine)
            position = next(after: lineEnd, base, end)
        }

        while position < end {
            guard let lineEnd = scanner.lineEnd(from: position) else {
                partialLine.append(contentsOf: UnsafeBufferPointer(start: base + position, count: end - position))
                return
            }
            processLine(UnsafeRawBufferPointer(start: base + position, count: lineEnd - position), into: &events)
            position = next(after: lineEnd, base, end)
        }
    }

    /// Ends the stream. An unterminated event is not dispatched, as the standard requires, but
    /// its text is returned so the caller can report it instead of losing it silently.
    ///
    /// - Returns: The event that had begun but was not ended by a blank line: its `event` and
    ///   `data` fields as lines (`event: …`, `data: …`), then any unfinished last line as received;
    ///   `nil` when the stream ended between events (comments, `id` and `retry` lines alone are no event).
    ///
    /// The parser can then read a new stream; the last event ID and reconnection time are kept.
    @discardableResult
    public mutating func finish() -> String? {
        let unterminated = unterminatedEvent()
        partialLine.removeAll(keepingCapacity: true)
        skipLeadingLF = false
        atStreamStart = true
        resetEvent()
        return unterminated
    }

    /// The text of the event being assembled plus the unfinished line; `nil` if there is neither.
    private func unterminatedEvent() -> String? {
        var lines: [String] = []
        if !eventType.isEmpty { lines.append("event: " + String(decoding: eventType, as: UTF8.self)) }
        if hasData {
            for line in dataBuffer.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lines.append("data: " + String(decoding: line, as: UTF8.self))
            }
        }
        // A partial byte-order mark (still at the stream start) or a comment is no event content.
        if !atStreamStart, let first = partialLine.first, first != UInt8(ascii: ":") {
            lines.append(String(decoding: partialLine, as: UTF8.self))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    // MARK: - Lines

    /// The offset after the line end at `lineEnd`, treating CRLF as one line end, even across chunks.
    private mutating func next(after lineEnd: Int, _ base: UnsafePointer<UInt8>, _ end: Int) -> Int {
        guard base[lineEnd] == 0x0D else { return lineEnd + 1 }
        if lineEnd + 1 == end {
            skipLeadingLF = true
            return end
        }
        return base[lineEnd + 1] == 0x0A ? lineEnd + 2 : lineEnd + 1
    }

    /// Skips a UTF-8 BOM at the very start, which may arrive split over several chunks.
    /// Returns where the content starts; keeps `atStreamStart` set while undecided.
    private mutating func skipByteOrderMark(_ base: UnsafePointer<UInt8>, _ end: Int) -> Int {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var index = 0
        while partialLine.count < 3, index < end, base[index] == bom[partialLine.count] {
            partialLine.append(base[index])
            index += 1
        }
        if partialLine.count == 3 {
            partialLine.removeAll(keepingCapacity: true)
            atStreamStart = false
        } else if index < end {
            // Not a BOM: any bytes held back are ordinary content of the first line.
            atStreamStart = false
        }
        return index
    }

    private mutating func processLine(_ line: UnsafeRawBufferPointer, into events: inout [ServerSentEvent]) {
        guard let first = line.first else { return dispatch(into: &events) }
        if first == UInt8(ascii: ":") { return }  // comment

        let count = line.count
        let base = line.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let colon = LineEndScanner.find(UInt8(ascii: ":"), in: base, from: 0, to: count)
        var valueStart = min(colon + 1, count)
        if valueStart < count, base[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let value = UnsafeRawBufferPointer(start: base + valueStart, count: count - valueStart)
        let name = UnsafeRawBufferPointer(start: base, count: colon)

        switch Self.fieldKey(name) {
        case Self.dataKey:
            if hasData { dataBuffer.append(0x0A) }
            dataBuffer.append(contentsOf: value)
            hasData = true
        case Self.eventKey:
            if !eventType.isEmpty { eventType.removeAll(keepingCapacity: true) }
            eventType.append(contentsOf: value)
        case Self.idKey:
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case Self.retryKey:
            if let milliseconds = Self.parseDigits(value) {
                eventRetry = milliseconds
                reconnectionTime = milliseconds
            }
        default:
            break  // unknown fields are ignored
        }
    }

    // Field names packed into an integer (first byte lowest), so matching one is a single compare.
    private static let dataKey = fieldKey("data")
    private static let eventKey = fieldKey("event")
    private static let idKey = fieldKey("id")
    private static let retryKey = fieldKey("retry")

    /// The bytes of a name of at most 7 bytes, plus its length in the top byte; 0 for longer names.
    private static func fieldKey(_ name: UnsafeRawBufferPointer) -> UInt64 {
        guard name.count < 8 else { return 0 }
        var key = UInt64(name.count) << 56
        for (index, byte) in name.enumerated() { key |= UInt64(byte) << (index * 8) }
        return key
    }

    private static func fieldKey(_ name: StaticString) -> UInt64 {
        fieldKey(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    // MARK: - Events

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer { resetEvent() }
        guard hasData else { return }  // no data field: nothing to dispatch
        events.append(
            ServerSentEvent(
                event: eventName(),
                data: String(decoding: dataBuffer, as: UTF8.self),
                id: lastEventID,
                retry: eventRetry))
    }

    private mutating func eventName() -> String? {
        if eventType.isEmpty { return nil }
        if let cachedType, eventType == cachedTypeBytes { return cachedType }
        let name = String(decoding: eventType, as: UTF8.self)
        cachedTypeBytes.removeAll(keepingCapacity: true)
        cachedTypeBytes.append(contentsOf: eventType)
        cachedType = name
        return name
    }

    private mutating func resetEvent() {
        // `removeAll(keepingCapacity:)` is not free; most lines leave one of the buffers empty.
        if !dataBuffer.isEmpty { dataBuffer.removeAll(keepingCapacity: true) }
        if !eventType.isEmpty { eventType.removeAll(keepingCapacity: true) }
        hasData = false
        eventRetry = nil
    }

    /// A non-empty run of ASCII digits as an `Int`; `nil` for anything else or on overflow.
    private static func parseDigits(_ value: UnsafeRawBufferPointer) -> Int? {
        guard !value.isEmpty else { return nil }
        var result = 0
        for byte in value {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            result = sum
        }
        return result
    }
}
