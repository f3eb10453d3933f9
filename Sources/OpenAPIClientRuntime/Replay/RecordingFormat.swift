import Foundation

/// The text form of a recording: JSON Lines, one object per line, meant to be committed and diffed.
///
/// Each exchange is written as consecutive lines sharing its `exchange` number:
/// ```
/// {"exchange":1,"kind":"request","method":"POST","path":"/v1/responses","headers":[["Content-Type","application/json"],["Authorization","<redacted>"]],"text":"{…}"}
/// {"exchange":1,"kind":"response","ms":12.5,"status":200,"headers":[["Content-Type","text/event-stream"]]}
/// {"exchange":1,"kind":"chunk","ms":13.1,"text":"event: response.created\ndata: {…}\n\n"}
/// {"exchange":1,"kind":"end","ms":40.2}
/// ```
/// - `ms`: milliseconds since the request was handed to the transport.
/// - Bodies and chunks are `text` when they are valid UTF-8, else `base64`.
/// - A failed exchange ends with `"kind":"end"` and `"error"` (no `response` line if none arrived).
/// - `"format":1` on the request line is the version; readers reject other versions.
/// - Keys are sorted, so a re-recording diffs cleanly.
enum RecordingFormat {
    static let version = 1

    struct Line: Codable {
        var exchange: Int
        var kind: String
        var format: Int?
        var method: String?
        var path: String?
        var status: Int?
        var ms: Double?
        var headers: [[String]]?
        var text: String?
        var base64: String?
        var error: String?
    }

    static func lines(of exchange: RecordedExchange) -> [String] {
        var lines: [Line] = []
        var request = Line(exchange: exchange.number, kind: "request", format: version, method: exchange.method, path: exchange.path)
        request.headers = exchange.requestHeaders.map { [$0.name, $0.value] }
        if let body = exchange.requestBody { setBytes(body, of: &request) }
        lines.append(request)
        if let head = exchange.head {
            var line = Line(exchange: exchange.number, kind: "response", status: head.status, ms: milliseconds(head.offset))
            line.headers = head.headers.map { [$0.name, $0.value] }
            lines.append(line)
        }
        for chunk in exchange.chunks {
            var line = Line(exchange: exchange.number, kind: "chunk", ms: milliseconds(chunk.offset))
            setBytes(chunk.bytes, of: &line)
            lines.append(line)
        }
        var end = Line(exchange: exchange.number, kind: "end", ms: milliseconds(exchange.endOffset))
        end.error = exchange.failure
        lines.append(end)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return lines.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) }
    }

    /// The exchanges of a recording's text, in file order.
    static func exchanges(in text: String, source: String) throws -> [RecordedExchange] {
        var result: [RecordedExchange] = []
        var open: [Int: Int] = [:]  // exchange number → index in `result`
        let decoder = JSONDecoder()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineText = rawLine.trimmingCharacters(in: .whitespaces)
            if lineText.isEmpty { continue }
            func failure(_ message: String) -> RecordingFormatError { RecordingFormatError(source: source, line: index + 1, message: message) }
            guard let line = try? decoder.decode(Line.self, from: Data(lineText.utf8)) else { throw failure("not a recording line (JSON with `exchange` and `kind`)") }
            guard let bytes = bytes(of: line) else { throw failure("`base64` is not valid base64") }
            if line.kind == "request" {
                guard line.format == version else { throw failure("format \(line.format.map(String.init) ?? "missing"), expected \(version)") }
                guard let method = line.method, let path = line.path else { throw failure("a request needs `method` and `path`") }
                open[line.exchange] = result.count
                result.append(RecordedExchange(
                    number: line.exchange, method: method, path: path, requestHeaders: fields(line.headers),
                    requestBody: line.text == nil && line.base64 == nil ? nil : bytes, head: nil))
                continue
            }
            guard let position = open[line.exchange] else { throw failure("exchange \(line.exchange) has no request line before it") }
            let offset = Duration.microseconds(Int64(((line.ms ?? 0) * 1000).rounded()))
            switch line.kind {
            case "response":
                guard let status = line.status else { throw failure("a response needs `status`") }
                result[position].head = .init(status: status, headers: fields(line.headers), offset: offset)
            case "chunk":
                result[position].chunks.append(.init(offset: offset, bytes: bytes))
            case "end":
                result[position].endOffset = offset
                result[position].failure = line.error
                open[line.exchange] = nil
            default:
                throw failure("unknown kind '\(line.kind)'")
            }
        }
        if let unfinished = open.keys.min() {
            throw RecordingFormatError(source: source, line: nil, message: "exchange \(unfinished) has no end line")
        }
        return result
    }

    private static func setBytes(_ bytes: [UInt8], of line: inout Line) {
        if let text = String(validating: bytes, as: UTF8.self) { line.text = text } else { line.base64 = Data(bytes).base64EncodedString() }
    }

    /// The line's bytes (empty when it has none); `nil` when its base64 is invalid.
    private static func bytes(of line: Line) -> [UInt8]? {
        if let text = line.text { return Array(text.utf8) }
        guard let base64 = line.base64 else { return [] }
        return Data(base64Encoded: base64).map { [UInt8]($0) }
    }

    private static func fields(_ pairs: [[String]]?) -> HTTPFields {
        HTTPFields((pairs ?? []).compactMap { $0.count == 2 ? HTTPFields.Field(name: $0[0], value: $0[1]) : nil })
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
    }
}

/// A recording file that cannot be read.
public struct RecordingFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { "\(source)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

extension RecordedExchange {
    /// `exchanges` as recording text (JSON Lines, see `RecordingTransport`), ending with a newline:
    /// for writing fixtures built in code. `ReplayTransport(recording:)` reads it back.
    public static func recording(of exchanges: [RecordedExchange]) -> String {
        exchanges.flatMap(RecordingFormat.lines).map { $0 + "\n" }.joined()
    }

    /// The exchanges of recording text, in file order; `source` names it in errors.
    public static func exchanges(inRecording text: String, source: String = "recording") throws(RecordingFormatError) -> [RecordedExchange] {
        do {
            return try RecordingFormat.exchanges(in: text, source: source)
        } catch let error as RecordingFormatError {
            throw error
        } catch {
            throw RecordingFormatError(source: source, line: nil, message: "\(error)")
        }
    }
}
