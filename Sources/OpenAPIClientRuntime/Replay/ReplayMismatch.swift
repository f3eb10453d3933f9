/// Why no recording answers a request, naming the closest one (used as the detail of the
/// `TransportError.invalidRequest` that `ReplayTransport` throws).
struct ReplayMismatch: CustomStringConvertible {
    let request: HTTPRequest
    let path: String
    let exchanges: [RecordedExchange]
    let used: Set<Int>

    var description: String {
        var text = "no recording matches \(request.method) \(path)"
        if let body = request.body { text += " with a \(body.count)-byte body" }
        guard let (index, exchange) = closest else { return text + "; the recording is empty" }
        text += "; closest is exchange \(exchange.number) (\(exchange.method) \(exchange.path)), "
        if ReplayTransport.matches(exchange, request, path: path), used.contains(index) {
            return text + "which matches but was already replayed (each recorded exchange answers once)"
        }
        return text + differences(from: exchange).joined(separator: ", ")
    }

    /// The exchange sharing the most with the request: method, then path, then the body's common prefix.
    private var closest: (Int, RecordedExchange)? {
        exchanges.enumerated().max { score($0.element, index: $0.offset) < score($1.element, index: $1.offset) }.map { ($0.offset, $0.element) }
    }

    private func score(_ exchange: RecordedExchange, index: Int) -> Int {
        var score = 0
        if exchange.method == request.method { score += 1 << 40 }
        if exchange.path == path { score += 1 << 39 }
        if !used.contains(index) { score += 1 << 38 }
        score += commonPrefix(exchange.requestBody ?? [], request.body ?? [])
        return score
    }

    private func differences(from exchange: RecordedExchange) -> [String] {
        var result: [String] = []
        if exchange.method != request.method { result.append("whose method is \(exchange.method)") }
        if exchange.path != path { result.append("whose path is \(exchange.path)") }
        let recorded = MultipartBoundary.normalized(exchange.requestBody, contentType: exchange.requestHeaders["Content-Type"]) ?? []
        let sent = MultipartBoundary.normalized(request.body, contentType: request.headers["Content-Type"]) ?? []
        if !ReplayTransport.bodiesMatch(recorded, sent) {
            let at = commonPrefix(recorded, sent)
            result.append("whose body differs from byte \(at): recorded \(snippet(recorded, at)), sent \(snippet(sent, at))")
        }
        return result
    }

    private func commonPrefix(_ left: [UInt8], _ right: [UInt8]) -> Int {
        zip(left, right).prefix { $0 == $1 }.count
    }

    private func snippet(_ bytes: [UInt8], _ offset: Int) -> String {
        guard offset < bytes.count else { return "(end of body)" }
        let part = String(decoding: bytes[offset..<min(bytes.count, offset + 40)], as: UTF8.self)
        return "\"" + part + (bytes.count > offset + 40 ? "…" : "") + "\""
    }
}
