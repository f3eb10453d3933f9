/// One property in both versions: what changed about it, reported once per aspect.
extension SpecDiff {
    mutating func compareProperty(
        _ a: PropertyModel, _ b: PropertyModel, of owner: String, source: PropertySource, direction: UsageDirection
    ) {
        let symbol = "\(owner).\(b.swiftName.trimmingBackticks)"
        func change(_ category: SpecChange.Category, _ rule: String, _ message: String, _ explanation: String? = nil, severity: Diagnostic.Severity? = nil) {
            report(SpecChange(
                category, severity: severity, rule: rule, pointer: source.pointer, symbol: symbol, location: source.location,
                message: message, explanation: explanation))
        }
        let name = "property '\(b.wireName)' of \(owner)"
        if a.swiftName != b.swiftName {
            change(.swiftBreaking, "property-swift-name-changed", "\(name) is now \(symbol) (was .\(a.swiftName.trimmingBackticks))")
        }
        if a.constant != nil || b.constant != nil {
            if a.constant != b.constant && !discriminatorProperties.contains("\(owner).\(b.wireName)") {
                change(.wireBreaking, "constant-changed",
                       "\(name) changed its constant from \(a.constant.map { "'\($0)'" } ?? "none") to \(b.constant.map { "'\($0)'" } ?? "none")",
                       "a value fixed by the spec is a tag clients and servers match on")
            }
        } else if let (category, explanation) = typeChange(from: a.type, to: b.type, direction: direction) {
            change(category, "property-type-changed", "\(name) changed type from \(a.type.swift) to \(b.type.swift)", explanation)
        }
        for found in [requirementChange(a, b, name: name, direction: direction), defaultChange(a, b, name: name, direction: direction)] {
            guard let found else { continue }
            change(found.category, found.rule, found.message, found.explanation, severity: found.severity)
        }
        compareConstraints(a.constraints, b.constraints, valuePointer: source.valuePointer, symbol: symbol, what: name, direction: direction)
        // Level by level down nested arrays (`/items`) and maps (`/additionalProperties`).
        var (type, pointer, what) = (b.type, source.valuePointer, name)
        for level in 0..<max(a.elementConstraints.count, b.elementConstraints.count) {
            if case .optional(let wrapped) = type { type = wrapped }
            switch type {
            case .array(let element): (type, pointer, what) = (element, pointer + "/items", "the elements of \(what)")
            case .map(let value): (type, pointer, what) = (value, pointer + "/additionalProperties", "the values of \(what)")
            default: (pointer, what) = (pointer + "/items", "the elements of \(what)")
            }
            let empty = Constraints()
            compareConstraints(
                level < a.elementConstraints.count ? a.elementConstraints[level] : empty,
                level < b.elementConstraints.count ? b.elementConstraints[level] : empty,
                valuePointer: pointer, symbol: symbol, what: what, direction: direction)
        }
        compareDocumentation(a.documentation, b.documentation, pointer: source.pointer, symbol: symbol, what: name)
    }

    /// Required and nullable: the wire breaks in the direction that loses a guarantee; otherwise a
    /// changed optionality still changes the Swift type (`String` ↔ `String?`).
    func requirementChange(_ a: PropertyModel, _ b: PropertyModel, name: String, direction: UsageDirection) -> Found? {
        func change(_ category: SpecChange.Category, _ rule: String, _ message: String, _ explanation: String?, _ severity: Diagnostic.Severity?) -> Found {
            Found(category: category, rule: rule, message: message, explanation: explanation, severity: severity)
        }
        let optionality = a.isOptional == b.isOptional ? "" : " (\(a.type.swift)\(a.isOptional ? "?" : "") → \(b.type.swift)\(b.isOptional ? "?" : ""))"
        if direction.contains(.request) && !a.isRequired && b.isRequired {
            return change(.wireBreaking, "request-property-required", "\(name) became required\(optionality)", "requests of the old bindings may leave it out", nil)
        } else if direction.contains(.request) && a.isNullable && !b.isNullable {
            return change(.wireBreaking, "request-property-not-nullable", "\(name) no longer accepts null\(optionality)", "requests of the old bindings may send null", nil)
        } else if direction.contains(.response) && a.isRequired && !b.isRequired {
            return change(.wireBreaking, "response-property-optional", "\(name) became optional\(optionality)", "responses may now leave it out, which the old bindings reject", nil)
        } else if direction.contains(.response) && !a.isNullable && b.isNullable {
            return change(.wireBreaking, "response-property-nullable", "\(name) became nullable\(optionality)", "responses may now carry null, which the old bindings reject", nil)
        } else if a.isOptional != b.isOptional {
            return change(.swiftBreaking, "property-optionality-changed", "\(name) changed its Swift type\(optionality)",
                   "the wire is compatible in the \(direction.phrase) direction, but code that reads or sets it no longer compiles", nil)
        } else if a.isRequired != b.isRequired || a.isNullable != b.isNullable {
            let what = a.isRequired != b.isRequired ? (b.isRequired ? "became required" : "became optional") : (b.isNullable ? "became nullable" : "no longer accepts null")
            return change(.additive, "property-requirement-relaxed", "\(name) \(what)", "compatible in the \(direction.phrase) direction; the Swift type is unchanged", nil)
        }
        return nil
    }

    /// A changed default changes what the server does for requests that leave the value out.
    func defaultChange(_ a: PropertyModel, _ b: PropertyModel, name: String, direction: UsageDirection) -> Found? {
        guard a.defaultValue != b.defaultValue else { return nil }
        let text = "\(name) changed its default from \(Self.describe(a.defaultValue)) to \(Self.describe(b.defaultValue))"
        if direction.contains(.request) {
            return Found(category: .wireBreaking, rule: "request-default-changed", message: text, explanation: "requests that leave it out now mean something else", severity: .warning)
        } else {
            return Found(category: .documentation, rule: "response-default-changed", message: text, explanation: nil, severity: nil)
        }
    }

    /// A change found by a comparison that does not know where to report it.
    struct Found {
        var category: SpecChange.Category
        var rule: String
        var message: String
        var explanation: String?
        var severity: Diagnostic.Severity?
    }

    static func describe(_ value: DefaultLiteral?) -> String {
        switch value {
        case nil: "none"
        case .string(let text)?: "'\(SpecText.visible(text))'"
        case .integer(let number)?: "\(number)"
        case .number(let number)?: "\(number)"
        case .bool(let flag)?: "\(flag)"
        case .null?: "null"
        case .list?: "an array"
        case .object?: "an object"
        }
    }
}
