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
            + model.operations.flatMap { operation -> [SwiftNode] in
                guard case .byStatus(let responses) = operation.success else { return [] }
                return StatusResponsesEmitter(context: context, model: responses, operation: operation).emit()
            }
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
        let readsEnvironment = model.apiKeyEnvironmentVariable != nil
        let placement = model.credential == .omitted
            ? "The spec names no credential the client can send, so `apiKey` is not sent; add credentials with `defaultHeaders` or a middleware."
            : "Requests carry `apiKey` \(model.credential.prose) when it is given."
        let keyDoc = model.apiKeyEnvironmentVariable.map { "`apiKey` defaults to the `\($0)` environment variable. " + placement } ?? placement
        let baseParameter = model.defaultBaseURL != nil ? "baseURL: String = \(model.name).defaultBaseURL" : "baseURL: String"
        return [
            .documentation(["Creates a client with default timeouts, retries and transport.", "", keyDoc]),
            .block("\(context.access) init(apiKey: String? = nil, \(baseParameter))", readsEnvironment ? [
                .line("let apiKey = apiKey ?? ClientConfiguration.environmentValue(Self.apiKeyEnvironmentVariable)"),
                .line("self.init(configuration: ClientConfiguration(baseURL: baseURL, apiKey: apiKey))"),
            ] : [
                .line("self.init(configuration: ClientConfiguration(baseURL: baseURL, apiKey: apiKey))"),
            ]),
        ]
    }
}

/// One operation's methods and its private request builder.
struct OperationEmitter {
    let context: EmitContext
    let operation: OperationModel

    var name: String { operation.methodName }

    /// A public method: its signature (the parameter list one per line when it is long) and body.
    func method(_ method: String, returns: String, isAsync: Bool, body: [SwiftNode]) -> [SwiftNode] {
        let effects = isAsync ? " async throws" : ""
        return LineWrapping.block("\(context.access) func \(method)", parameterDeclarations + ["options: RequestOptions = .init()"],
                                  tail: "\(effects) -> \(returns)", level: 1, body: body)
    }

    /// Set when the operation's own security puts the key elsewhere than the client's default.
    var credentialNote: String? {
        switch operation.credential {
        case nil: nil
        case .omitted?: "Sends no API key: its security asks for none the client can send."
        case let credential?: "Its own security scheme sends the API key \(credential.prose)."
        }
    }

    func docs(_ extra: String) -> [SwiftNode] {
        let parameterLines = argumentDocumentation + ["- Parameter options: Per-call timeouts, retries and headers."]
        let extras = [extra] + (alternativesNote.map { [$0] } ?? []) + (credentialNote.map { [$0] } ?? []) + parameterLines
        return context.documentation(operation.documentation, extra: extras) + context.deprecation(operation.documentation)
    }

    func emit() -> [[SwiftNode]] {
        var groups: [[SwiftNode]] = []
        switch operation.success {
        case .json(let type):
            groups.append(docs("Returns the decoded `\(type.swift)`." + streamFlagNote(false)) + method(
                name, returns: type.swift, isAsync: true,
                body: statements(streaming: false) { "try await core.perform(\($0), as: \(type.swift).self, options: options).value" }))
            groups.append(docs("Returns the decoded body with the response's status, headers, request id and rate limits." + streamFlagNote(false)) + method(
                name + "WithMetadata", returns: "APIResult<\(type.swift)>", isAsync: true,
                body: statements(streaming: false) { "try await core.perform(\($0), as: \(type.swift).self, options: options)" }))
        case .byStatus(let responses):
            let type = responses.name
            let call = { (request: String) in "try await core.perform(\(request), options: options, byStatus: \(type).init(status:body:))" }
            groups.append(docs("Returns the case of `\(type)` for the response's status." + streamFlagNote(false)) + method(
                name, returns: type, isAsync: true, body: statements(streaming: false) { call($0) + ".value" }))
            groups.append(docs("Returns the case for the response's status with its headers, request id and rate limits." + streamFlagNote(false)) + method(
                name + "WithMetadata", returns: "APIResult<\(type)>", isAsync: true, body: statements(streaming: false, call)))
        case .text(let contentType):
            let accept = EmitContext.stringLiteral(contentType)
            groups.append(docs("Returns the response body (`\(SpecText.inlineComment(contentType))`) as text, read in the charset the response names (UTF-8 by default)." + streamFlagNote(false)) + method(
                name, returns: "String", isAsync: true,
                body: statements(streaming: false) { "try await core.performText(\($0), accept: \(accept), options: options).value" }))
        case .binary(let contentType):
            // Streamed, not collected: downloads can be larger than memory (see `APIClient.performBinary`).
            let call = { (request: String) in
                "try await core.performBinary(\(request), accept: \(EmitContext.stringLiteral(contentType)), options: options)"
            }
            groups.append(docs("Returns the response body (`\(contentType)`) as it arrives; read it once." + streamFlagNote(false)) + method(
                name, returns: "HTTPBody", isAsync: true, body: statements(streaming: false) { call($0) + ".value" }))
            groups.append(docs("Returns the response body as it arrives, with the response's status, headers, request id and rate limits." + streamFlagNote(false)) + method(
                name + "WithMetadata", returns: "APIResult<HTTPBody>", isAsync: true, body: statements(streaming: false, call)))
        case .empty where operation.stream != nil:
            break
        case .empty:
            groups.append(docs("Returns the response's metadata; the response has no body.") + method(
                name, returns: "ResponseMetadata", isAsync: true,
                body: statements(streaming: false) { "try await core.performEmpty(\($0), options: options)" }))
        }
        if let stream = operation.stream {
            let note = stream.requestFlag.map { "Sets `\($0.swiftName)` to `true` and returns" } ?? "Returns"
            let text = "\(note) the server-sent events as they arrive, decoded as `\(stream.eventType.swift)`. The stream is read once."
            groups.append(docs(text) + method(
                name + "Stream", returns: "EventStream<\(stream.eventType.swift)>", isAsync: false,
                body: statements(streaming: true) { "core.stream(\($0), as: \(stream.eventType.swift).self, options: options)" }))
        }
        groups.append(requestBuilder())
        return groups
    }

    /// The statements of a method: `call` given the request, after setting the body's stream flag
    /// for `streaming` when the operation has one — the method, not the caller, decides whether the
    /// answer is streamed. The request builder's call goes inside `call` when the line fits, and
    /// into `operationRequest` (a name no parameter can take), one argument per line, when not.
    func statements(streaming: Bool, _ call: (String) -> String) -> [SwiftNode] {
        var lines: [SwiftNode] = []
        if let flag = operation.stream?.requestFlag, let body = operation.body {
            let property = SwiftNaming.escaped(flag.swiftName)
            lines.append(.line("var body = body"))
            lines.append(.line((body.isRequired ? "body." : "body?.") + "\(property) = \(flagValue(flag, streaming))"))
        }
        let returning = lines.isEmpty ? "" : "return "
        let builder = "make\(SwiftNaming.typeName(name))Request"
        let direct = returning + call("\(builder)(\(forwardedArguments))")
        if LineWrapping.fits(direct, level: 2) { return lines + [.line(direct)] }
        return lines + LineWrapping.list("let operationRequest = \(builder)", forwardedArgumentList, level: 2)
            + [.line("return " + call("operationRequest"))]
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
        if let credential = operation.credential { arguments.append("credentialPlacement: \(credential.swiftExpression)") }
        lines += LineWrapping.list("return OperationRequest", arguments, level: 2)
        return LineWrapping.block("private func make\(SwiftNaming.typeName(name))Request", parameters,
                                  tail: " -> OperationRequest", level: 1, body: lines)
    }

    /// Statements adding a parameter's value(s); optional values only when present; arrays one
    /// query item per element, or joined by the parameter's delimiter (header arrays: one field).
    func append(_ parameter: ParameterModel, into template: String) -> [SwiftNode] {
        if let query = parameter.objectQuery { return appendObjectQuery(parameter, query) }
        if let union = parameter.unionQuery { return appendUnionQuery(parameter, union) }
        if let notation = parameter.deepObjectArrays { return appendDeepObjectArray(parameter, notation) }
        let name = SwiftNaming.escaped(parameter.swiftName)
        let statement: (String) -> String = { template.replacing("%@", with: $0) }
        var body: [SwiftNode]
        if case .array(let element) = parameter.type, let delimiter = parameter.arrayDelimiter {
            let joined = statement(joinedExpression(parameter.isRequired ? name : "value", element, delimiter: delimiter))
            if parameter.location == .header {
                // Style `simple`: one field whose value lists the elements; none when there are none.
                let condition = parameter.isRequired ? "if !\(name).isEmpty" : "if let value = \(name), !value.isEmpty"
                return [.block(condition, [.line(joined)])]
            }
            body = [.line(joined)]
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

    /// The elements of an array as one value, joined by `delimiter`.
    func joinedExpression(_ value: String, _ element: TypeUsage, delimiter: String) -> String {
        let separator = EmitContext.stringLiteral(delimiter)
        let text = stringExpression("$0", element)
        return text == "$0" ? "\(value).joined(separator: \(separator))" : "\(value).map { \(text) }.joined(separator: \(separator))"
    }

    /// Literal path text, percent-encoded for the wire, as the inside of a string literal.
    func literal(_ text: some StringProtocol) -> Substring {
        EmitContext.stringLiteral(PathTemplate.encodingLiterals(String(text))).dropFirst().dropLast()
    }

    /// The path as a Swift string with escaped parameter values interpolated.
    func pathExpression() -> String {
        var result = ""
        var remainder = Substring(operation.path)
        while let open = remainder.firstIndex(of: "{"), let close = remainder[open...].firstIndex(of: "}") {
            result += literal(remainder[..<open])
            let wire = String(remainder[remainder.index(after: open)..<close])
            if let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == wire }) {
                let name = SwiftNaming.escaped(parameter.swiftName)
                if case .array(let element) = parameter.type {
                    // Style simple: each element escaped, the commas between them left as they are.
                    let each = "OperationRequest.escapePathComponent(\(stringExpression("$0", element)))"
                    result += "\\(\(name).map { \(each) }.joined(separator: \",\"))"
                } else {
                    result += "\\(OperationRequest.escapePathComponent(\(stringExpression(name, parameter.type))))"
                }
            } else {
                result += EmitContext.stringLiteral("{\(wire)}").dropFirst().dropLast()
            }
            remainder = remainder[remainder.index(after: close)...]
        }
        result += literal(remainder)
        return "\"\(result)\""
    }
}
