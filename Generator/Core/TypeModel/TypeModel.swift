/// Everything the renderer needs: the type declarations and the client.
public struct TypeModel: Sendable, Hashable {
    public var declarations: [Declaration]
    public var client: ClientModel
}

/// The generated client struct and its operation methods.
public struct ClientModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var defaultBaseURL: String?
    public var apiKeyEnvironmentVariable: String?
    public var operations: [OperationModel]
}

public struct OperationModel: Sendable, Hashable {
    public var methodName: String
    public var operationID: String
    public var httpMethod: String
    public var path: String
    public var documentation: Documentation
    public var parameters: [ParameterModel]
    public var body: Body?
    /// What a successful (2xx) response carries.
    public var success: Success
    /// Set when a 2xx response also offers `text/event-stream`.
    public var stream: Stream?

    public struct Body: Sendable, Hashable {
        public var type: TypeUsage
        public var isRequired: Bool
    }

    public enum Success: Sendable, Hashable {
        case json(TypeUsage)
        case text
        case empty
    }

    public struct Stream: Sendable, Hashable {
        public var eventType: TypeUsage
        /// Request body property set to `true` by the streaming method (`x-stream-request-property`).
        public var requestFlag: String?
    }
}

public struct ParameterModel: Sendable, Hashable {
    public var wireName: String
    public var swiftName: String
    public var location: Parameter.Location
    public var type: TypeUsage
    public var isRequired: Bool
    public var documentation: Documentation
}
