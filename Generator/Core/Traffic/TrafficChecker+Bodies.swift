/// Bodies: the content type against the documented media types, then JSON documents and event
/// streams against their schemas.
extension TrafficChecker {
    func checkBody(
        _ body: [UInt8], contentType: String?, content: [MediaType], contentPointer: String, location: SourceLocation,
        exchange: TrafficExchange, isResponse: Bool, expectsBody: Bool = false, into report: inout TrafficReport
    ) {
        let part = isResponse ? "response body" : "request body"
        let line = isResponse ? exchange.line(ofBodyOffset: 0) : exchange.requestLine
        func add(_ kind: TrafficFinding.Kind, _ pointer: String, _ message: String, key: String) {
            let finding = TrafficFinding(kind: kind, severity: .breaking, pointer: pointer, specLocation: location, message: message, key: key)
            report.add(finding, example: example(exchange, line: line, part: part))
        }
        if body.isEmpty {
            if expectsBody, !content.isEmpty { add(.malformedBody, contentPointer, "the \(part) is empty", key: "empty") }
            return
        }
        guard let contentType else {
            if !content.isEmpty { add(.undocumentedContentType, contentPointer, "the \(part) has no Content-Type", key: "") }
            return
        }
        let mediaType = Self.mediaType(contentType)
        guard let media = Self.media(for: mediaType, in: content) else {
            add(.undocumentedContentType, contentPointer + "/" + SchemaValidator.escape(mediaType),
                "content type '\(SpecText.visible(mediaType))' is not documented for this \(isResponse ? "response" : "request")", key: mediaType)
            return
        }
        let mediaPointer = contentPointer + "/" + SchemaValidator.escape(media.contentType)
        guard let text = String(validating: body, as: UTF8.self) else {
            if Self.isJSON(mediaType) || mediaType == "text/event-stream" { add(.malformedBody, mediaPointer, "the \(part) is not UTF-8", key: "utf8") }
            return
        }
        if mediaType == "text/event-stream" {
            checkEvents(body, media: media, mediaPointer: mediaPointer, exchange: exchange, into: &report)
        } else if Self.isJSON(mediaType) {
            let value: JSONValue
            do {
                value = try JSONParser.parse(text)
            } catch {
                // A body cut short by a transport failure is not the server's JSON.
                if isResponse, exchange.failure != nil { return }
                add(.malformedBody, mediaPointer, "the \(part) is not JSON: \(error.message)", key: "json")
                return
            }
            guard let schema = media.schema else { return }
            var issues: [SchemaValidator.Issue] = []
            validator.validate(value, against: schema, at: .init(), into: &issues)
            for issue in issues {
                report.add(issue.finding, example: example(exchange, line: line, part: part, instancePath: issue.instancePath))
            }
        }
    }

    func checkEvents(_ body: [UInt8], media: MediaType, mediaPointer: String, exchange: TrafficExchange, into report: inout TrafficReport) {
        let (events, unterminatedAt) = EventStreamSplitter.events(in: body)
        for event in events {
            let line = exchange.line(ofBodyOffset: event.offset)
            let part = "event \(event.index)" + (event.name.map { " (\(SpecText.visible($0)))" } ?? "")
            let value: JSONValue
            do {
                value = try JSONParser.parse(event.data)
            } catch {
                let finding = TrafficFinding(
                    kind: .malformedBody, severity: .breaking, pointer: mediaPointer, specLocation: media.location,
                    message: "event data is not JSON: \(error.message)", key: "event-json")
                report.add(finding, example: example(exchange, line: line, part: part))
                continue
            }
            guard let schema = media.schema else { continue }
            var issues: [SchemaValidator.Issue] = []
            validator.validate(value, against: schema, at: .init(isEventRoot: true), into: &issues)
            for issue in issues {
                report.add(issue.finding, example: example(exchange, line: line, part: part, instancePath: issue.instancePath))
            }
        }
        if exchange.failure == nil, unterminatedAt == nil {
            checkTerminalEvent(events, media: media, mediaPointer: mediaPointer, exchange: exchange, into: &report)
        }
        // A stream cut inside an event is only the server's doing when the transport did not fail.
        if let offset = unterminatedAt, exchange.failure == nil {
            let finding = TrafficFinding(
                kind: .malformedBody, severity: .breaking, pointer: mediaPointer, specLocation: media.location,
                message: "the stream ends inside an event (no blank line after its last field)", key: "unterminated")
            report.add(finding, example: example(exchange, line: exchange.line(ofBodyOffset: offset), part: "response body"))
        }
    }

    /// `x-stream-terminal-events` lists the event types a complete stream ends with; the bindings
    /// throw `.streamEndedEarly` for a stream that ends otherwise, so one the server finished that
    /// way (the transport did not fail) is breaking.
    func checkTerminalEvent(
        _ events: [RecordedEvent], media: MediaType, mediaPointer: String, exchange: TrafficExchange, into report: inout TrafficReport
    ) {
        guard let terminal = media.extensions["x-stream-terminal-events"]?.sequenceElements?.compactMap(\.stringValue),
              !terminal.isEmpty else { return }
        let lastType = events.last.flatMap { try? JSONParser.parse($0.data) }?["type"]?.stringValue
        if let lastType, terminal.contains(lastType) { return }
        let ending = lastType.map { "with '\(SpecText.visible($0))'" } ?? "without an event"
        let finding = TrafficFinding(
            kind: .missingTerminalEvent, severity: .breaking, pointer: mediaPointer + "/x-stream-terminal-events",
            specLocation: media.location, message: "the stream ends \(ending), not with one of \(terminal.joined(separator: ", "))",
            key: lastType ?? "")
        let offset = events.last?.offset ?? 0
        report.add(finding, example: example(exchange, line: exchange.line(ofBodyOffset: offset), part: "response body"))
    }

    /// `text/event-stream` of `Text/Event-Stream; charset=utf-8`.
    static func mediaType(_ header: String) -> String {
        String(header.prefix { $0 != ";" }).trimmingWhitespace.lowercased()
    }

    /// The documented media type for `mediaType`: exact, then `type/*`, then `*/*`.
    static func media(for mediaType: String, in content: [MediaType]) -> MediaType? {
        let wildcard = String(mediaType.prefix { $0 != "/" }) + "/*"
        return content.first { $0.contentType.lowercased() == mediaType }
            ?? content.first { $0.contentType.lowercased() == wildcard }
            ?? content.first { $0.contentType == "*/*" }
    }

    static func isJSON(_ mediaType: String) -> Bool {
        mediaType == "application/json" || mediaType.hasSuffix("+json")
    }
}
