/// `ClientModel` → the client struct: configuration entry points and one method per operation
/// (plus `…WithMetadata` and, for `text/event-stream` responses, `…Stream`), all built on the
/// runtime's `APIClient`.
struct ClientEmitter {
    let context: EmitContext
    let model: ClientModel

    func emit() -> [SwiftNode] {
        let access = context.access
        var members: [[SwiftNode]] = []
        var statics: [SwiftNode] = []
        if let url = model.defaultBaseURL {
            statics += [.documentation(["The server URL the spec names."]),
                        .line("\(access) static let defaultBaseURL = \(EmitContext.stringLiteral(url))")]
        }
        if let variable = model.apiKeyEnvironmentVariable {
            statics += [.documentation(["The environment variable read when no API key is given."]),
                        .line("\(access) static let apiKeyEnvironmentVariable = \(EmitContext.stringLiteral(variable))")]
        }
        let defaults = ClientDefaultsEmitter(context: context, model: model)
        statics += defaults.emit()
        members.append(statics)
        members.append([
            .documentation(["The shared machinery: configuration, transport, retries and error decoding."]),
            .line("\(access) let core: APIClient"),
        ])
        members.append([
            .documentation(["Creates a client with every setting spelled out" + (defaults.isNeeded ? "; what it leaves unset comes from `clientDefaults`." : ".")]),
            .block("\(access) init(configuration: ClientConfiguration)", [.line("self.core = \(defaults.coreExpression)")]),
        ])
        members.append(convenienceInitializer())
        for operation in model.operations { members.append(contentsOf: OperationEmitter(context: context, operation: operation).emit()) }
        return context.documentation(model.documentation) + [
            .block("\(access) struct \(model.name): \(ClientProtocolEmitter.protocolName(of: model))", .separated(members))
        ] + ClientProtocolEmitter(context: context, model: model).emit() + model.streamEnds.flatMap(streamEndConformance)
            + model.operations.flatMap { OperationEmitter(context: context, operation: $0).formDeclaration() }
    }

    /// `MarksStreamEnd` for an event union, from the spec's `x-stream-terminal-events`.
    func streamEndConformance(_ end: StreamEndModel) -> [SwiftNode] {
        let cases = end.caseNames.map { ".\(SwiftNaming.escaped($0))" }.joined(separator: ", ")
        return [
            .blank,
            .block("extension \(end.eventTypeName): MarksStreamEnd", [
                .documentation([
                    "Whether this event ends a complete stream (the spec's `x-stream-terminal-events`). A stream",
                    "whose body ends before such an event throws `ClientError.streamEndedEarly`.",
                ]),
                .block("\(context.access) var isStreamEnd: Bool", [
                    .switchBlock("self", [
                        .line("case \(cases): true"),
                        .line("default: false"),
                    ]),
                ]),
            ]),
        ]
    }

    func convenienceInitializer() -> [SwiftNode] {
        let keyDefault = model.apiKeyEnvironmentVariable != nil
            ? "apiKey ?? ClientConfiguration.environmentValue(\(model.name).apiKeyEnvironmentVariable)" : "apiKey"
        let keyDoc = model.apiKeyEnvironmentVariable.map { "`apiKey` defaults to the `\($0)` environment variable." }
            ?? "Requests carry `apiKey` as a bearer token when it is given."
        let baseParameter = model.defaultBaseURL != nil ? "baseURL: String = \(model.name).defaultBaseURL" : "baseURL: String"
        return [
            .documentation(["Creates a client with default timeouts, retries and transport.", "", keyDoc]),
            .block("\(context.access) init(apiKey: String? = nil, \(baseParameter))", [
                .line("self.init(configuration: ClientConfiguration(baseURL: baseURL, apiKey: \(keyDefault)))"),
            ]),
        ]
    }
}

/// One operation's methods and its private request builder.
struct OperationEmitter {
    let context: EmitContext
    let operation: OperationModel

    var name: String { operation.methodName }

    func signature(_ method: String, returns: String, isAsync: Bool) -> String {
        let parameters = (parameterDeclarations + ["options: RequestOptions = .init()"]).joined(separator: ", ")
        let effects = isAsync ? " async throws" : ""
        return "\(context.access) func \(method)(\(parameters))\(effects) -> \(returns)"
    }

    func docs(_ extra: String) -> [SwiftNode] {
        let parameterLines = argumentDocumentation + ["- Parameter options: Per-call timeouts, retries and headers."]
        let extras = [extra] + (alternativesNote.map { [$0] } ?? []) + parameterLines
        return context.documentation(operation.documentation, extra: extras) + context.deprecation(operation.documentation)
    }

    func emit() -> [[SwiftNode]] {
        let builder = "make\(SwiftNaming.typeName(name))Request(\(forwardedArguments))"
        var groups: [[SwiftNode]] = []
        switch operation.success {
        case .json(let type):
            groups.append(docs("Returns the decoded `\(type.swift)`." + streamFlagNote(false)) + [
                .block(signature(name, returns: type.swift, isAsync: true),
                       settingStreamFlag(false, "try await core.perform(\(builder), as: \(type.swift).self, options: options).value")),
            ])
            groups.append(docs("Returns the decoded body with the response's status, headers, request id and rate limits." + streamFlagNote(false)) + [
                .block(signature(name + "WithMetadata", returns: "APIResult<\(type.swift)>", isAsync: true),
                       settingStreamFlag(false, "try await core.perform(\(builder), as: \(type.swift).self, options: options)")),
            ])
        case .text(let contentType):
            let call = "try await core.performText(\(builder), accept: \(EmitContext.stringLiteral(contentType)), options: options)"
            groups.append(docs("Returns the response body (`\(SpecText.inlineComment(contentType))`) as text, read in the charset the response names (UTF-8 by default)." + streamFlagNote(false)) + [
                .block(signature(name, returns: "String", isAsync: true), settingStreamFlag(false, call + ".value")),
            ])
        case .binary(let contentType):
            // Streamed, not collected: downloads can be larger than memory (see `APIClient.performBinary`).
            let call = "try await core.performBinary(\(builder), accept: \(EmitContext.stringLiteral(contentType)), options: options)"
            groups.append(docs("Returns the response body (`\(contentType)`) as it arrives; read it once." + streamFlagNote(false)) + [
                .block(signature(name, returns: "HTTPBody", isAsync: true), settingStreamFlag(false, call + ".value")),
            ])
            groups.append(docs("Returns the response body as it arrives, with the response's status, headers, request id and rate limits." + streamFlagNote(false)) + [
                .block(signature(name + "WithMetadata", returns: "APIResult<HTTPBody>", isAsync: true), settingStreamFlag(false, call)),
            ])
        case .empty where operation.stream != nil:
            break
        case .empty:
            groups.append(docs("Returns the response's metadata; the response has no body.") + [
                .block(signature(name, returns: "ResponseMetadata", isAsync: true), [
                    .line("try await core.performEmpty(\(builder), options: options)"),
                ])
            ])
        }
        if let stream = operation.stream {
            let note = stream.requestFlag.map { "Sets `\($0.swiftName)` to `true` and returns" } ?? "Returns"
            let text = "\(note) the server-sent events as they arrive, decoded as `\(stream.eventType.swift)`. The stream is read once."
            groups.append(docs(text) + [
                .block(signature(name + "Stream", returns: "EventStream<\(stream.eventType.swift)>", isAsync: false),
                       settingStreamFlag(true, "core.stream(\(builder), as: \(stream.eventType.swift).self, options: options)")),
            ])
        }
        groups.append(requestBuilder())
        return groups
    }

    /// The statements of a method: `call`, after setting the body's stream flag for `streaming`
    /// when the operation has one — the method, not the caller, decides whether the answer is streamed.
    func settingStreamFlag(_ streaming: Bool, _ call: String) -> [SwiftNode] {
        guard let flag = operation.stream?.requestFlag, let body = operation.body else { return [.line(call)] }
        let property = SwiftNaming.escaped(flag.swiftName)
        return [
            .line("var body = body"),
            .line((body.isRequired ? "body." : "body?.") + "\(property) = \(flagValue(flag, streaming))"),
            .line("return \(call)"),
        ]
    }

    func flagValue(_ flag: OperationModel.RequestFlag, _ streaming: Bool) -> String {
        streaming ? "true" : flag.isOmittable ? "nil" : "false"
    }

    func streamFlagNote(_ streaming: Bool) -> String {
        guard let flag = operation.stream?.requestFlag, operation.body != nil else { return "" }
        if !streaming, flag.isOmittable {
            return " Leaves `\(flag.swiftName)` out of the request (so the server does not stream), whatever the body says."
        }
        return " Sends `\(flag.swiftName)` as `\(streaming)`, whatever the body says."
    }

    func requestBuilder() -> [SwiftNode] {
        let parameters = operation.arguments.map { declaration($0, defaults: false) }
        var lines: [SwiftNode] = []
        let query = operation.queryParameters
        let headers = operation.headerParameters
        // Local names are reserved parameter names (see `translateOperation`), so they cannot shadow one.
        if !query.isEmpty { lines.append(.line("var requestQuery: [QueryItem] = []")) }
        for parameter in query { lines.append(contentsOf: append(parameter, into: "requestQuery.append(QueryItem(name: \(EmitContext.stringLiteral(parameter.wireName)), value: %@))")) }
        if !headers.isEmpty { lines.append(.line("var requestHeaders = HTTPFields()")) }
        for parameter in headers { lines.append(contentsOf: append(parameter, into: "requestHeaders.append(name: \(EmitContext.stringLiteral(parameter.wireName)), value: %@)")) }
        var arguments = [
            "operationID: \(EmitContext.stringLiteral(operation.operationID))",
            "method: \(EmitContext.stringLiteral(operation.httpMethod))",
            "path: \(pathExpression())",
        ]
        if !query.isEmpty { arguments.append("query: requestQuery") }
        if !headers.isEmpty { arguments.append("headers: requestHeaders") }
        if let body = operation.body { arguments.append(bodyArgument(body)) }
        lines.append(.line("return OperationRequest(\(arguments.joined(separator: ", ")))"))
        return [.block("private func make\(SwiftNaming.typeName(name))Request(\(parameters.joined(separator: ", "))) -> OperationRequest", lines)]
    }

    /// Statements adding a parameter's value(s); optional values only when present, query arrays
    /// exploded (`form`), header arrays comma-separated in one field (`simple`).
    func append(_ parameter: ParameterModel, into template: String) -> [SwiftNode] {
        if let query = parameter.objectQuery { return appendObjectQuery(parameter, query) }
        let name = SwiftNaming.escaped(parameter.swiftName)
        let statement: (String) -> String = { template.replacing("%@", with: $0) }
        var body: [SwiftNode]
        if case .array(let element) = parameter.type, parameter.location == .header {
            // Style `simple`: one field whose value lists the elements, comma-separated; none when empty.
            let values = parameter.isRequired ? name : "value"
            let texts = stringExpression("$0", element) == "$0" ? values : "\(values).map { \(stringExpression("$0", element)) }"
            let condition = parameter.isRequired ? "if !\(name).isEmpty" : "if let value = \(name), !value.isEmpty"
            return [.block(condition, [.line(statement("\(texts).joined(separator: \",\")"))])]
        } else if case .array(let element) = parameter.type {
            body = [.block("for element in \(parameter.isRequired ? name : "value")", [.line(statement(stringExpression("element", element)))])]
        } else {
            body = [.line(statement(stringExpression(parameter.isRequired ? name : "value", parameter.type)))]
        }
        return parameter.isRequired ? body : [.block("if let value = \(name)", body)]
    }

    /// The text form of a parameter value.
    func stringExpression(_ value: String, _ type: TypeUsage) -> String {
        if context.isEnum(type) { return "\(value).rawValue" }
        return context.resolved(type) == .string ? value : "String(describing: \(value))"
    }

    /// The path as a Swift string with escaped parameter values interpolated.
    func pathExpression() -> String {
        var result = ""
        var remainder = Substring(operation.path)
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            result += EmitContext.stringLiteral(String(remainder[..<open])).dropFirst().dropLast()
            let wire = String(remainder[remainder.index(after: open)..<close])
            if let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == wire }) {
                let value = stringExpression(SwiftNaming.escaped(parameter.swiftName), parameter.type)
                result += "\\(OperationRequest.escapePathComponent(\(value)))"
            } else {
                result += EmitContext.stringLiteral("{\(wire)}").dropFirst().dropLast()
            }
            remainder = remainder[remainder.index(after: close)...]
        }
        result += EmitContext.stringLiteral(String(remainder)).dropFirst().dropLast()
        return "\"\(result)\""
    }
}
