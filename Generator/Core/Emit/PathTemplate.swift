/// The literal text of a path template as it goes on the wire: characters a URL path may hold
/// as they are (RFC 3986 `pchar`, `/`, and `?` for a literal query such as OpenAI's
/// `/responses?beta=true`, and `%XX` escapes already written), every other UTF-8 byte as `%XX`,
/// so a spec's `/files/my report` requests `/files/my%20report`, not a URL the transport rejects
/// or reads differently. Only the text between `{name}` placeholders is passed in.
enum PathTemplate {
    static func encodingLiterals(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result = ""
        for (index, byte) in bytes.enumerated() {
            if isAllowed(byte) || isEscape(bytes, at: index) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
            }
        }
        return result
    }

    private static let hexDigits = "0123456789ABCDEF".map(String.init)

    /// Unreserved, sub-delimiters, `:`, `@`, `/` and `?` (ASCII only; any byte ≥ 0x80 is encoded).
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
        }
    }

    /// A `%` followed by two hex digits: an escape the spec already wrote.
    private static func isEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count else { return false }
        return bytes[(index + 1)...(index + 2)].allSatisfy { Character(Unicode.Scalar($0)).isHexDigit }
    }
}
