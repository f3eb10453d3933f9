/// Statements that add an object-valued query parameter's members to `requestQuery`
/// (see `ObjectQueryModel` for the three styles).
extension OperationEmitter {
    func appendObjectQuery(_ parameter: ParameterModel, _ query: ObjectQueryModel) -> [SwiftNode] {
        let name = SwiftNaming.escaped(parameter.swiftName)
        let object = parameter.isRequired ? name : "object"
        let wire = parameter.wireName
        var body: [SwiftNode] = []
        // `form` without explode collects `key,value` pairs into one item.
        if query.style == .form { body.append(.line("var requestPairs: [String] = []")) }
        func add(_ key: String, keyIsLiteral: Bool, value: String, type: TypeUsage) -> SwiftNode {
            let text = stringExpression(value, type)
            let keyText = keyIsLiteral ? EmitContext.stringLiteral(key) : key
            switch query.style {
            case .deepObject:
                let itemName: [ItemNamePart] = keyIsLiteral ? [.text("\(wire)[\(key)]")] : [.text(wire + "["), .code(key), .text("]")]
                if case .array(let element) = type, let notation = query.arrays {
                    return deepObjectArrayLoop(value, element: element, itemName: itemName, notation: notation)
                }
                return .line("requestQuery.append(QueryItem(name: \(Self.literal(itemName)), value: \(text)))")
            case .formExploded:
                return .line("requestQuery.append(QueryItem(name: \(keyText), value: \(text)))")
            case .form:
                return .line("requestPairs += [\(keyText), \(text)]")
            }
        }
        switch query.members {
        case .properties(let members):
            for member in members {
                let access = "\(object).\(SwiftNaming.escaped(member.swiftName))"
                if member.isOptional {
                    body.append(.block("if let value = \(access)", [add(member.wireName, keyIsLiteral: true, value: "value", type: member.type)]))
                } else {
                    body.append(add(member.wireName, keyIsLiteral: true, value: access, type: member.type))
                }
            }
        case .map(let valueType):
            body.append(.block("for (key, value) in \(object).sorted(by: { $0.key < $1.key })", [
                add("key", keyIsLiteral: false, value: "value", type: valueType),
            ]))
        }
        if query.style == .form {
            body.append(.line("requestQuery.append(QueryItem(name: \(EmitContext.stringLiteral(wire)), value: requestPairs.joined(separator: \",\")))"))
        }
        if !parameter.isRequired { return [.block("if let object = \(name)", body)] }
        // A scope of its own, so two such parameters do not both declare `requestPairs`.
        return query.style == .form ? [.block("do", body)] : body
    }
}

extension OperationEmitter {
    /// Statements adding a `deepObject` query array, one item per element named in the
    /// configured notation: `tags[]=a`, `tags[0]=a` or `tags=a` (see `DeepObjectArrays`).
    func appendDeepObjectArray(_ parameter: ParameterModel, _ notation: GeneratorConfiguration.DeepObjectArrays) -> [SwiftNode] {
        guard case .array(let element) = parameter.type else { return [] }
        let name = SwiftNaming.escaped(parameter.swiftName)
        let loop = deepObjectArrayLoop(
            parameter.isRequired ? name : "value", element: element, itemName: [.text(parameter.wireName)], notation: notation)
        return parameter.isRequired ? [loop] : [.block("if let value = \(name)", [loop])]
    }

    /// A loop adding one query item per element of `array`, named `itemName` followed by `[]`,
    /// `[index]` or nothing.
    func deepObjectArrayLoop(
        _ array: String, element: TypeUsage, itemName: [ItemNamePart], notation: GeneratorConfiguration.DeepObjectArrays
    ) -> SwiftNode {
        let value = stringExpression("element", element)
        func append(_ name: [ItemNamePart]) -> SwiftNode {
            .line("requestQuery.append(QueryItem(name: \(Self.literal(name)), value: \(value)))")
        }
        switch notation {
        case .indices:
            return .block("for (index, element) in \(array).enumerated()", [append(itemName + [.text("["), .code("index"), .text("]")])])
        case .brackets, .repeated:
            return .block("for element in \(array)", [append(notation == .brackets ? itemName + [.text("[]")] : itemName)])
        }
    }

    /// A query item's name: spec text, and Swift values interpolated into it.
    enum ItemNamePart {
        case text(String)
        case code(String)
    }

    /// One string literal for `parts`: text escaped, code as `\(…)` interpolations.
    static func literal(_ parts: [ItemNamePart]) -> String {
        let body = parts.map { part in
            switch part {
            case .text(let text): String(EmitContext.stringLiteral(text).dropFirst().dropLast())
            case .code(let code): "\\(\(code))"
            }
        }
        return "\"" + body.joined() + "\""
    }
}
