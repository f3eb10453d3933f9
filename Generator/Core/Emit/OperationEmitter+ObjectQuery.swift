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
                let itemName = keyIsLiteral ? EmitContext.stringLiteral("\(wire)[\(key)]") : "\(EmitContext.stringLiteral(wire + "[")) + \(key) + \"]\""
                return .line("requestQuery.append(QueryItem(name: \(itemName), value: \(text)))")
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
