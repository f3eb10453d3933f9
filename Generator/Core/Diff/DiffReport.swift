/// The changes between two specs, rendered for a terminal (compiler-like), for CI (JSON) or for a
/// pull-request comment (Markdown).
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public var oldPath: String
    public var newPath: String
    /// In report order (see `SpecChange.reportOrder`).
    public var changes: [SpecChange]

    public init(oldPath: String, newPath: String, changes: [SpecChange]) {
        self.oldPath = oldPath
        self.newPath = newPath
        self.changes = changes
    }

    public func count(_ category: SpecChange.Category) -> Int {
        changes.count { $0.category == category }
    }

    /// `2 changes: 1 wire-breaking, 0 swift-breaking, 1 additive, 0 documentation`.
    public var summary: String {
        guard !changes.isEmpty else { return "no changes" }
        let counts = SpecChange.Category.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): \(counts)"
    }

    public func render(_ format: Format, sources: [String: String] = [:]) -> String {
        switch format {
        case .text: text(sources: sources)
        case .json: json()
        case .markdown: markdown()
        }
    }

    /// `file:line:column: error: wire-breaking: …`, the quoted line with a caret, and a `note:` with
    /// the reason; a summary line last.
    public func text(sources: [String: String]) -> String {
        var lineIndex = SourceLines(sources: sources)
        var lines: [String] = []
        for change in changes {
            let message = "\(change.category.rawValue): \(change.message) [\(change.symbol)] (\(change.pointer)) [\(change.rule)]"
            let diagnostic = Diagnostic(change.severity, message, at: change.location)
            lines.append(DiagnosticRenderer.terminalSafe(diagnostic.description, keepingNewlines: true))
            // The renderer finds a line by scanning its file from the start: with thousands of
            // changes in a 3 MB spec that is quadratic, so it is given only the line.
            if let location = change.location, let line = lineIndex.line(location.line, of: location.file) {
                let single = SourceLocation(file: location.file, line: 1, column: location.column)
                let rendered = DiagnosticRenderer(sources: [location.file: String(line)]).render(Diagnostic(change.severity, message, at: single))
                let headerLines = DiagnosticRenderer.terminalSafe(Diagnostic(change.severity, message, at: single).description, keepingNewlines: true)
                    .split(separator: "\n", omittingEmptySubsequences: false).count
                lines += rendered.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(headerLines).map(String.init)
            }
            if let explanation = change.explanation {
                lines.append(DiagnosticRenderer.terminalSafe(Diagnostic(.note, explanation, at: change.location).description, keepingNewlines: true))
            }
        }
        lines.append("openapi-swift diff: \(summary)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The lines of each source file, indexed once, so that quoting a line costs no scan of the file.
struct SourceLines {
    let sources: [String: String]
    private var starts: [String: [String.Index]] = [:]

    init(sources: [String: String]) { self.sources = sources }

    /// The 1-based `number`th line without its terminator.
    mutating func line(_ number: Int, of file: String) -> Substring? {
        guard let text = sources[file] else { return nil }
        if starts[file] == nil {
            var found = [text.startIndex]
            for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") { found.append(text.utf8.index(after: index)) }
            starts[file] = found
        }
        guard let lineStarts = starts[file], number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.endIndex
        let line = text[start..<end]
        return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}
