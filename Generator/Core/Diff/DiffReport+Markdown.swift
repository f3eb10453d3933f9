/// The Markdown report, for a pull-request comment: a summary, then one table row per change.
/// Spec text is escaped: a spec is untrusted input, and a comment must not render its HTML.
extension DiffReport {
    public func markdown() -> String {
        var out = "### openapi-swift diff\n\n"
        out += "`\(Self.code(oldPath))` → `\(Self.code(newPath))`: "
        guard !changes.isEmpty else { return out + "no changes.\n" }
        let breaking = changes.count { $0.category.isBreaking }
        out += breaking == 0 ? "no breaking changes" : "**\(breaking) breaking change\(breaking == 1 ? "" : "s")**"
        out += " (" + SpecChange.Category.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ") + ").\n\n"
        out += "| Category | Symbol | Change | Where |\n|---|---|---|---|\n"
        for change in changes {
            let category = change.category.isBreaking ? "**\(change.category.rawValue)**" : change.category.rawValue
            var text = Self.cell(change.message)
            if let explanation = change.explanation { text += "<br>" + Self.cell(explanation) }
            let place = change.location.map { "`\(Self.code($0.description))`" } ?? ""
            out += "| \(category) | `\(Self.code(change.symbol))` | \(text) | \(place) `\(Self.code(change.pointer))` |\n"
        }
        return out
    }

    /// Text safe inside a table cell: Markdown punctuation backslash-escaped, HTML characters as entities.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in SpecText.visible(text) {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r": result += " "
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~", "!", "(", ")": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text safe inside a code span: backticks and cell separators cannot end it early.
    static func code(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : $0 == "|" ? "¦" : $0 == "\n" ? " " : $0 })
    }
}
