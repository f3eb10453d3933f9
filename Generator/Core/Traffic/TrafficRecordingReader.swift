/// Reads recordings in the replay transport's JSON Lines format (format 1): per exchange a
/// `request` line, an optional `response` line, `chunk` lines and an `end` line, sharing the
/// `exchange` number. Anything else is an error located at its line: a recording that cannot be
/// read completely is not checked partially.
public enum TrafficRecordingReader {
    public static let supportedFormat = 1

    public static func exchanges(inRecording text: String, file: String) throws(DiagnosticError) -> [TrafficExchange] {
        var result: [TrafficExchange] = []
        var open: [Int: Int] = [:]  // exchange number → index in `result`
        var lineNumber = 0
        // Split as bytes: splitting by `Character` would segment graphemes across megabytes of text.
        for rawLine in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let location = SourceLocation(file: file, line: lineNumber, column: 1)
            func failure(_ message: String) -> DiagnosticError { DiagnosticError(.error(message, at: location)) }
            if rawLine.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: JSONValue
            do {
                record = try JSONParser.parse(Array(rawLine))
            } catch {
                // Located at the offending character (columns count scalars, as the renderer's caret does).
                let column = String(decoding: rawLine.prefix(error.offset), as: UTF8.self).unicodeScalars.count + 1
                throw DiagnosticError(.error(
                    "not a recording line: \(error.message)", at: SourceLocation(file: file, line: lineNumber, column: column)))
            }
            guard case .number(let numberValue)? = record["exchange"], numberValue.isInteger,
                  let number = Int(exactly: numberValue.value), let kind = record["kind"]?.stringValue
            else { throw failure("not a recording line (a JSON object with an integer `exchange` and a `kind`)") }
            let bytes = try body(of: record, failure: failure)
            if kind == "request" {
                guard case .number(let format)? = record["format"], format.value == Double(supportedFormat) else {
                    throw failure("unsupported recording format (expected \"format\":\(supportedFormat) on each request line)")
                }
                guard let method = record["method"]?.stringValue, let path = record["path"]?.stringValue else {
                    throw failure("a request line needs `method` and `path`")
                }
                guard open[number] == nil else { throw failure("exchange \(number) starts again before its end line") }
                open[number] = result.count
                result.append(TrafficExchange(
                    file: file, number: number, requestLine: lineNumber, method: method, path: path,
                    requestHeaders: try fields(record["headers"], failure: failure),
                    requestBody: record["text"] == nil && record["base64"] == nil ? nil : bytes))
                continue
            }
            guard let index = open[number] else { throw failure("exchange \(number) has no request line before this line") }
            switch kind {
            case "response":
                guard case .number(let status)? = record["status"], status.isInteger, let code = Int(exactly: status.value) else {
                    throw failure("a response line needs an integer `status`")
                }
                guard result[index].response == nil else { throw failure("exchange \(number) has a second response line") }
                result[index].response = .init(status: code, headers: try fields(record["headers"], failure: failure), line: lineNumber)
            case "chunk":
                guard result[index].response != nil else { throw failure("exchange \(number) has a chunk before its response line") }
                result[index].chunkStarts.append((result[index].body.count, lineNumber))
                result[index].body += bytes
            case "end":
                result[index].failure = record["error"]?.stringValue
                open[number] = nil
            default:
                throw failure("unknown record kind '\(kind)' (expected request, response, chunk or end)")
            }
        }
        if let unfinished = open.min(by: { $0.value < $1.value }) {
            let exchange = result[unfinished.value]
            throw DiagnosticError(.error(
                "exchange \(unfinished.key) has no end line (a recording cut short)",
                at: SourceLocation(file: file, line: exchange.requestLine, column: 1)))
        }
        return result
    }

    private static func body(of record: JSONValue, failure: (String) -> DiagnosticError) throws(DiagnosticError) -> [UInt8] {
        if let text = record["text"] {
            guard let string = text.stringValue else { throw failure("`text` must be a string") }
            return Array(string.utf8)
        }
        guard let base64 = record["base64"] else { return [] }
        guard let string = base64.stringValue, let bytes = Base64.decode(string) else { throw failure("`base64` is not valid base64") }
        return bytes
    }

    private static func fields(_ value: JSONValue?, failure: (String) -> DiagnosticError) throws(DiagnosticError) -> [TrafficExchange.Field] {
        guard let value else { return [] }
        guard case .array(let pairs) = value else { throw failure("`headers` must be a list of [name, value] pairs") }
        var result: [TrafficExchange.Field] = []
        for pair in pairs {
            guard case .array(let parts) = pair, parts.count == 2, let name = parts[0].stringValue, let text = parts[1].stringValue else {
                throw failure("`headers` must be a list of [name, value] pairs")
            }
            result.append(.init(name: name, value: text))
        }
        return result
    }
}
