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
        for parameter in operation.parameters {
            if let reason = unsupportedSerialization(of: parameter) {
                return UnsupportedShape(reason: reason, location: parameter.sourceLocation)
            }
        }
        for parameter in operation.parameters where !isSimpleParameterType(parameter.schema) && objectQueryStyle(parameter) == nil {
            return UnsupportedShape(
                reason: "parameter '\(parameter.name)' has an object or union schema; only primitives, string enums, arrays of them and (in the query, styles form and deepObject) objects of primitives are supported",
                location: parameter.sourceLocation)
        }
        if let requestBody = operation.requestBody, requestBodyPlan(requestBody) == nil {
            let problems = requestBodyProblems(requestBody)
            return UnsupportedShape(
                reason: "its request body cannot be sent (\(problems.isEmpty ? "no content" : problems.joined(separator: "; ")))",
                location: requestBody.content.first?.location ?? operation.location)
        }
        // Responses of any media type are generated: JSON decoded, text as a String, others as bytes.
        return nil
    }

    /// Why the client cannot send `parameter` the way the spec says, if it cannot: a cookie, a
    /// `content` parameter, or a `style` it does not write. Sending it some other way would be a
    /// request the server reads differently, so the operation is skipped instead.
    func unsupportedSerialization(of parameter: Parameter) -> String? {
        let name = "parameter '\(SpecText.visible(parameter.name))'"
        if parameter.location == .cookie { return "\(name) is a cookie, which the client does not send" }
        if let type = parameter.contentType {
            return "\(name) is given as '\(SpecText.visible(type))' content instead of a schema, which the client does not serialize"
        }
        guard let style = parameter.style else { return nil }
        let isArray = resolve(parameter.schema).types == [.array]
        switch (parameter.location, style) {
        case (.query, "form"), (.query, "deepObject"), (.path, "simple"), (.header, "simple"):
            return nil
        case (.query, "spaceDelimited"), (.query, "pipeDelimited") where isArray:
            return nil
        default:
            return "\(name) uses style '\(SpecText.visible(style))' in the \(parameter.location.rawValue)"
                + ", which the client does not write (it writes form, spaceDelimited and pipeDelimited queries, deepObject objects, simple paths and headers)"
        }
    }

    /// How an array parameter's elements travel: `nil` for one query item (or header line) each,
    /// else the delimiter that joins them into one value (`style` and `explode`, as OpenAPI has them).
    func arrayDelimiter(for parameter: Parameter) -> String? {
        guard resolve(parameter.schema).types == [.array] else { return nil }
        switch parameter.location {
        case .path: return ","
        case .header, .cookie: return nil
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
