/// `FormModel` → the request type of a form body: stored properties, an initialiser, and the
/// property that lists the form's fields for the runtime (`MultipartForm` or `URLEncodedForm`).
struct FormEmitter {
    let context: EmitContext
    let model: FormModel
    let isMultipart: Bool
    /// `createFile` (`POST /files`), for the documentation.
    let operationDescription: String
    let contentType: String

    func emit() -> [SwiftNode] {
        let access = context.access
        var members: [[SwiftNode]] = []
        for field in model.fields {
            guard let type = storedType(field) else { continue }
            let declaration = "\(access) var \(SwiftNaming.escaped(field.swiftName)): \(type)" + (field.isRequired ? "" : "?")
            guard field.documentation.deprecated else {
                members.append(context.documentation(field.documentation) + [.line(declaration)])
                continue
            }
            // As a struct's deprecated property (see `PropertyStorage`): marked for callers, and
            // stored behind `_name`, which the initializer and `formProperty` use without a warning.
            members.append(context.documentation(field.documentation) + context.deprecation(field.documentation) + [
                .block(declaration, [.line("get { \(storageName(field)) }"), .line("set { \(storageName(field)) = newValue }")]),
                .line("private var \(storageName(field)): \(type)" + (field.isRequired ? "" : "?")),
            ])
        }
        members.append(initializer())
        members.append(formProperty())
        let intro = "The `\(SpecText.inlineComment(contentType))` body of \(operationDescription)."
        var result = [SwiftNode.blank]
        let constants = constantLines()
        let extra = [intro] + (constants.isEmpty ? [] : [""] + constants)
        result += context.typeDocumentation(model.documentation, extra: extra)
        result.append(.block("\(access) struct \(model.name): Sendable", .separated(members)))
        for choice in model.choices { result += [.blank] + choiceEnum(choice) }
        return result
    }

    /// The stored property behind a field: `_name` for a deprecated one.
    func storageName(_ field: FormField) -> String {
        field.documentation.deprecated ? PropertyStorage.separateName(field.swiftName) : SwiftNaming.escaped(field.swiftName)
    }

    /// The Swift type a field is stored as; `nil` for a constant, which is not stored.
    func storedType(_ field: FormField) -> String? {
        switch field.value {
        case .file: "MultipartFile"
        case .files: "[MultipartFile]"
        case .value(let type): type.swift
        case .choice(let name): name
        case .constant: nil
        }
    }

    func constantLines() -> [String] {
        model.fields.compactMap { field in
            guard case .constant(let text) = field.value else { return nil }
            return "Always sends `\(SpecText.inlineComment(field.wireName))` as `\(SpecText.inlineComment(EmitContext.stringLiteral(text)))`."
        }
    }

    func initializer() -> [SwiftNode] {
        let stored = model.fields.compactMap { field in storedType(field).map { (field, $0) } }
        let parameters = stored.map { field, type in
            "\(SwiftNaming.escaped(field.swiftName)): \(type)" + (field.isRequired ? "" : "? = nil")
        }
        let assignments = stored.map { field, _ in
            SwiftNode.line("self.\(storageName(field)) = \(SwiftNaming.escaped(field.swiftName))")
        }
        let doc = SwiftNode.documentation(["Creates the body; optional fields left `nil` are not sent."])
        return [doc] + LineWrapping.block("\(context.access) init", parameters, level: 1, body: assignments)
    }

    /// `multipartForm` / `urlEncodedForm`: every field in the spec's order, optional ones when set.
    func formProperty() -> [SwiftNode] {
        let formType = isMultipart ? "MultipartForm" : "URLEncodedForm"
        let property = isMultipart ? "multipartForm" : "urlEncodedForm"
        let notation = model.deepObjectArrays.map { "deepObjectArrays: .\($0.rawValue)" } ?? ""
        var lines: [SwiftNode] = [.line("var form = \(formType)(\(notation))")]
        for field in model.fields {
            let access = "self.\(storageName(field))"
            if case .constant(let text) = field.value {
                lines.append(.line(appendCall(EmitContext.stringLiteral(text), field)))
            } else if field.isRequired {
                lines += appendStatements(access, field)
            } else {
                lines.append(.block("if let value = \(access)", appendStatements("value", field)))
            }
        }
        lines.append(.line("return form"))
        let what = isMultipart ? "parts" : "fields"
        return [
            .documentation(["The body's \(what) in the spec's property order; fields left `nil` are not sent."]),
            .block("var \(property): \(formType)", lines),
        ]
    }

    func appendStatements(_ value: String, _ field: FormField) -> [SwiftNode] {
        guard case .choice(let name) = field.value, let choice = model.choices.first(where: { $0.name == name }) else {
            return [.line(appendCall(value, field))]
        }
        let fileCase = choice.fileIsArray ? "files" : "file"
        return [.switchBlock(value, [
            .indented("case .\(fileCase)(let \(fileCase)):", [.line(appendCall(fileCase, field))], closing: nil),
            .indented("case .value(let value):", [.line(appendCall("value", field))], closing: nil),
        ])]
    }

    func appendCall(_ value: String, _ field: FormField) -> String {
        var arguments = [value, "name: \(EmitContext.stringLiteral(field.wireName))"]
        if isMultipart {
            if let contentType = field.contentType { arguments.append("contentType: \(EmitContext.stringLiteral(contentType))") }
        } else {
            if field.isDeepObject { arguments.append("style: .deepObject") }
            if !field.explode { arguments.append("explode: false") }
        }
        return "form.append(\(arguments.joined(separator: ", ")))"
    }

    func choiceEnum(_ choice: FileChoiceModel) -> [SwiftNode] {
        let wire = model.fields.first { $0.value == .choice(choice.name) }.map(\.wireName) ?? ""
        let fileCase = choice.fileIsArray
            ? [SwiftNode.documentation(["Sent as one file part per element."]), .line("case files([MultipartFile])")]
            : [SwiftNode.documentation(["Sent as a file part."]), .line("case file(MultipartFile)")]
        return [
            .documentation(["`\(SpecText.inlineComment(wire))` of `\(model.name)`: \(choice.fileIsArray ? "files" : "a file"), or a `\(choice.other.swift)`."]),
            .block("\(context.access) enum \(choice.name): Sendable", fileCase + [
                .documentation(["Sent as text when it encodes to a string, number or boolean, else as JSON."]),
                .line("case value(\(choice.other.swift))"),
            ]),
        ]
    }
}
