/// `validate(at:)` extensions: the spec's constraints (ranges, lengths, patterns, item counts) checked
/// on the client before a request is sent, recursing into nested values.
struct ValidationEmitter {
    let context: EmitContext
    /// Names of declarations that conform to `SchemaValidatable`.
    let validatable: Set<String>

    func emit(_ declaration: Declaration) -> [SwiftNode] {
        let name = declaration.name
        var body: [SwiftNode]
        switch declaration {
        case .structure(let model) where model.isValidatable:
            body = model.properties.filter { $0.constant == nil }.flatMap(propertyChecks)
        case .taggedUnion(let model) where model.isValidatable:
            body = unionChecks(model.variants.map { ($0.caseName, $0.type, Constraints(), []) })
        case .untaggedUnion(let model) where model.isValidatable:
            body = unionChecks(model.variants.map { ($0.caseName, $0.type, $0.constraints, $0.elementConstraints) })
        default:
            return []
        }
        return [
            .block("extension \(name): SchemaValidatable", [
                .block("\(context.access) func validate(at path: String) throws(SchemaViolation)", body),
            ])
        ]
    }

    func propertyChecks(_ property: PropertyModel) -> [SwiftNode] {
        let path = "SchemaCheck.member(path, \(EmitContext.stringLiteral(property.wireName)))"
        let access = PropertyStorage.readFromAnotherFile(property)
        let subject = property.isOptional ? "value" : access
        let checks = valueChecks(subject, type: property.type, constraints: property.constraints,
                                 elementConstraints: property.elementConstraints, path: path)
        guard !checks.isEmpty else { return [] }
        return property.isOptional ? [.block("if let value = \(access)", checks)] : checks
    }

    /// `depth` numbers the loop variables of nested arrays and maps (`index`, `index2`, …): an inner
    /// loop must not shadow the index or key the path of its elements is built from.
    func valueChecks(
        _ value: String, type declared: TypeUsage, constraints: Constraints, elementConstraints: [Constraints], path: String, depth: Int = 1
    ) -> [SwiftNode] {
        // A primitive alias (`Temperature = Double`) is checked as the primitive.
        let type = context.resolved(declared)
        if case .optional(let wrapped) = type {
            // A null element has nothing to check.
            let inner = valueChecks(value, type: wrapped, constraints: constraints, elementConstraints: elementConstraints, path: path, depth: depth)
            return inner.isEmpty ? [] : [.block("if let \(value)", inner)]
        }
        var checks: [SwiftNode] = []
        if type.isNumeric {
            var arguments: [String] = []
            if let v = constraints.minimum { arguments.append("minimum: \(EmitContext.numberLiteral(v, integer: false))") }
            if let v = constraints.maximum { arguments.append("maximum: \(EmitContext.numberLiteral(v, integer: false))") }
            if let v = constraints.exclusiveMinimum { arguments.append("exclusiveMinimum: \(EmitContext.numberLiteral(v, integer: false))") }
            if let v = constraints.exclusiveMaximum { arguments.append("exclusiveMaximum: \(EmitContext.numberLiteral(v, integer: false))") }
            if !arguments.isEmpty {
                checks.append(.line("try SchemaCheck.number(Double(\(value)), \(arguments.joined(separator: ", ")), at: \(path))"))
            }
        }
        if type == .string {
            var arguments: [String] = []
            if let v = constraints.minLength { arguments.append("minimum: \(v)") }
            if let v = constraints.maxLength { arguments.append("maximum: \(v)") }
            if !arguments.isEmpty {
                checks.append(.line("try SchemaCheck.length(\(value), \(arguments.joined(separator: ", ")), at: \(path))"))
            }
            if let pattern = constraints.pattern {
                checks.append(.line("try SchemaCheck.pattern(\(value), \(EmitContext.stringLiteral(pattern)), at: \(path))"))
            }
        }
        let suffix = depth == 1 ? "" : String(depth)
        switch type {
        case .array(let element):
            var arguments: [String] = []
            if let v = constraints.minItems { arguments.append("minimum: \(v)") }
            if let v = constraints.maxItems { arguments.append("maximum: \(v)") }
            if !arguments.isEmpty {
                checks.append(.line("try SchemaCheck.count(\(value).count, \(arguments.joined(separator: ", ")), at: \(path))"))
            }
            let inner = valueChecks("element", type: element, constraints: elementConstraints.first ?? Constraints(),
                                    elementConstraints: Array(elementConstraints.dropFirst()),
                                    path: "SchemaCheck.index(\(path), index\(suffix))", depth: depth + 1)
            if !inner.isEmpty { checks.append(.block("for (index\(suffix), element) in \(value).enumerated()", inner)) }
        case .map(let valueType):
            let inner = valueChecks("element", type: valueType, constraints: elementConstraints.first ?? Constraints(),
                                    elementConstraints: Array(elementConstraints.dropFirst()),
                                    path: "SchemaCheck.member(\(path), key\(suffix))", depth: depth + 1)
            if !inner.isEmpty { checks.append(.block("for (key\(suffix), element) in \(value)", inner)) }
        case .named(let name) where validatable.contains(name):
            checks.append(.line("try \(value).validate(at: \(path))"))
        default:
            break
        }
        return checks
    }

    /// Every union has an `unknown` case, so the switch always ends in `default`.
    func unionChecks(_ variants: [(String, TypeUsage, Constraints, [Constraints])]) -> [SwiftNode] {
        var cases: [SwiftNode] = []
        for (caseName, type, constraints, elementConstraints) in variants {
            let checks = valueChecks("value", type: type, constraints: constraints, elementConstraints: elementConstraints, path: "path")
            if checks.isEmpty { continue }
            cases.append(.indented("case .\(SwiftNaming.escaped(caseName))(let value):", checks, closing: nil))
        }
        cases.append(.indented("default:", [.line("break")], closing: nil))
        return [.switchBlock("self", cases)]
    }
}
