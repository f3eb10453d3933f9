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
        let renderer = DiagnosticRenderer(sources: sources)
        var lines: [String] = []
        for change in changes {
            let message = "\(change.category.rawValue): \(change.message) [\(change.symbol)] (\(change.pointer)) [\(change.rule)]"
            lines.append(renderer.render(Diagnostic(change.severity, message, at: change.location)))
            if let explanation = change.explanation {
                lines.append(DiagnosticRenderer.terminalSafe(Diagnostic(.note, explanation, at: change.location).description, keepingNewlines: true))
            }
        }
        lines.append("openapi-swift diff: \(summary)")
        return lines.joined(separator: "\n") + "\n"
    }
}
