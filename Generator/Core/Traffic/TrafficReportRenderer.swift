/// Renders a `TrafficReport` as compiler-style text, JSON (stable, for CI) or Markdown (for a
/// pull-request comment).
public enum TrafficReportRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public static func render(_ report: TrafficReport, as format: Format) -> String {
        switch format {
        case .text: text(report)
        case .json: json(report)
        case .markdown: markdown(report)
        }
    }

    /// `3 findings (1 breaking, 2 drift, 0 tolerated) in 12 exchanges of 2 recordings`
    public static func summary(_ report: TrafficReport) -> String {
        let count = report.entries.count
        let severities = TrafficFinding.Severity.allCases.map { "\(report.count(of: $0)) \($0.rawValue)" }.joined(separator: ", ")
        return "\(count == 0 ? "no" : String(count)) finding\(count == 1 ? "" : "s")"
            + (count == 0 ? "" : " (\(severities))")
            + " in \(report.exchangeCount) exchange\(report.exchangeCount == 1 ? "" : "s")"
            + " of \(report.recordingCount) recording\(report.recordingCount == 1 ? "" : "s")"
    }

    /// One block per finding: the spec location (where the fix goes; the recording's when the spec
    /// has no place yet), the pointer, and how often and where it was seen first.
    static func text(_ report: TrafficReport) -> String {
        report.sortedEntries.map { entry in
            let finding = entry.finding
            let place = finding.specLocation?.description ?? "\(entry.example.file):\(entry.example.line)"
            return """
                \(place): \(finding.severity.rawValue): \(finding.message) [\(finding.kind.rawValue)]
                  \(SpecText.visible(finding.pointer))
                  seen \(entry.count) time\(entry.count == 1 ? "" : "s"), first at \(entry.example.description)

                """
        }.joined()
    }

    static func json(_ report: TrafficReport) -> String {
        let findings = report.sortedEntries.map { entry -> String in
            let finding = entry.finding
            let example = entry.example
            var fields: [(String, String)] = [
                ("count", String(entry.count)),
                ("example", object([
                    ("exchange", String(example.exchange)), ("file", string(example.file)),
                    ("instancePath", string(example.instancePath)), ("line", String(example.line)), ("part", string(example.part)),
                ])),
                ("kind", string(finding.kind.rawValue)), ("message", string(finding.message)),
                ("pointer", string(finding.pointer)), ("severity", string(finding.severity.rawValue)),
            ]
            if let location = finding.specLocation {
                fields.append(("specLocation", object([
                    ("column", String(location.column)), ("file", string(location.file)), ("line", String(location.line)),
                ])))
            }
            return object(fields.sorted { $0.0 < $1.0 })
        }
        let summary = object(TrafficFinding.Severity.allCases.map { ($0.rawValue, String(report.count(of: $0))) })
        return object([
            ("exchanges", String(report.exchangeCount)),
            ("findings", findings.isEmpty ? "[]" : "[\n    " + findings.joined(separator: ",\n    ") + "\n  ]"),
            ("recordings", String(report.recordingCount)), ("summary", summary),
        ], multiline: true) + "\n"
    }

    static func markdown(_ report: TrafficReport) -> String {
        var lines = ["### Spec vs. recorded traffic", "", summary(report) + "."]
        guard !report.entries.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "| Severity | Kind | Spec pointer | Finding | Count | First seen |", "|---|---|---|---|---:|---|"]
        for entry in report.sortedEntries {
            let finding = entry.finding
            let cells = [
                finding.severity.rawValue, "`\(finding.kind.rawValue)`", code(finding.pointer), cell(finding.message),
                String(entry.count), cell(entry.example.description),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Escaping

    static func object(_ members: [(String, String)], multiline: Bool = false) -> String {
        let body = members.map { "\(string($0.0)): \($0.1)" }
        return multiline ? "{\n  " + body.joined(separator: ",\n  ") + "\n}" : "{" + body.joined(separator: ", ") + "}"
    }

    /// A JSON string literal (RFC 8259 escaping; non-ASCII kept as UTF-8).
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A Markdown table cell: pipes escaped, line breaks and control characters made visible.
    static func cell(_ text: String) -> String {
        SpecText.visible(text).replacing("|", with: "\\|")
    }

    /// Inline code that survives backticks in the text.
    static func code(_ text: String) -> String {
        text.contains("`") ? cell(text) : "`" + cell(text) + "`"
    }
}
