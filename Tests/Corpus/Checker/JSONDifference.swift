import InfercomRuntime

/// Compares two JSON documents semantically: object member order is irrelevant, numbers are
/// compared as numbers (`21` equals `21.0`), everything else exactly.
enum JSONDifference {
    /// The first difference as `pointer: what`, or `nil` when the documents are equal.
    static func first(_ expected: JSONValue, _ actual: JSONValue, at pointer: String = "") -> String? {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for key in left.keys.sorted() {
                let path = pointer + "/" + key
                guard let other = right[key] else { return "\(path): missing after re-encoding (was \(brief(left[key]!)))" }
                if let difference = first(left[key]!, other, at: path) { return difference }
            }
            if let extra = right.keys.sorted().first(where: { left[$0] == nil }) {
                return "\(pointer)/\(extra): added by re-encoding (\(brief(right[extra]!)))"
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else { return "\(pointer): \(left.count) elements became \(right.count)" }
            for (index, pair) in zip(left, right).enumerated() {
                if let difference = first(pair.0, pair.1, at: "\(pointer)/\(index)") { return difference }
            }
            return nil
        default:
            if let left = number(expected), let right = number(actual) {
                return left == right ? nil : "\(pointer.isEmpty ? "/" : pointer): \(brief(expected)) became \(brief(actual))"
            }
            return expected == actual ? nil : "\(pointer.isEmpty ? "/" : pointer): \(brief(expected)) became \(brief(actual))"
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// A short rendering of a value for a report line.
    static func brief(_ value: JSONValue) -> String {
        let text: String
        switch value {
        case .null: text = "null"
        case .bool(let value): text = String(value)
        case .integer(let value): text = String(value)
        case .number(let value): text = String(value)
        case .string(let value): text = "\"\(value)\""
        case .array(let elements): text = "[\(elements.count) elements]"
        case .object(let members): text = "{" + members.keys.sorted().joined(separator: ",") + "}"
        }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
