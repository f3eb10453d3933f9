import Glibc

/// Reads HTTP/1.1 requests (request line, headers, Content-Length body) off one connection.
struct HTTPRequestReader {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    /// The next request, or `nil` when the peer closed the connection or sent something unparsable.
    mutating func next(connection: Int) -> RecordedRequest? {
        guard let headEnd = readUntilHeadEnd() else { return nil }
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard requestLine.count == 3 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            headers.append((String(line[..<colon]), value))
        }
        var request = RecordedRequest(
            method: requestLine[0], path: requestLine[1], version: requestLine[2],
            headers: headers, body: [], connection: connection)
        let length = Int(request.header("Content-Length") ?? "0") ?? 0
        guard fill(atLeast: length) else { return nil }
        request.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return request
    }

    private mutating func readUntilHeadEnd() -> Int? {
        let terminator: [UInt8] = [13, 10, 13, 10]
        var searchFrom = 0
        while true {
            if buffer.count >= 4 {
                for index in searchFrom...(buffer.count - 4) where buffer[index..<index + 4].elementsEqual(terminator) {
                    return index
                }
                searchFrom = buffer.count - 3
            }
            guard readMore() else { return nil }
        }
    }

    private mutating func fill(atLeast count: Int) -> Bool {
        while buffer.count < count {
            guard readMore() else { return false }
        }
        return true
    }

    private mutating func readMore() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if received < 0, errno == EINTR { continue }
            guard received > 0 else { return false }
            buffer.append(contentsOf: chunk[..<received])
            return true
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let drop: (Character) -> Bool = { set.contains($0) }
        guard let start = firstIndex(where: { !drop($0) }), let end = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[start...end])
    }
}
