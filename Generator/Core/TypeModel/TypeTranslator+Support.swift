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
}
