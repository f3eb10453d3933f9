/// Text a hostile spec may carry wherever it carries text: every kind of line break, comment and
/// string delimiters, escapes, interpolation, raw-string delimiters, control and bidi characters.
enum HostileText {
    static let lineBreaks: [(name: String, text: String)] = [
        ("LF", "\n"), ("CR", "\r"), ("CR LF", "\r\n"), ("VT", "\u{0B}"), ("FF", "\u{0C}"), ("NEL", "\u{85}"),
        ("LS", "\u{2028}"), ("PS", "\u{2029}"),
    ]

    static let fragments: [String] = [
        "*/", "/*", "//", "///", "\"", "\"\"\"", "\\", "\\(injected)", "\\u{41}", "#\"", "\"#", "#", "`", "\0",
        "\u{01}", "\u{1B}[31m", "\u{7F}", "\u{9B}", "\t", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}",
        "\u{061C}", "\u{FEFF}", "\u{200B}", "\u{200D}", "\u{0301}", "é", "名前", "👩‍👩‍👧",
    ]

    /// Every break and fragment alone and as an attempt to start a declaration after it.
    static let all: [String] = {
        var result: [String] = []
        for piece in lineBreaks.map(\.text) + fragments {
            result.append(piece)
            result.append("x\(piece)public let injected = 1")
            result.append("\(piece)\(piece)")
        }
        result.append(lineBreaks.map { "line\($0.text)" }.joined() + fragments.joined())
        return result
    }()

    /// Scalars that must never appear raw in a generated line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }
}

/// Reads back a plain Swift string literal (`"…"` with `\\`, `\"`, `\n`, `\r`, `\t`, `\0` and
/// `\u{…}` escapes), failing on anything a plain literal cannot contain: a raw line break, an
/// unescaped quote before the end, an interpolation, an unknown escape.
enum StringLiteralReader {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func read(_ literal: String) throws -> String {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else {
            throw Failure(description: "not delimited by quotes: \(literal.debugDescription)")
        }
        scalars = Array(scalars.dropFirst().dropLast())
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if HostileText.isLineBreak(scalar) { throw Failure(description: "raw line break in \(literal.debugDescription)") }
            if scalar == "\"" { throw Failure(description: "unescaped quote in \(literal.debugDescription)") }
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard index < scalars.count else { throw Failure(description: "dangling backslash") }
            let escaped = scalars[index]
            index += 1
            switch escaped {
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "0": result.append("\0")
            case "u":
                guard index < scalars.count, scalars[index] == "{",
                      let close = scalars[index...].firstIndex(of: "}"),
                      let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 1)..<close])), radix: 16),
                      let decoded = Unicode.Scalar(value)
                else { throw Failure(description: "bad \\u escape in \(literal.debugDescription)") }
                result.append(decoded)
                index = close + 1
            default:
                throw Failure(description: "escape \\\(escaped) (an interpolation?) in \(literal.debugDescription)")
            }
        }
        return String(result)
    }
}
