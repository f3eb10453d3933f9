/// Formats diagnostics clang-style: the `file:line:column: severity: message` line, then the
/// offending source line and a caret under the column, both indented by four spaces.
///
/// ```
/// spec/responses.yaml:42:7: error: unknown type 'strnig'
///     type: strnig
///           ^
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Source text by file path, keyed exactly as ``SourceLocation/file`` spells it.
    public let sources: [String: String]
    /// Where each line of each source starts, found once: a spec with hundreds of warnings (Stripe's
    /// 6 MB has ~300) must not be scanned from its start for every one of them.
    private let lineIndexes: [String: LineIndex]

    /// - Parameter sources: The text of each file diagnostics may point into, by path.
    public init(sources: [String: String]) {
        self.sources = sources
        self.lineIndexes = sources.mapValues(LineIndex.init)
    }

    /// The diagnostic's header line, followed by the source line and caret when the location's file
    /// is known and the line exists; just the header otherwise. No trailing newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        let header = Self.terminalSafe(diagnostic.description, keepingNewlines: true)
        guard let location = diagnostic.location,
              let text = sources[location.file],
              let fullLine = lineIndexes[location.file]?.line(location.line, of: text)
        else { return header }
        let (line, column) = Self.window(of: fullLine, around: location.column)
        let shown = Self.terminalSafe(String(line), keepingNewlines: false)
        return header + "\n" + Self.indent + shown + "\n" + Self.indent + Self.caret(under: column, in: line)
    }

    /// At most `width` scalars of a long line (minified JSON is one line), centred on `column`,
    /// with `…` where text was cut; and the caret's column within it.
    static func window(of line: Substring, around column: Int, width: Int = 160) -> (Substring, Int) {
        let scalars = line.unicodeScalars
        guard scalars.count > width else { return (line, column) }
        let startOffset = max(0, min(column - 1 - width / 2, scalars.count - width))
        let start = scalars.index(scalars.startIndex, offsetBy: startOffset)
        let end = scalars.index(start, offsetBy: width)
        let head = startOffset > 0 ? "…" : ""
        let tail = end < scalars.endIndex ? "…" : ""
        let text = head + String(line[start..<end]) + tail
        return (Substring(text), column - startOffset + head.unicodeScalars.count)
    }

    /// Messages quote spec text, which may hold escape sequences or carriage returns that would
    /// drive the user's terminal: those become `\u{…}` (in a quoted source line, U+FFFD, so the
    /// caret stays aligned).
    static func terminalSafe(_ text: String, keepingNewlines: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepingNewlines || scalar == "\t" || !(SpecText.isInvisibleControl(scalar) || SpecText.isLineBreak(scalar)) {
                result.append(scalar)
            } else if keepingNewlines {
                result.append(contentsOf: SpecText.escape(scalar).unicodeScalars)
            } else {
                result.append("\u{FFFD}")
            }
        }
        return String(result)
    }

    /// Every diagnostic of `error`, one after another.
    public func render(_ error: DiagnosticError) -> String {
        error.diagnostics.map(render).joined(separator: "\n")
    }

    private static let indent = "    "

    /// Columns count Unicode scalars, as libyaml's marks do. Tabs before the column are copied so the
    /// caret lands under the same character whatever the terminal's tab width.
    private static func caret(under column: Int, in line: Substring) -> String {
        let width = max(column - 1, 0)
        var padding = String.UnicodeScalarView()
        for scalar in line.unicodeScalars.prefix(width) {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        let missing = width - padding.count
        return String(padding) + String(repeating: " ", count: max(missing, 0)) + "^"
    }
}

/// The UTF-8 offset at which each line of a text starts.
private struct LineIndex: Sendable {
    private let starts: [Int]
    private let byteCount: Int

    init(_ text: String) {
        var contiguous = text
        // One byte scan of the contiguous UTF-8, not a walk of `String.UTF8View`.
        (starts, byteCount) = contiguous.withUTF8 { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
            return (starts, bytes.count)
        }
    }

    /// The 1-based `number`th line without its terminator, or nil when out of range. A final empty line
    /// (after the last newline) exists, since "unexpected end of stream" errors point there.
    func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let lowerBound = starts[number - 1]
        let upperBound = number < starts.count ? starts[number] - 1 : byteCount
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lowerBound)
        let line = text[start..<utf8.index(start, offsetBy: upperBound - lowerBound)]
        return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}
