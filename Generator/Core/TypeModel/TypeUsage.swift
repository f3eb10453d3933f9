/// How a value is typed where it is used (a property, an array element, a union payload).
public indirect enum TypeUsage: Hashable, Sendable {
    /// A declaration of the type model, by Swift name.
    case named(String)
    case string
    case int, int32, int64
    case double, float
    case bool
    /// Free-form JSON (`JSONValue` in the runtime).
    case json
    case array(TypeUsage)
    /// A JSON object used as a dictionary.
    case map(TypeUsage)
    /// A value that may be `null`; used for array elements only (properties carry their own optionality).
    case optional(TypeUsage)

    /// The Swift spelling, e.g. `[String: JSONValue]`.
    public var swift: String {
        switch self {
        case .named(let name): name
        case .string: "String"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .json: "JSONValue"
        case .array(let element): "[\(element.swift)]"
        case .map(let value): "[String: \(value.swift)]"
        case .optional(let wrapped): "\(wrapped.swift)?"
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .int, .int32, .int64, .double, .float: true
        default: false
        }
    }

    /// The JSON kind a value of this type is encoded as, if it is fixed (used to order untagged unions).
    public var jsonKind: String? {
        switch self {
        case .string: "string"
        case .int, .int32, .int64: "integer"
        case .double, .float: "number"
        case .bool: "boolean"
        case .array: "array"
        case .map: "object"
        case .named, .json, .optional: nil
        }
    }
}
