import Infercom

/// One way a re-encoded value differs from the JSON it was decoded from, at a path like `$.output[1].type`.
///
/// Numbers compare by value, so `1` and `1.0` are the same.
enum JSONDifference: Hashable, CustomStringConvertible {
    /// In the original, left out of the encoding.
    case dropped(path: String, value: JSONValue)
    /// In the encoding, not in the original.
    case added(path: String, value: JSONValue)
    case changed(path: String, from: JSONValue, to: JSONValue)

    var description: String {
        switch self {
        case .dropped(let path, let value): "\(path): \(value) was dropped"
        case .added(let path, let value): "\(path): \(value) was added"
        case .changed(let path, let from, let to): "\(path): \(from) became \(to)"
        }
    }

    static func between(_ original: JSONValue, _ encoded: JSONValue, at path: String = "$") -> [JSONDifference] {
        switch (original, encoded) {
        case (.object(let old), .object(let new)):
            return Set(old.keys).union(new.keys).sorted().flatMap { key -> [JSONDifference] in
                let memberPath = "\(path).\(key)"
                switch (old[key], new[key]) {
                case (let before?, let after?): return between(before, after, at: memberPath)
                case (let before?, nil): return [.dropped(path: memberPath, value: before)]
                case (nil, let after?): return [.added(path: memberPath, value: after)]
                case (nil, nil): return []
                }
            }
        case (.array(let old), .array(let new)) where old.count == new.count:
            return zip(old, new).enumerated().flatMap { index, pair in between(pair.0, pair.1, at: "\(path)[\(index)]") }
        default:
            return sameScalar(original, encoded) ? [] : [.changed(path: path, from: original, to: encoded)]
        }
    }

    private static func sameScalar(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        default: lhs == rhs
        }
    }
}
