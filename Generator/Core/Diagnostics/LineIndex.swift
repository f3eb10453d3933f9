/// Where each line of a source text starts, so quoting the source line of many diagnostics costs
/// one pass over the text, not one pass per diagnostic (OpenAI's 3 MB spec draws dozens of warnings).
struct LineIndex {
    private let text: String
    /// UTF-8 offset of the first byte of each line; line `n` (1-based) starts at `starts[n - 1]`.
    private let starts: [Int]

    init(_ text: String) {
        self.text = text
        var contiguous = text
        // A byte scan of the contiguous UTF-8, not a walk of `String.UTF8View`.
        starts = contiguous.withUTF8 { bytes in
            var starts = [0]
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
            return starts
        }
    }

    /// The 1-based `number`th line without its terminator, or nil when out of range. A final empty
    /// line (after the last newline) exists, since "unexpected end of stream" errors point there.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let lowerBound = starts[number - 1]
        let upperBound = number < starts.count ? starts[number] - 1 : utf8.count
        let start = utf8.index(utf8.startIndex, offsetBy: lowerBound)
        let line = text[start..<utf8.index(start, offsetBy: upperBound - lowerBound)]
        return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}
