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
    public var sources: [String: String]

    /// - Parameter sources: The text of each file diagnostics may point into, by path.
    public init(sources: [String: String]) {
        self.sources = sources
    }

    /// The diagnostic's header line, followed by the source line and caret when the location's file
    /// is known and the line exists; just the header otherwise. No trailing newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        render([diagnostic])[0]
    }

    /// Each diagnostic rendered as by `render(_ diagnostic:)`, in order; each source file is
    /// indexed once for the whole batch.
    public func render(_ diagnostics: [Diagnostic]) -> [String] {
        var indexes: [String: LineIndex] = [:]
        return diagnostics.map { diagnostic in
            let header = Self.terminalSafe(diagnostic.description, keepingNewlines: true)
            guard let location = diagnostic.location, let text = sources[location.file] else { return header }
            if indexes[location.file] == nil { indexes[location.file] = LineIndex(text) }
            guard let fullLine = indexes[location.file]?.line(location.line) else { return header }
            let (line, column) = Self.window(of: fullLine, around: location.column)
            let shown = Self.terminalSafe(String(line), keepingNewlines: false)
            return header + "\n" + Self.indent + shown + "\n" + Self.indent + Self.caret(under: column, in: line)
        }
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
        render(error.diagnostics).joined(separator: "\n")
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
