/// Everything the renderer needs: the type declarations and the client.
public struct TypeModel: Sendable, Hashable {
    public var declarations: [Declaration]
    public var client: ClientModel
    /// The declarations that get a `validate()`: decided once by the validation pass.
    public var validatable: Set<String> = []
}

/// The generated client struct and its operation methods.
public struct ClientModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var defaultBaseURL: String?
    public var apiKeyEnvironmentVariable: String?
    /// The product tokens the default `User-Agent` starts with (the configuration's `userAgent`).
    public var userAgentProduct: String? = nil
    /// Where error bodies keep `APIFailure`'s fields (the spec's `x-error-fields`).
    public var errorFields: ErrorFields? = nil
    /// Where requests carry the API key, from the document's `security` (`.bearer` without one).
    public var credential: CredentialModel = .bearer
    public var operations: [OperationModel]
    /// Event types whose terminal events the spec lists (`x-stream-terminal-events`), one per type.
    public var streamEnds: [StreamEndModel] = []
}

/// The events that end a complete stream of one event type: the cases of its tagged union.
public struct StreamEndModel: Sendable, Hashable {
    public var eventTypeName: String
    /// Union case names, in declaration order.
    public var caseNames: [String]
}

public struct OperationModel: Sendable, Hashable {
    public var methodName: String
    public var operationID: String
    public var httpMethod: String
    public var path: String
    public var documentation: Documentation
    /// The spec's parameters in the spec's order (path-level ones first), which is the order the
    /// request's query items and headers are added in.
    public var parameters: [ParameterModel]
    public var body: Body?
    /// What the operation's methods and its request builder take, in signature order: decided once
    /// by the translator (`TypeTranslator.methodArguments`); the emitters print it as it is, followed
    /// by the runtime's `options`.
    public var arguments: [Argument]
    /// What a successful (2xx) response carries.
    public var success: Success
    /// Set when a 2xx response also offers `text/event-stream`.
    public var stream: Stream?
    /// Where this operation carries the API key, when its own `security` differs from the document's.
    public var credential: CredentialModel? = nil

    public struct Body: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case json(TypeUsage)
            case multipart(FormModel)
            case urlEncodedForm(FormModel)
            /// Bytes sent as they are.
            case binary
            /// A string sent as UTF-8.
            case text
        }

        public var kind: Kind
        public var isRequired: Bool
        /// The media type sent, as the spec names it.
        public var contentType: String
        /// The other media types the operation accepts, which the generated method does not send.
        public var alternatives: [String] = []

        /// The type of a JSON body.
        public var jsonType: TypeUsage? {
            if case .json(let type) = kind { return type }
            return nil
        }
    }

    /// The query parameters, in the order their items are added to the request.
    public var queryParameters: [ParameterModel] { parameters.filter { $0.location == .query } }
    /// The header parameters, in the order they are added to the request.
    public var headerParameters: [ParameterModel] { parameters.filter { $0.location == .header } }

    /// One argument of the operation's methods.
    public enum Argument: Sendable, Hashable {
        /// The request body: unlabelled (`_ body:`), `nil` by default when the body is optional.
        case body(Body)
        /// A path, query or header parameter, labelled with its Swift name; `nil` by default when optional.
        case parameter(ParameterModel)

        public var isRequired: Bool {
            switch self {
            case .body(let body): body.isRequired
            case .parameter(let parameter): parameter.isRequired
            }
        }
    }

    public enum Success: Sendable, Hashable {
        case json(TypeUsage)
        /// 2xx responses that differ (another JSON body, or none): an enum with one case per
        /// status, which the response's status picks — never a body decoded as another's type.
        case byStatus(StatusResponsesModel)
        /// A `text/*` media type: a `String`, read in the response's charset.
        case text(contentType: String)
        /// Any other media type (`application/octet-stream`, `image/png`, …): the body's bytes, streamed.
        case binary(contentType: String)
        case empty
    }

    /// The streaming method sets the flag to `true`; the others omit it when the server's default
    /// is not to stream (an optional property without `default: true`), else set it to `false`.
    public struct RequestFlag: Sendable, Hashable {
        public var swiftName: String
        public var isOmittable: Bool
    }

    public struct Stream: Sendable, Hashable {
        public var eventType: TypeUsage
        /// The request body's boolean property that says whether to stream (`x-stream-request-property`).
        public var requestFlag: RequestFlag?
        /// The cases of the event union that end a complete stream (`x-stream-terminal-events`).
        public var terminalCases: [String]?
    }
}

public struct ParameterModel: Sendable, Hashable {
    public var wireName: String
    public var swiftName: String
    public var location: Parameter.Location
    public var type: TypeUsage
    public var isRequired: Bool
    public var documentation: Documentation
    /// For an object-valued query parameter: how its members become query items.
    public var objectQuery: ObjectQueryModel? = nil
    /// For a union-valued query parameter: how each of its cases becomes query items.
    public var unionQuery: UnionQueryModel? = nil
    /// For an array: the delimiter that joins its elements into one value (`,` in a path or an
    /// unexploded form query, ` ` or `|` for spaceDelimited and pipeDelimited), `nil` for one item each.
    public var arrayDelimiter: String? = nil
    /// For a `deepObject` query array: the notation of its items' names (`tags[]`, `tags[0]`, `tags`).
    public var deepObjectArrays: GeneratorConfiguration.DeepObjectArrays? = nil
}

/// The generated enum of an operation whose documented 2xx responses differ.
public struct StatusResponsesModel: Sendable, Hashable {
    public var name: String
    public var cases: [Case]

    public struct Case: Sendable, Hashable {
        /// `"201"`, or `"2XX"` for the range (which takes the statuses no other case names).
        public var status: String
        public var caseName: String
        /// The JSON body's type; `nil` for a response without a body.
        public var type: TypeUsage?
        /// The response's description.
        public var text: String?
    }
}
