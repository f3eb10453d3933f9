import Foundation

extension JSONSchema {
    /// Every place where `value` breaks this schema; empty when it conforms.
    ///
    /// Checks the keywords ``init(for:)`` emits — `type` (one or a list), `enum`, `minimum`,
    /// `format` (`date-time`, `uri`, `uuid`), `properties`, `required`, `additionalProperties`
    /// (`false` or a schema), `items`, `anyOf` — and ignores the others (such as `description`).
    /// Infercom accepts `strict: true` without enforcing it, so this is what holds a model's answer
    /// to the schema.
    public func mismatches(in value: JSONValue) -> [SchemaMismatch] {
        var found: [SchemaMismatch] = []
        Self.check(value, against: .object(object), at: "$", into: &found)
        return found
    }

    private static func check(_ value: JSONValue, against schema: JSONValue, at path: String, into found: inout [SchemaMismatch]) {
        guard case .object(let rules) = schema else { return }
        if case .array(let alternatives)? = rules["anyOf"] {
            let fits = alternatives.contains { alternative in
                var nested: [SchemaMismatch] = []
                check(value, against: alternative, at: path, into: &nested)
                return nested.isEmpty
            }
            if !fits { found.append(SchemaMismatch(path: path, problem: "matches none of the \(alternatives.count) allowed shapes")) }
        }
        if let types = rules["type"].flatMap(typeNames) {
            guard types.contains(where: { value.fits(type: $0) }) else {
                found.append(SchemaMismatch(path: path, problem: "expected \(types.joined(separator: " or ")), found \(value.kindName)"))
                return
            }
        }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(where: { $0.sameJSON(as: value) }) {
            found.append(SchemaMismatch(path: path, problem: "\(value.snippet) is not one of the allowed values"))
        }
        if let minimum = rules["minimum"]?.numberValue, let number = value.numberValue, number < minimum {
            found.append(SchemaMismatch(path: path, problem: "\(value.snippet) is below the minimum \(minimum)"))
        }
        if case .string(let format)? = rules["format"], case .string(let text) = value, !fits(text, format: format) {
            found.append(SchemaMismatch(path: path, problem: "\(value.snippet) is not a valid \(format)"))
        }
        switch value {
        case .object(let members): checkObject(members, rules, at: path, into: &found)
        case .array(let elements):
            if let items = rules["items"] {
                for (index, element) in elements.enumerated() { check(element, against: items, at: "\(path)[\(index)]", into: &found) }
            }
        default: break
        }
    }

    private static func checkObject(_ members: [String: JSONValue], _ rules: [String: JSONValue], at path: String, into found: inout [SchemaMismatch]) {
        var properties: [String: JSONValue] = [:]
        if case .object(let declared)? = rules["properties"] { properties = declared }
        if case .array(let required)? = rules["required"] {
            for case .string(let key) in required where members[key] == nil {
                found.append(SchemaMismatch(path: "\(path).\(key)", problem: "required member is missing"))
            }
        }
        for key in members.keys.sorted() {
            let member = members[key]!
            if let schema = properties[key] {
                check(member, against: schema, at: "\(path).\(key)", into: &found)
            } else if rules["additionalProperties"] == false {
                found.append(SchemaMismatch(path: "\(path).\(key)", problem: "member is not allowed by the schema"))
            } else if let extra = rules["additionalProperties"], case .object = extra {
                check(member, against: extra, at: "\(path).\(key)", into: &found)
            }
        }
    }

    private static func typeNames(_ type: JSONValue) -> [String]? {
        switch type {
        case .string(let name): [name]
        case .array(let names): names.compactMap(\.stringValue)
        default: nil
        }
    }

    private static func fits(_ text: String, format: String) -> Bool {
        switch format {
        case "date-time": StructuredOutput.date(fromISO8601: text) != nil
        case "uuid": UUID(uuidString: text) != nil
        case "uri": URL(string: text).map { $0.scheme != nil } ?? false
        default: true
        }
    }
}

extension JSONValue {
    func fits(type: String) -> Bool {
        switch (type, self) {
        case ("string", .string), ("boolean", .bool), ("null", .null), ("object", .object), ("array", .array): true
        case ("number", .integer), ("number", .number): true
        case ("integer", .integer): true
        case ("integer", .number(let value)): value.rounded() == value && value.isFinite
        default: false
        }
    }

    var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// Equality as JSON means it: `1` and `1.0` are the same number.
    func sameJSON(as other: JSONValue) -> Bool {
        if let left = numberValue, let right = other.numberValue { return left == right }
        return self == other
    }

    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A short rendering for error messages.
    var snippet: String {
        switch self {
        case .string(let text): "\"\(text.prefix(60))\""
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .bool(let value): "\(value)"
        case .null: "null"
        case .array, .object: kindName
        }
    }
}
