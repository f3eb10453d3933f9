/// Operations → client methods.
extension TypeTranslator {
    mutating func translateClient() -> ClientModel {
        for id in (configuration.operations ?? []) + configuration.exclude
        where !document.operations.contains(where: { $0.operationID == id }) {
            error("configuration names operation '\(id)', which the document does not define", at: SourceLocation(file: document.file, line: 1, column: 1))
        }
        let operations = selectedOperations
        var methodNames = NameRegistry(reserved: ["init", "core"])
        let clientCredential = document.security.map { credential(for: $0, at: document.securityLocation) } ?? .bearer
        let models = operations.compactMap { operation -> OperationModel? in
            guard var model = translateOperation(operation, methodNames: &methodNames) else { return nil }
            let own = operation.security.map { credential(for: $0, at: operation.location) }
            model.credential = own == clientCredential ? nil : own
            return model
        }
        return ClientModel(
            name: configuration.clientName,
            documentation: Documentation(text: document.info.description ?? "A client for \(document.info.title)."),
            defaultBaseURL: document.servers.first?.url,
            apiKeyEnvironmentVariable: configuration.apiKeyEnvironmentVariable,
            userAgentProduct: configuration.userAgent,
            errorFields: document.errorFields,
            credential: clientCredential,
            operations: models,
            streamEnds: streamEnds(of: models, operations: operations))
    }

    /// One stream-end rule per event type; operations sharing an event type must agree on it.
    mutating func streamEnds(of models: [OperationModel], operations: [Operation]) -> [StreamEndModel] {
        var result: [StreamEndModel] = []
        for model in models {
            guard let stream = model.stream, let cases = stream.terminalCases, case .named(let name) = stream.eventType else { continue }
            if let existing = result.first(where: { $0.eventTypeName == name }) {
                if existing.caseNames != cases {
                    error(
                        "operation '\(model.operationID)' lists other x-stream-terminal-events for \(name) than an earlier operation",
                        at: operations.first { $0.operationID == model.operationID }?.location ?? SourceLocation(file: document.file, line: 1, column: 1))
                }
                continue
            }
            result.append(StreamEndModel(eventTypeName: name, caseNames: cases))
        }
        return result
    }

    mutating func translateOperation(_ operation: Operation, methodNames: inout NameRegistry) -> OperationModel? {
        let methodName = methodNames.claim(SwiftNaming.memberName(operation.operationID))
        let typeStem = configuration.typePrefix + SwiftNaming.typeName(operation.operationID)
        var parameterNames = NameRegistry(reserved: ["body", "options", "requestQuery", "requestHeaders", "operationRequest", "core"])
        var parameters: [ParameterModel] = []
        for parameter in operation.parameters {
            let type = isTextUnionParameter(parameter.schema)
                ? TypeUsage.string : usage(for: parameter.schema, suggestedName: typeStem + SwiftNaming.typeName(parameter.name)).0
            // `supportedOperations()` let only scalar, array and supported object and union parameters through.
            let isSimple = isSimpleParameterType(parameter.schema)
            let objectQuery = isSimple ? nil : objectQueryStyle(parameter).flatMap { objectQueryModel(style: $0, type: type) }
            let unionQuery = isSimple || objectQuery != nil
                ? nil : unionQueryStyle(parameter).flatMap { unionQueryModel(style: $0, type: type) }
            if !isSimple && objectQuery == nil && unionQuery == nil {
                // The schema passed the check but its Swift type did not: never emit it as a plain value.
                error("parameter '\(SpecText.visible(parameter.name))' has a type the query cannot write", at: parameter.sourceLocation)
            }
            parameters.append(ParameterModel(
                wireName: parameter.name, swiftName: parameterNames.claim(SwiftNaming.memberName(parameter.name)),
                location: parameter.location, type: type, isRequired: parameter.required,
                documentation: Documentation(text: parameter.description, deprecated: parameter.deprecated),
                objectQuery: objectQuery, unionQuery: unionQuery, arrayDelimiter: arrayDelimiter(for: parameter),
                deepObjectArrays: parameter.style == "deepObject" && isArray(parameter) ? configuration.deepObjectArrays : nil))
        }

        let body = translateRequestBody(operation, typeStem: typeStem)

        let success = translateSuccess(operation, typeStem: typeStem)
        var stream: OperationModel.Stream?
        let successResponses = operation.successResponses
        for (status, response) in successResponses {
            for media in response.content {
                if Self.baseMediaType(media.contentType) == "text/event-stream", stream == nil {
                    guard let schema = media.schema else {
                        error("'text/event-stream' response \(status) needs a schema for its events' data", at: media.location)
                        continue
                    }
                    let eventType = usage(for: schema, suggestedName: typeStem + "Event").0
                    stream = .init(
                        eventType: eventType,
                        requestFlag: streamRequestFlag(media, body: body),
                        terminalCases: terminalEventCases(media, eventType: eventType))
                }
            }
        }
        let text = [operation.summary, operation.description].compactMap { $0 }.joined(separator: "\n\n")
        return OperationModel(
            methodName: methodName, operationID: operation.operationID, httpMethod: operation.method, path: operation.path,
            documentation: Documentation(
                text: text.isEmpty ? nil : text, pointer: "\(operation.method) \(operation.path)", deprecated: operation.deprecated),
            parameters: parameters, body: body, arguments: Self.methodArguments(body: body, parameters: parameters),
            success: success, stream: stream)
    }

    /// The order an operation's methods take their arguments in, decided here once for every method
    /// and the request builder: the body first (the call's subject, unlabelled), then the required
    /// parameters, then the optional ones (defaulted, so a call can stop early), each group in the
    /// spec's order. Swift names were claimed in the spec's order before (`translateOperation`), so
    /// this order never renames a parameter.
    static func methodArguments(body: OperationModel.Body?, parameters: [ParameterModel]) -> [OperationModel.Argument] {
        let required = parameters.filter(\.isRequired)
        let optional = parameters.filter { !$0.isRequired }
        return (body.map { [.body($0)] } ?? []) + (required + optional).map { .parameter($0) }
    }

    /// Parameters travel as text: primitives, string enums and arrays of those.
    func isSimpleParameterType(_ schema: Schema) -> Bool {
        let resolved = resolve(schema)
        switch shape(of: resolved) {
        case .object: return false
        case .union(let members, _): return members.count == 1 && isSimpleParameterType(members[0]) || isTextUnionParameter(resolved)
        case .stringEnum: return true
        case .other:
            // Null elements have no text form in a query.
            if resolved.types == [.array], let items = resolved.items { return !admitsNull(resolve(items)) && !items.allowsNull && isSimpleParameterType(items) }
            return !resolved.types.contains(.object) && !resolved.types.contains(.array)
        }
    }

    /// A union of scalars one of which is any string (GitHub's `workflow_id: oneOf [integer, string]`):
    /// every member's value is text on the wire, and every text is a value of the plain-string member,
    /// so the parameter is exactly a `String` — no union type whose cases the caller must pick between.
    func isTextUnionParameter(_ schema: Schema) -> Bool {
        guard case .union(let members, _) = shape(of: resolve(schema)), members.count > 1 else { return false }
        let resolvedMembers = members.map(resolve)
        guard resolvedMembers.allSatisfy({ isSimpleParameterType($0) && !$0.types.contains(.array) }) else { return false }
        return resolvedMembers.contains { member in
            member.types == [.string] && member.enumValues == nil && member.constValue == nil
                && member.constraints.isEmpty && member.oneOf == nil && member.anyOf == nil && member.allOf == nil
        }
    }

    /// `text/*` (unless its schema says binary), or any media type whose schema is a plain string
    /// (`application/sdp`): read as text. Everything else is bytes.
    func isTextResponse(_ media: MediaType) -> Bool {
        let resolved = media.schema.map(resolve)
        if resolved?.format == "binary" { return false }
        return media.contentType.lowercased().hasPrefix("text/") || resolved?.types == [.string]
    }

    func isJSON(_ contentType: String) -> Bool {
        // Media type names are case-insensitive and may carry parameters and spaces (RFC 9110).
        let base = Self.baseMediaType(contentType)
        return base == "application/json" || base.hasSuffix("+json")
    }
}
