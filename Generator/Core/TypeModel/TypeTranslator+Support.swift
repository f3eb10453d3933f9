/// Operations the generator cannot bind: each is skipped with a warning that names it and says why
/// (or, with `strict: true` in the configuration, stops generation with an error). Never a method
/// that silently drops part of the request or the response.
extension TypeTranslator {
    /// Why an operation cannot be generated, and where in the spec the cause is.
    struct UnsupportedShape {
        var reason: String
        var location: SourceLocation
    }

    /// The operations the configuration selects and the generator supports, in document order;
    /// reports every skipped one (once) as a warning, or as an error in strict mode.
    mutating func supportedOperations() -> [Operation] {
        var result: [Operation] = []
        for operation in document.operations where configuration.selects(operation.operationID) {
            guard let unsupported = unsupportedShape(of: operation) else {
                result.append(operation)
                continue
            }
            let message = "operation '\(operation.operationID)' (\(operation.method) \(operation.path)) is not generated: \(unsupported.reason)"
            if configuration.strict {
                error(message, at: unsupported.location)
            } else {
                diagnostics.append(.warning(message + " (list it under 'exclude' in the configuration to silence this)", at: unsupported.location))
            }
        }
        return result
    }

    /// The first part of `operation` the generated client could not send or receive faithfully.
    func unsupportedShape(of operation: Operation) -> UnsupportedShape? {
        // The client sends every request to its one base URL (the document's first server).
        func base(_ url: String?) -> Substring? { url.map { $0.hasSuffix("/") ? $0.dropLast() : Substring($0) } }
        if let own = operation.servers.first, base(own.url) != base(document.servers.first?.url) {
            return UnsupportedShape(
                reason: "it is served from its own server '\(SpecText.visible(own.url))', not the client's base URL",
                location: operation.serversLocation ?? operation.location)
        }
        for parameter in operation.parameters {
            if let reason = unsupportedSerialization(of: parameter) {
                return UnsupportedShape(reason: "parameter '\(SpecText.visible(parameter.name))' \(reason)", location: parameter.sourceLocation)
            }
        }
        for parameter in operation.parameters where !isSimpleParameterType(parameter.schema) && objectQueryStyle(parameter) == nil {
            return UnsupportedShape(
                reason: "parameter '\(parameter.name)' has an object or union schema; only primitives, string enums, arrays of them, unions of primitives that include any string and (in the query, styles form and deepObject) objects of primitives are supported",
                location: parameter.sourceLocation)
        }
        if let requestBody = operation.requestBody, !carriesNothing(requestBody), requestBodyPlan(requestBody) == nil {
            let problems = requestBodyProblems(requestBody)
            return UnsupportedShape(
                reason: "its request body cannot be sent (\(problems.isEmpty ? "no content" : problems.joined(separator: "; ")))",
                location: requestBody.content.first?.location ?? operation.location)
        }
        // Responses of any media type are generated: JSON decoded, text as a String, others as bytes.
        return nil
    }
}

extension TypeTranslator {
    /// Why the client could not put `parameter` on the wire the way the spec says, or `nil`.
    ///
    /// The client sends path values as `simple` scalars, query scalars and arrays as `form`
    /// (arrays exploded: `id=1&id=2`) and headers as `simple`; objects in the query are decided by
    /// `objectQueryStyle`. Any other `style`/`explode` — or one the specification leaves undefined,
    /// such as `deepObject` on an array — would be sent in the wrong form, so it is refused.
    func unsupportedSerialization(of parameter: Parameter) -> String? {
        if parameter.location == .cookie { return "is a cookie; cookie parameters are not supported" }
        if let contentType = parameter.contentType {
            return "is serialised as '\(SpecText.visible(contentType))' content; only parameters with a 'schema' are supported"
        }
        let isArray = valueSchema(of: resolve(parameter.schema)).types.contains(.array)
        let style = parameter.style.map { "style '\(SpecText.visible($0))'" }
        switch parameter.location {
        case .path:
            if let style, parameter.style != "simple" { return "has \(style); path parameters are sent in style 'simple'" }
            if isArray { return "is an array; path parameters must be scalars" }
        case .header:
            if let style, parameter.style != "simple" { return "has \(style); header parameters are sent in style 'simple'" }
        case .query:
            guard isArray else { return nil }
            if let style, parameter.style != "form" { return "is an array with \(style); query arrays are sent in style 'form'" }
            if parameter.explode == false { return "is an array with 'explode: false'; query arrays are sent exploded (name=a&name=b)" }
        case .cookie:
            break
        }
        return nil
    }
}
