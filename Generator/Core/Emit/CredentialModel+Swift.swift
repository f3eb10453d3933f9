extension CredentialModel {
    /// The runtime's `CredentialPlacement` value, names as escaped string literals.
    var swiftExpression: String {
        switch self {
        case .bearer: ".bearer"
        case .basic: ".basic"
        case .header(let name): ".header(\(EmitContext.stringLiteral(name)))"
        case .query(let name): ".query(\(EmitContext.stringLiteral(name)))"
        case .cookie(let name): ".cookie(\(EmitContext.stringLiteral(name)))"
        case .omitted: ".omitted"
        }
    }

    /// How the DocC says it, names in code voice (the reader checked they hold no backtick-breaking line).
    var prose: String {
        switch self {
        case .bearer: "as a bearer token (`Authorization: Bearer <apiKey>`)"
        case .basic: "as HTTP basic credentials (`Authorization: Basic`, the key being `user:password`)"
        case .header(let name): "in the `\(SpecText.visible(name))` header"
        case .query(let name): "in the `\(SpecText.visible(name))` query parameter"
        case .cookie(let name): "in the `\(SpecText.visible(name))` cookie"
        case .omitted: "nowhere (no credential the client can send)"
        }
    }
}
