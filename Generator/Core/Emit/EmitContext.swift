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
        ReferenceChain.end(of: type, name: { if case .named(let name) = $0 { name } else { nil } }, target: { aliases[$0] })
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
            lines.append("- Remark: Generated from `\(SpecText.inlineComment(pointer))`.")
        }
        return lines.isEmpty ? [] : [.documentation(lines)]
    }

    /// The spec's text as comment lines (see `SpecText.commentLines`).
    static func textLines(_ text: String?) -> [String] {
        SpecText.commentLines(text)
    }

    /// `@available(*, deprecated)` for what the code using the bindings calls or sets: operations
    /// and properties. Generated code never refers to them in a way that warns (see `PropertyStorage`).
    func deprecation(_ documentation: Documentation) -> [SwiftNode] {
        documentation.deprecated ? [.line("@available(*, deprecated)")] : []
    }

    /// DocC for a type (struct, enum, union, alias, form). A deprecated schema says so in its
    /// documentation but is not marked `@available(*, deprecated)`: other generated declarations
    /// (members, union cases, validation) must name it, and each would be a warning in every build
    /// of the bindings that nothing can silence. Callers still meet the deprecation on the
    /// operations and properties the spec deprecates.
    func typeDocumentation(_ documentation: Documentation, extra: [String] = []) -> [SwiftNode] {
        let note = documentation.deprecated ? ["Deprecated: the spec marks this schema as deprecated."] : []
        return self.documentation(documentation, extra: extra + note)
    }

    /// A Swift string literal for any text (see `SpecText.stringLiteral`).
    static func stringLiteral(_ text: String) -> String {
        SpecText.stringLiteral(text)
    }

    /// A `Double` expression for a constraint's bound (see `NumberLiteral.double`).
    static func numberLiteral(_ value: Double, integer: Bool) -> String {
        integer ? NumberLiteral.integer(value) ?? NumberLiteral.double(value) : NumberLiteral.double(value)
    }

    /// The Swift literal for a default, if it can be written for `type`.
    func defaultLiteral(_ value: DefaultLiteral, for type: TypeUsage) -> String? {
        switch (value, resolved(type)) {
        case (.string(let text), .string): Self.stringLiteral(text)
        case (.string(let text), .named(let name)):
            enumCases[name].map { cases in cases[text].map { ".\(SwiftNaming.escaped($0))" } ?? ".unknown(\(Self.stringLiteral(text)))" }
        case (.integer(let number), let numeric) where numeric.isNumeric: NumberLiteral.literal(number, for: numeric)
        case (.number(let number), let numeric) where numeric.isNumeric: NumberLiteral.literal(number, for: numeric)
        case (.bool(let flag), .bool): flag ? "true" : "false"
        default: nil
        }
    }

    /// Human text for a default in DocC.
    static func defaultDescription(_ value: DefaultLiteral) -> String {
        switch value {
        case .string(let text): "`\(stringLiteral(text))`"
        case .integer(let number): "`\(number)`"
        case .number(let number): "`\(NumberLiteral.description(number))`"
        case .bool(let flag): "`\(flag)`"
        case .null: "`null`"
        case .list: "an empty or given list"
        case .object: "a given object"
        }
    }
}
