/// How an operation's request body appears in its methods and request builder.
extension OperationEmitter {
    /// The Swift type the methods take the body as.
    func bodyType(_ body: OperationModel.Body) -> String {
        switch body.kind {
        case .json(let type): type.swift
        case .multipart(let form), .urlEncodedForm(let form): form.name
        case .binary: "[UInt8]"
        case .text: "String"
        }
    }

    /// The DocC line for the `body` parameter, naming the media type sent.
    func bodyParameterDocumentation(_ body: OperationModel.Body) -> String {
        let sent = "`\(SpecText.inlineComment(body.contentType))`"
        switch body.kind {
        case .json: return "- Parameter body: The request body."
        case .multipart, .urlEncodedForm: return "- Parameter body: The request body, sent as \(sent) (see its type for how each field is sent)."
        case .binary: return "- Parameter body: The request body's bytes, sent unchanged as \(sent)."
        case .text: return "- Parameter body: The request body, sent as UTF-8 \(sent)."
        }
    }

    /// A note when the operation accepts other media types than the one the method sends.
    var alternativesNote: String? {
        guard let body = operation.body, !body.alternatives.isEmpty else { return nil }
        let others = body.alternatives.map { "`\(SpecText.inlineComment($0))`" }.joined(separator: ", ")
        return "The operation also accepts \(others); this method sends `\(SpecText.inlineComment(body.contentType))`"
            + " (JSON is preferred unless its schema has file properties, then the first supported in the spec's order)."
    }

    /// The request builder's argument that carries the body.
    func bodyArgument(_ body: OperationModel.Body) -> String {
        let contentType = EmitContext.stringLiteral(body.contentType)
        let content: (String) -> String
        switch body.kind {
        case .json: return "body: body"
        case .multipart: content = { ".multipart(\($0).multipartForm)" }
        case .urlEncodedForm: content = { ".urlEncodedForm(\($0).urlEncodedForm)" }
        case .binary: content = { ".binary(\($0), contentType: \(contentType))" }
        case .text: content = { ".text(\($0), contentType: \(contentType))" }
        }
        return "content: " + (body.isRequired ? content("body") : "body.map { \(content("$0")) }")
    }

    /// The form type's declaration, for a form body.
    func formDeclaration() -> [SwiftNode] {
        guard let body = operation.body else { return [] }
        let description = "`\(operation.operationID)` (`\(operation.httpMethod) \(operation.path)`)"
        switch body.kind {
        case .multipart(let form):
            return FormEmitter(context: context, model: form, isMultipart: true, operationDescription: description, contentType: body.contentType).emit()
        case .urlEncodedForm(let form):
            return FormEmitter(context: context, model: form, isMultipart: false, operationDescription: description, contentType: body.contentType).emit()
        default:
            return []
        }
    }
}
