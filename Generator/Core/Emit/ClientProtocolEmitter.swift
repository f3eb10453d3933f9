/// `ClientModel` → `<ClientName>Protocol`: one requirement per public method of the client (the
/// same name, parameters and effects, `options` without its default), which the client adopts.
/// App code that depends on the protocol can be handed a fake in its tests. An extension supplies
/// the default arguments, so calls read the same on the protocol as on the client.
struct ClientProtocolEmitter {
    let context: EmitContext
    let model: ClientModel

    /// The protocol's name, after swift-openapi-generator's `APIProtocol`: the client's plus `Protocol`.
    static func protocolName(of model: ClientModel) -> String { model.name + "Protocol" }

    func emit() -> [SwiftNode] {
        let name = Self.protocolName(of: model)
        let methods = model.operations.flatMap { OperationEmitter(context: context, operation: $0).publicMethods }
        var requirements: [[SwiftNode]] = []
        var conveniences: [[SwiftNode]] = []
        for method in methods {
            requirements.append([.documentation(["`\(model.name).\(method.selector)`: \(method.summary)"])] + method.requirement)
            conveniences.append([.documentation(["Calls `\(method.selector)` with the default `RequestOptions`."])] + method.convenience)
        }
        var result: [SwiftNode] = [
            .blank,
            .documentation([
                "The operations of `\(model.name)`, one requirement per method, for code that should not",
                "depend on the network: depend on this protocol, pass the client in the app and a fake in",
                "its tests. Default arguments come from the extension, so calls read as on the client.",
            ]),
            .block("\(context.access) protocol \(name): Sendable", .separated(requirements)),
        ]
        if !conveniences.isEmpty {
            result += [.blank, .block("extension \(name)", .separated(conveniences))]
        }
        return result
    }
}

/// One public method of an operation, in the forms the protocol needs.
struct ClientMethod {
    /// `createResponse(_:options:)`.
    var selector: String
    var summary: String
    /// The protocol requirement: no default arguments.
    var requirement: [SwiftNode]
    /// The protocol extension's method: every argument but `options`, with the client's defaults,
    /// calling the requirement.
    var convenience: [SwiftNode]
}

extension OperationEmitter {
    /// The operation's public methods, as `emit()` writes them.
    var publicMethods: [ClientMethod] {
        var result: [ClientMethod] = []
        switch operation.success {
        case .json(let type):
            result.append(method(name, returns: type.swift, isAsync: true, summary: "the decoded `\(type.swift)`."))
            result.append(method(name + "WithMetadata", returns: "APIResult<\(type.swift)>", isAsync: true, summary: "the decoded body with the response's metadata."))
        case .byStatus(let responses):
            result.append(method(name, returns: responses.name, isAsync: true, summary: "the case for the response's status."))
            result.append(method(name + "WithMetadata", returns: "APIResult<\(responses.name)>", isAsync: true, summary: "the case for the response's status, with the response's metadata."))
        case .text:
            result.append(method(name, returns: "String", isAsync: true, summary: "the response body as text."))
        case .binary:
            result.append(method(name, returns: "HTTPBody", isAsync: true, summary: "the response body as it arrives."))
            result.append(method(name + "WithMetadata", returns: "APIResult<HTTPBody>", isAsync: true, summary: "the response body as it arrives, with the response's metadata."))
        case .empty where operation.stream != nil:
            break
        case .empty:
            result.append(method(name, returns: "ResponseMetadata", isAsync: true, summary: "the response's metadata."))
        }
        if let stream = operation.stream {
            let events = "EventStream<\(stream.eventType.swift)>"
            result.append(method(name + "Stream", returns: events, isAsync: false, summary: "the server-sent events, read once."))
        }
        return result
    }

    private func method(_ method: String, returns: String, isAsync: Bool, summary: String) -> ClientMethod {
        let tail = (isAsync ? " async throws" : "") + " -> \(returns)"
        // Deprecated like the client's method, so neither the protocol nor its extension warns.
        let deprecated = context.deprecation(operation.documentation)
        let plain = operation.arguments.map { declaration($0, defaults: false) }
        let forwarding = LineWrapping.list((isAsync ? "try await " : "") + method, forwardedArgumentList + ["options: .init()"], level: 2)
        return ClientMethod(
            selector: "\(method)(\((argumentLabels + ["options:"]).joined()))",
            summary: summary,
            requirement: deprecated + LineWrapping.list("func \(method)", plain + ["options: RequestOptions"], tail: tail, level: 1),
            convenience: deprecated + LineWrapping.block("\(context.access) func \(method)", parameterDeclarations, tail: tail, level: 1, body: forwarding))
    }
}
