/// Statements that add a union-valued query parameter (see `UnionQueryModel`): a `switch` over its
/// cases, each written as a scalar item or as an object in the parameter's style. The `unknown`
/// case fits no member, so the builder returns a refused request instead of guessing a form.
extension OperationEmitter {
    func appendUnionQuery(_ parameter: ParameterModel, _ union: UnionQueryModel) -> [SwiftNode] {
        let name = SwiftNaming.escaped(parameter.swiftName)
        var cases: [SwiftNode] = []
        for variant in union.cases {
            let label = "case .\(SwiftNaming.escaped(variant.caseName))"
            switch variant.kind {
            case .scalar(let type):
                let item = "QueryItem(name: \(EmitContext.stringLiteral(parameter.wireName)), value: \(stringExpression("member", type)))"
                cases.append(.indented("\(label)(let member):", [.line("requestQuery.append(\(item))")], closing: nil))
            case .object(let query):
                // The case's object, written as an object parameter of the same name and style.
                var object = parameter
                object.swiftName = "object"
                object.isRequired = true
                cases.append(.indented("\(label)(let object):", appendObjectQuery(object, query), closing: nil))
            }
        }
        let refusal = "parameter '\(SpecText.visible(parameter.wireName))' holds a value of none of its schema's members, which the query cannot express"
        let refused = LineWrapping.list("return OperationRequest", [
            "operationID: \(EmitContext.stringLiteral(operation.operationID))",
            "method: \(EmitContext.stringLiteral(operation.httpMethod))",
            "path: \(EmitContext.stringLiteral(operation.path))",
            "refusal: \(EmitContext.stringLiteral(refusal))",
        ], level: 3)
        cases.append(.indented("case .unknown:", refused, closing: nil))
        let subject = parameter.isRequired ? name : "value"
        let statement = SwiftNode.switchBlock(subject, cases)
        return parameter.isRequired ? [statement] : [.block("if let value = \(name)", [statement])]
    }
}
