/// A JSON value as recorded on the wire, read by `JSONParser` without Foundation.
///
/// Object members keep their order (a finding's example names the first offending member), and
/// numbers keep their text, so an integer is told from a fraction the way JSON Schema does.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
    }

    /// The JSON Schema type name of the value (`integer` for integral numbers).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

/// A JSON number: its text as written and its value.
public struct JSONNumber: Sendable, Equatable {
    public var text: String
    public var value: Double

    /// JSON Schema's `integer`: a number with no fractional part (`1.0` counts, like `1`).
    public var isInteger: Bool { value.isFinite && value.rounded(.towardZero) == value }
}
