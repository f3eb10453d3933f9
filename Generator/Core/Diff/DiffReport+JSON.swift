/// The JSON report: fixed key order and the changes in report order, so two runs on the same
/// inputs are byte-identical and a CI job can compare or parse them.
extension DiffReport {
    public func json() -> String {
        var out = "{\n"
        out += "  \"old\": \(Self.quoted(oldPath)),\n"
        out += "  \"new\": \(Self.quoted(newPath)),\n"
        out += "  \"summary\": {"
        out += SpecChange.Category.allCases.map { "\(Self.quoted($0.rawValue)): \(count($0))" }.joined(separator: ", ")
        out += ", \"breaking\": \(changes.contains { $0.category.isBreaking })},\n"
        out += "  \"changes\": ["
        out += changes.map { change in
            var fields = [
                ("category", Self.quoted(change.category.rawValue)), ("severity", Self.quoted(change.severity.rawValue)),
                ("rule", Self.quoted(change.rule)), ("pointer", Self.quoted(change.pointer)), ("symbol", Self.quoted(change.symbol)),
            ]
            if let location = change.location {
                fields += [("file", Self.quoted(location.file)), ("line", "\(location.line)"), ("column", "\(location.column)")]
            }
            fields.append(("message", Self.quoted(change.message)))
            if let explanation = change.explanation { fields.append(("explanation", Self.quoted(explanation))) }
            return "\n    {" + fields.map { "\(Self.quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }.joined(separator: ",")
        out += changes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
