/// Splits a recorded `text/event-stream` body into events the way the WHATWG rules (and the
/// runtime's `ServerSentEventParser`) do, keeping where each event starts so a finding can name
/// its recording line.
public struct RecordedEvent: Sendable, Equatable {
    /// The `event:` field, if any.
    public var name: String?
    /// The `data:` lines joined with line feeds.
    public var data: String
    /// The byte offset of the event's first line in the body.
    public var offset: Int
    /// Its position among the stream's events, from 0.
    public var index: Int
}

public enum EventStreamSplitter {
    /// The dispatched events, and whether the body ends inside an event (text after the last blank line).
    public static func events(in body: [UInt8]) -> (events: [RecordedEvent], unterminatedAt: Int?) {
        var events: [RecordedEvent] = []
        var name: String?
        var data: [String] = []
        var eventStart: Int?
        var position = 0
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while position < body.count {
            let lineStart = position
            var lineEnd = position
            while lineEnd < body.count, body[lineEnd] != 0x0A, body[lineEnd] != 0x0D { lineEnd += 1 }
            guard lineEnd < body.count else {
                // No line break after the last line: the event never ended.
                return (events, eventStart ?? lineStart)
            }
            position = lineEnd + 1
            if body[lineEnd] == 0x0D, position < body.count, body[position] == 0x0A { position += 1 }
            let line = String(decoding: body[lineStart..<lineEnd], as: UTF8.self)
            if line.isEmpty {
                if !data.isEmpty, let start = eventStart {
                    events.append(RecordedEvent(name: name, data: data.joined(separator: "\n"), offset: start, index: events.count))
                }
                (name, data, eventStart) = (nil, [], nil)
                continue
            }
            if line.hasPrefix(":") { continue }
            if eventStart == nil { eventStart = lineStart }
            var field = Substring(line)
            var value: Substring = ""
            if let colon = line.firstIndex(of: ":") {
                field = line[..<colon]
                value = line[line.index(after: colon)...]
                if value.hasPrefix(" ") { value = value.dropFirst() }
            }
            switch field {
            case "event": name = String(value)
            case "data": data.append(String(value))
            default: break  // `id`, `retry` and unknown fields do not change an event's content
            }
        }
        return (events, data.isEmpty && name == nil ? nil : eventStart)
    }
}
