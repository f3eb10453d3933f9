/// Operations the generator cannot bind: each is skipped with a warning that names it and says why
/// (or, with `strict: true` in the configuration, stops generation with an error). Never a method
/// that silently drops part of the request or the response.
extension TypeTranslator {
    /// Why an operation cannot be generated, and where in the spec the cause is.
    struct UnsupportedShape {
        var reason: String
        var location: SourceLocation
        /// The unsupported schema construct the operation reaches, if that is why: reported once
        /// for all it skips (see `SkippedParts`), with the first reference it reaches it through.
        var construct: UnsupportedConstruct? = nil
        var through: Reference? = nil
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
            if let construct = unsupported.construct {
                let via = unsupported.through.map { $0.isInside ? ", via '\(SpecText.visible($0.pointer))'" : ", via schema '\($0.name)'" }
                skippedParts.add(
                    construct, "operation '\(operation.operationID)' (\(operation.method) \(operation.path)\(via ?? ""))", isOperation: true)
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
        if let (construct, through) = unsupportedReach.cause(of: operation) {
            return UnsupportedShape(reason: construct.reason, location: construct.location, construct: construct, through: through)
        }
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
        for parameter in operation.parameters
        where !isSimpleParameterType(parameter.schema) && objectQueryStyle(parameter) == nil && unionQueryStyle(parameter) == nil {
            if parameter.style == "deepObject", configuration.deepObjectArrays == nil, let problem = deepObjectArrayProblem(parameter.schema),
               objectQueryStyle(parameter, allowingArrays: true) != nil {
                return UnsupportedShape(reason: "parameter '\(SpecText.visible(parameter.name))' \(problem)", location: parameter.sourceLocation)
            }
            return UnsupportedShape(
                reason: "parameter '\(parameter.name)' has an object or union schema; only primitives, string enums, arrays of them, unions of primitives that include any string and (in the query, styles form and deepObject) objects of primitives and unions of those are supported",
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

    /// How an array parameter's elements travel: `nil` for one query item each, else the delimiter
    /// that joins them into one value (`style` and `explode`, as OpenAPI has them).
    func arrayDelimiter(for parameter: Parameter) -> String? {
        guard isArray(parameter), parameter.style != "deepObject" else { return nil }
        switch parameter.location {
        case .path, .header: return ","
        case .cookie: return nil
        case .query:
            // `explode` defaults to true for form only (OpenAPI 3.x, Parameter Object).
            let explode = parameter.explode ?? (parameter.style == nil || parameter.style == "form")
            guard !explode else { return nil }
            switch parameter.style {
            case "spaceDelimited": return " "
            case "pipeDelimited": return "|"
            default: return ","
            }
        }
    }
}

extension TypeTranslator {
    /// Why the client could not put `parameter` on the wire the way the spec says, or `nil`.
    ///
    /// The client writes paths and headers in style `simple` (arrays comma-separated), query
    /// scalars and arrays in `form` (exploded or not), `spaceDelimited` or `pipeDelimited`
    /// (`arrayDelimiter`); objects in the query are decided by `objectQueryStyle`. Any other
    /// style, or one the specification leaves undefined, such as `deepObject` on an array (unless
    /// the configuration names its notation), would be sent in a form the server reads
    /// differently, so the operation is refused.
    func unsupportedSerialization(of parameter: Parameter) -> String? {
        if parameter.location == .cookie { return "is a cookie; cookie parameters are not supported" }
        if let contentType = parameter.contentType {
            return "is serialised as '\(SpecText.visible(contentType))' content; only parameters with a 'schema' are supported"
        }
        let style = parameter.style.map { "style '\(SpecText.visible($0))'" }
        switch parameter.location {
        case .path, .header:
            if let style, parameter.style != "simple" { return "has \(style); \(parameter.location.rawValue) parameters are sent in style 'simple'" }
        case .query:
            guard isArray(parameter) else { return nil }
            if parameter.style == "deepObject" {
                return deepObjectArrayProblem(parameter.schema)
            }
            if let style, !["form", "spaceDelimited", "pipeDelimited"].contains(parameter.style) {
                return "is an array with \(style); query arrays are sent in style form, spaceDelimited, pipeDelimited or (with 'deepObjectArrays' set) deepObject"
            }
        case .cookie:
            break
        }
        return nil
    }

    func isArray(_ parameter: Parameter) -> Bool {
        valueSchema(of: resolve(parameter.schema)).types.contains(.array)
    }
}
