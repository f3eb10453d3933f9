/// The literal text of a path template as it goes on the wire: characters a URL path may hold
/// as they are (RFC 3986 `pchar`, `/`, and `?` for a literal query such as OpenAI's
/// `/responses?beta=true`, and `%XX` escapes already written), every other UTF-8
/// byte as `%XX`, so a spec's `/files/my report` requests `/files/my%20report`, not a URL the
/// transport rejects or reads differently. `{name}` placeholders are left for the parameters.
enum PathTemplate {
    static func encodingLiterals(_ template: String) -> String {
        var result = ""
        var insidePlaceholder = false
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") { insidePlaceholder = true }
            if insidePlaceholder || isAllowed(byte) || isEscape(bytes, at: index) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
            if byte == UInt8(ascii: "}") { insidePlaceholder = false }
            index += 1
        }
        return result
    }

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

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
