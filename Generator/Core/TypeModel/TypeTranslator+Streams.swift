/// The stream extensions of a `text/event-stream` response: `x-stream-request-property` names the
/// request body's boolean that asks for a stream, `x-stream-terminal-events` lists the event types
/// (discriminator values) that end a complete stream. Both are checked against the types they name.
extension TypeTranslator {
    /// The body property `x-stream-request-property` names, or `nil` (with an error when the
    /// extension names no boolean property of the body).
    mutating func streamRequestFlag(_ media: MediaType, body: OperationModel.Body?) -> OperationModel.RequestFlag? {
        guard let node = media.extensions["x-stream-request-property"] else { return nil }
        guard let wireName = node.stringValue else {
            error("x-stream-request-property must be the name of a request body property", at: node.location)
            return nil
        }
        guard let body, case .named(let typeName)? = body.jsonType, case .structure(let model)? = declaration(named: typeName) else {
            error("x-stream-request-property '\(wireName)' needs a JSON object request body", at: node.location)
            return nil
        }
        guard let property = model.properties.first(where: { $0.wireName == wireName }) else {
            error("x-stream-request-property names '\(wireName)', which is not a property of the request body \(typeName)", at: node.location)
            return nil
        }
        guard resolvedAlias(property.type) == .bool else {
            error("x-stream-request-property '\(wireName)' must name a boolean property", at: node.location)
            return nil
        }
        return OperationModel.RequestFlag(
            swiftName: property.swiftName, isOmittable: property.isOptional && property.defaultValue != .bool(true))
    }

    /// The union cases `x-stream-terminal-events` names, in declaration order, or `nil` (with an
    /// error when the list is malformed or names something the event union does not have).
    mutating func terminalEventCases(_ media: MediaType, eventType: TypeUsage) -> [String]? {
        guard let node = media.extensions["x-stream-terminal-events"] else { return nil }
        guard let elements = node.sequenceElements, !elements.isEmpty else {
            error("x-stream-terminal-events must be a non-empty list of event types", at: node.location)
            return nil
        }
        guard case .named(let typeName) = eventType, case .taggedUnion(let union)? = declaration(named: typeName) else {
            error("x-stream-terminal-events needs the events' schema to be a oneOf with a discriminator", at: node.location)
            return nil
        }
        var terminal: Set<String> = []
        for element in elements {
            guard let tag = element.stringValue, let variant = union.variants.first(where: { $0.tags.contains(tag) }) else {
                let name = element.stringValue.map { "'\($0)'" } ?? "a value"
                error("x-stream-terminal-events names \(name), which is not an event type (discriminator value) of \(typeName)", at: element.location)
                return nil
            }
            terminal.insert(variant.caseName)
        }
        return union.variants.map(\.caseName).filter { terminal.contains($0) }
    }

    func declaration(named name: String) -> Declaration? {
        declarations.first { $0.name == name }
    }

    /// The type behind any chain of aliases.
    func resolvedAlias(_ type: TypeUsage) -> TypeUsage {
        ReferenceChain.end(of: type, name: { if case .named(let name) = $0 { name } else { nil } }, target: { name in
            if case .alias(let alias)? = declaration(named: name) { alias.target } else { nil }
        })
    }
}
