/// A `components.securitySchemes` entry: how a credential travels.
public struct SecurityScheme: Sendable {
    /// `http`, `apiKey`, `oauth2`, `openIdConnect` or `mutualTLS`.
    public var type: String
    /// The HTTP authentication scheme of an `http` scheme (`bearer`, `basic`, …), lowercased.
    public var scheme: String?
    public var description: String?
    /// Where an `apiKey` scheme puts the key, and under which name.
    public var apiKey: (location: Parameter.Location, name: String)?
    public var location: SourceLocation
}

/// One alternative of a `security` list: every scheme it names is needed (`{}` needs none).
public struct SecurityRequirement: Sendable {
    public var schemes: [String]
    public var location: SourceLocation
}
