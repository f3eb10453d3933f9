/// The runtime the generated code is written against, named in one place: the module it imports
/// by default and the public names it refers to (which generated types must therefore not take).
enum Constants {
    /// The module generated files import unless the configuration's `runtimeModule` names another.
    static let runtimeModule = "InfercomRuntime"

    /// Public names of the runtime module that generated code refers to; generated types must not shadow them.
    static let runtimeNames: Set<String> = [
        "JSONValue", "JSONKey", "JSONKind", "OpenEnum", "CaseListedOpenEnum", "OpenObject", "UnionEvidence", "ObjectShape", "DecodedNils", "NoKnownKeys",
        "ObjectDecodingContainer", "Indirect", "APIClient", "APIResult", "APIError", "ClientConfiguration",
        "ClientError", "EventStream", "MarksStreamEnd", "HTTPBody", "HTTPFields", "OperationRequest", "QueryItem", "RequestOptions", "ResponseMetadata",
        "RateLimits", "RetryPolicy", "SchemaCheck", "SchemaValidatable", "SchemaViolation", "Timeouts", "TransportError",
    ]
}
