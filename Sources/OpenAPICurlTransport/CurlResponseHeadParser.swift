import OpenAPITransport
/// Assembles a response head from the lines libcurl hands to its header callback.
///
/// libcurl reports every header block it sees: interim `1xx` responses, then the final one, then
/// (for chunked bodies) trailers. Each status line starts a fresh head; the blank line after a
/// final (≥ 200) status completes it, and anything after that is ignored.
struct CurlResponseHeadParser {
    private var status: Int?
    private var fields: [HTTPFields.Field] = []
    /// Whether the final head has been completed (and returned once by `consume`).
    private(set) var isComplete = false
    /// Whether any response byte (header line) arrived; tells "connected but silent" from "sent nothing".
    private(set) var receivedAnything = false

    init() {}

    /// Feeds one raw header line, CRLF included. Returns the head exactly once, when its final block ends.
    mutating func consume(_ rawLine: UnsafeRawBufferPointer) -> HTTPResponseHead? {
        receivedAnything = true
        guard !isComplete else { return nil }
        var line = String(decoding: rawLine, as: UTF8.self)
        while let last = line.last, last == "\r\n" || last == "\n" || last == "\r" { line.removeLast() }

        if line.isEmpty {
            guard let status, status >= 200 else { return nil }  // interim 1xx: the real head follows
            isComplete = true
            return HTTPResponseHead(status: status, headers: HTTPFields(fields))
        }
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            status = parts.count >= 2 ? Int(parts[1]) : nil
            fields = []
            return nil
        }
        if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
            // obs-fold continuation line: part of the previous field's value.
            fields[fields.count - 1].value += " " + line.trimmingSpaces()
            return nil
        }
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = String(line[..<colon]).trimmingSpaces()
        let value = String(line[line.index(after: colon)...]).trimmingSpaces()
        fields.append(HTTPFields.Field(name: name, value: value))
        return nil
    }

    /// The head parsed so far, for a transfer that ended without a final blank line.
    var headSoFar: HTTPResponseHead? {
        status.map { HTTPResponseHead(status: $0, headers: HTTPFields(fields)) }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
