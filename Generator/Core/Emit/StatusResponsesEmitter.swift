/// `StatusResponsesModel` → the enum an operation returns when its documented 2xx responses differ,
/// one case per status, and the initializer the client builds it with: the status picks the case,
/// then the body is decoded as that case's type. A 2xx status the spec does not list is an error,
/// not a guess.
struct StatusResponsesEmitter {
    let context: EmitContext
    let model: StatusResponsesModel
    let operation: OperationModel

    func emit() -> [SwiftNode] {
        let cases: [SwiftNode] = model.cases.flatMap { responseCase -> [SwiftNode] in
            let text = SpecText.commentLines(responseCase.text).joined(separator: " ")
            let name = SwiftNaming.escaped(responseCase.caseName)
            return [
                .documentation(["`\(responseCase.status)`" + (text.isEmpty ? "." : ": " + text)]),
                .line(responseCase.type.map { "case \(name)(\($0.swift))" } ?? "case \(name)"),
            ]
        }
        // Printed from the parsed number, never the spec's text (the reader admits only codes and ranges).
        var choices: [SwiftNode] = model.cases.compactMap { responseCase in Int(responseCase.status).map { ($0, responseCase) } }
            .flatMap { code, responseCase in LineWrapping.caseClause([String(code)], assignment(responseCase), level: 2) }
        if let range = model.cases.first(where: { $0.status == "2XX" }) {
            choices += LineWrapping.caseClause(["200..<300"], assignment(range), level: 2)
        }
        choices.append(.line("default: throw UndocumentedStatus(status: status)"))
        let pointer = "\(operation.httpMethod) \(SpecText.inlineComment(operation.path))"
        return [
            .blank,
            .documentation([
                "What `\(operation.methodName)` (`\(pointer)`) returns: its documented 2xx responses differ, so the",
                "response's status picks the case and its body is decoded as that case's type.",
            ]),
            .block("\(context.access) enum \(model.name): Sendable, Hashable", cases),
            .blank,
            .block("extension \(model.name)", [
                .documentation(["The case for `status`; a status the spec does not list throws `UndocumentedStatus`."]),
                .block("init(status: Int, body: ResponseBody) throws", [.switchBlock("status", choices)]),
            ]),
        ]
    }

    func assignment(_ responseCase: StatusResponsesModel.Case) -> String {
        let name = SwiftNaming.escaped(responseCase.caseName)
        return responseCase.type.map { "self = .\(name)(try body.decode(\($0.swift).self))" } ?? "self = .\(name)"
    }
}
