import OpenAPIClientRuntime

/// Compares two JSON documents semantically: object member order is irrelevant, numbers are
/// compared as numbers (`21` equals `21.0`), everything else exactly.
enum JSONDifference {
    /// The differences as `pointer: what`, in document order; empty when the documents are equal.
    /// `nullIsAbsent` treats a member whose value is `null` like a missing one (to tell the
    /// failures that only lose or invent `null`s from the others).
    static func all(_ expected: JSONValue, _ actual: JSONValue, nullIsAbsent: Bool = false) -> [String] {
        var differences: [String] = []
        collect(expected, actual, at: "", nullIsAbsent: nullIsAbsent, into: &differences)
        return differences
    }

    private static func collect(_ expected: JSONValue, _ actual: JSONValue, at pointer: String, nullIsAbsent: Bool,
                                into differences: inout [String]) {
        switch (expected, actual) {
        case (.object(var left), .object(var right)):
            if nullIsAbsent {
                left = left.filter { $0.value != .null }
                right = right.filter { $0.value != .null }
            }
            for key in Set(left.keys).union(right.keys).sorted() {
                let path = pointer + "/" + key
                switch (left[key], right[key]) {
                case (let before?, let after?):
                    collect(before, after, at: path, nullIsAbsent: nullIsAbsent, into: &differences)
                case (let before?, nil):
                    differences.append("\(path): missing after re-encoding (was \(brief(before)))")
                case (nil, let after?):
                    differences.append("\(path): added by re-encoding (\(brief(after)))")
                case (nil, nil):
                    break
                }
            }
        case (.array(let left), .array(let right)) where left.count == right.count:
            for (index, pair) in zip(left, right).enumerated() {
                collect(pair.0, pair.1, at: "\(pointer)/\(index)", nullIsAbsent: nullIsAbsent, into: &differences)
            }
        default:
            let equal = number(expected).flatMap { left in number(actual).map { left == $0 } } ?? (expected == actual)
            if !equal {
                differences.append("\(pointer.isEmpty ? "/" : pointer): \(brief(expected)) became \(brief(actual))")
            }
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
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
