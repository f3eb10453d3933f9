/// The only ways text from a spec reaches generated code: as comment lines or as string literals.
///
/// A spec is untrusted input, so each function here guarantees its result cannot leave its
/// context, whatever the text holds: line breaks of every kind, comment or string delimiters,
/// backslashes, `\(`, control characters, bidirectional overrides. Identifiers are made by
/// ``SwiftNaming``, numbers by ``NumberLiteral``.
public enum SpecText {
    /// Characters that end a line somewhere (Swift itself only breaks on CR and LF, but editors,
    /// DocC and reviewers also break on the others, so they are all treated alike).
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Scalars that are never written as they are: control characters (other than tab and line
    /// breaks), directional formatting that can make code read differently from how it compiles
    /// ("Trojan Source"), and the byte-order mark.
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: !isLineBreak(scalar)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `\u{1B}`: how an invisible scalar is shown in comments and written in literals.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// The lines of `text` as the body of `///` or `//` comments: split at every line break
    /// (`\r\n` counts once), invisible scalars shown as `\u{…}`, trailing whitespace removed, and
    /// leading and trailing blank lines dropped. No line contains a line break, so none can end
    /// its comment.
    public static func commentLines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines = asciiCommentLines(text) ?? slowCommentLines(text)
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    /// `commentLines` for the common case, printable ASCII with `\n` breaks (nothing to escape), in
    /// one pass over the bytes; nil for any other text. Trimming bytes is right here because in
    /// ASCII a space or tab is always a character of its own.
    private static func asciiCommentLines(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 }) else { return nil }
            var lines: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                var trimmed = end
                while trimmed > start, bytes[trimmed - 1] == 0x20 || bytes[trimmed - 1] == 0x09 { trimmed -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<trimmed]), as: UTF8.self))
                start = end + 1
            }
            return lines
        }
    }

    /// `commentLines` for text with other line breaks or scalars that must be escaped.
    private static func slowCommentLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if isLineBreak(scalar) {
                // CR LF is one break.
                if scalar == "\n", previous == "\r" { continue }
                lines.append(current.replacingTrailingWhitespace())
                current = ""
            } else if isInvisibleControl(scalar) {
                current += escape(scalar)
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current.replacingTrailingWhitespace())
        return lines
    }

    /// `text` on one comment line (line breaks become spaces), for text embedded in a sentence.
    public static func inlineComment(_ text: String) -> String {
        commentLines(text).joined(separator: " ")
    }

    /// `text` for a diagnostic message: line breaks and invisible scalars spelled as `\u{…}`, so the
    /// message stays on one line and shows what the spec really holds.
    public static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) || isInvisibleControl(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// A Swift string literal holding exactly `text`: `"` and `\` escaped (so `\(` cannot
    /// interpolate), line breaks and invisible scalars written as escapes. The literal is plain
    /// (never raw, never multi-line), so `#` delimiters mean nothing in it.
    public static func stringLiteral(_ text: String) -> String {
        // Fast path: printable ASCII without `"` or `\` is its own literal.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            // Format characters (zero-width spaces and joiners, …) are invisible: spelled out in code.
            // (No ASCII scalar is a format character, so those skip the Unicode table lookup.)
            case _ where isLineBreak(scalar) || isInvisibleControl(scalar)
                || (!scalar.isASCII && scalar.properties.generalCategory == .format):
                result += escape(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    func replacingTrailingWhitespace() -> String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
