/// What every emitter needs to know: access level and how to write documentation and literals.
struct EmitContext {
    var access: String
    /// Alias name → target, so a property typed by a primitive alias is treated as the primitive.
    var aliases: [String: TypeUsage] = [:]
    /// Open enum name → raw value → case name.
    var enumCases: [String: [String: String]] = [:]

    init(configuration: GeneratorConfiguration, declarations: [Declaration] = []) {
        access = configuration.accessLevel.rawValue
        for declaration in declarations {
            switch declaration {
            case .alias(let alias): aliases[alias.name] = alias.target
            case .openEnum(let model):
                enumCases[model.name] = Dictionary(model.cases.map { ($0.rawValue, $0.swiftName) }, uniquingKeysWith: { first, _ in first })
            default: break
            }
        }
    }

    /// The type behind any chain of aliases.
    func resolved(_ type: TypeUsage) -> TypeUsage {
        var current = type
        var hops = 0
        while case .named(let name) = current, let target = aliases[name], hops < 16 {
            current = target
            hops += 1
        }
        return current
    }

    func isEnum(_ type: TypeUsage) -> Bool {
        if case .named(let name) = resolved(type) { return enumCases[name] != nil }
        return false
    }

    /// DocC lines for a declaration: the spec's text, a deprecation note, and the provenance remark.
    func documentation(_ documentation: Documentation, extra: [String] = []) -> [SwiftNode] {
        var lines = Self.textLines(documentation.text)
        if !extra.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(contentsOf: extra)
        }
        if let pointer = documentation.pointer {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Remark: Generated from `\(pointer)`.")
        }
        return lines.isEmpty ? [] : [.documentation(lines)]
    }

    static func textLines(_ text: String?) -> [String] {
        guard let text else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingTrailingWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    func deprecation(_ documentation: Documentation) -> [SwiftNode] {
        documentation.deprecated ? [.line("@available(*, deprecated)")] : []
    }

    /// A Swift string literal for any text (escapes quotes, backslashes and control characters).
    static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A number literal that Swift accepts for the given type (`2` for Double prints as `2.0`).
    static func numberLiteral(_ value: Double, integer: Bool) -> String {
        if integer || (value == value.rounded() && abs(value) < 1e15) {
            return integer ? String(Int(value)) : String(Int(value)) + ".0"
        }
        return String(value)
    }

    /// The Swift literal for a default, if it can be written for `type`.
    func defaultLiteral(_ value: DefaultLiteral, for type: TypeUsage) -> String? {
        switch (value, resolved(type)) {
        case (.string(let text), .string): Self.stringLiteral(text)
        case (.string(let text), .named(let name)):
            enumCases[name].map { cases in cases[text].map { ".\(SwiftNaming.escaped($0))" } ?? ".unknown(\(Self.stringLiteral(text)))" }
        case (.integer(let number), .int), (.integer(let number), .int32), (.integer(let number), .int64): String(number)
        case (.integer(let number), .double), (.integer(let number), .float): String(number) + ".0"
        case (.number(let number), .double), (.number(let number), .float): Self.numberLiteral(number, integer: false)
        case (.bool(let flag), .bool): flag ? "true" : "false"
        default: nil
        }
    }

    /// Human text for a default in DocC.
    static func defaultDescription(_ value: DefaultLiteral) -> String {
        switch value {
        case .string(let text): "`\(stringLiteral(text))`"
        case .integer(let number): "`\(number)`"
        case .number(let number): "`\(number == number.rounded() ? String(Int(number)) : String(number))`"
        case .bool(let flag): "`\(flag)`"
        case .null: "`null`"
        case .structured(let text): text == "[…]" ? "an empty or given list" : "a given object"
        }
    }
}

extension String {
    func replacingTrailingWhitespace() -> String {
        var copy = self
        while copy.last == " " || copy.last == "\t" { copy.removeLast() }
        return copy
    }
}
