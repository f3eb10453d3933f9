/// The runtime the generated code is written against, named in one place: the module it imports
/// by default and the public names it refers to (which generated types must therefore not take).
enum Constants {
    /// The module generated files import unless the configuration's `runtimeModule` names another.
    static let runtimeModule = "OpenAPIClientRuntime"

    /// Public names of the runtime module that generated code refers to; generated types must not
    /// shadow them. `AdditionalValue` is `OpenObject`'s associated type: inside a struct it names
    /// the type of `additionalProperties`, so a schema of that name would be shadowed there.
    static let runtimeNames: Set<String> = [
        "AdditionalValue",
        "JSONValue", "JSONKey", "JSONKind", "OpenEnum", "CaseListedOpenEnum", "OpenObject", "UnionEvidence", "ObjectShape", "DecodedNils", "KnownMembers",
        "ObjectDecodingContainer", "Indirect", "APIClient", "APIResult", "APIFailure", "ClientConfiguration", "ClientDefaults", "ErrorFieldPaths",
        "ClientError", "EventStream", "MarksStreamEnd", "HTTPBody", "HTTPFields", "OperationRequest", "QueryItem", "RequestOptions", "ResponseMetadata",
        "RateLimits", "RetryPolicy", "SchemaCheck", "SchemaValidatable", "SchemaViolation", "Timeouts", "TransportError",
        "RequestContent", "MultipartFile", "MultipartForm", "URLEncodedForm", "BodyEncodingError", "EncodedBody",
    ]
}
