/// Why bytes are not a JSON document, and where: the underlying error of the
/// `DecodingError.dataCorrupted` a decode throws for them.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. "expected ',' or '}' after an object member".
    public let reason: String
    /// The byte offset in the document where the problem was found.
    public let offset: Int
    /// The 1-based line and column (in bytes) of `offset`.
    public let line: Int, column: Int

    init(_ reason: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        self.reason = reason
        self.offset = offset
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        self.column = offset - lineStart + 1
    }

    public var description: String { "\(reason) at line \(line), column \(column) (byte \(offset))" }
}
