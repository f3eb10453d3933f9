import Foundation

/// Where and how an `APIClient` sends its requests.
///
/// The API key never appears in `description`, `debugDescription` or `dump` output.
public struct ClientConfiguration: Sendable {
    /// The URL the operation paths are appended to, such as `https://api.infercom.ai/v1`.
    public var baseURL: String
    /// Sent where `credentialPlacement` says when set: by default as `Authorization: Bearer <apiKey>`.
    public var apiKey: String?
    /// Where requests carry `apiKey`; `nil` uses the client's default (see `ClientDefaults`): for
    /// generated bindings their spec's security scheme, else a bearer token. An operation whose spec
    /// names another scheme (or none, `security: []`) uses that one.
    public var credentialPlacement: CredentialPlacement?
    /// Headers sent with every request; per-call headers replace same-named ones.
    public var defaultHeaders: HTTPFields
    /// Time limits of every request, unless a call overrides them.
    public var timeouts: Timeouts
    /// Retry rules of every request, unless a call overrides them.
    public var retryPolicy: RetryPolicy
    /// The `User-Agent` header; `nil` sends the client's default (see `ClientDefaults`): for
    /// generated bindings the product their generator configuration names, else
    /// `openapi-swift-client/<version>`, followed by ` (Swift; <OS>)`.
    public var userAgent: String?
    /// Where error bodies keep the fields of `APIFailure`; `nil` uses the client's default (see
    /// `ClientDefaults`): for generated bindings their spec's `x-error-fields`, else none.
    public var errorFields: ErrorFieldPaths?
    /// What moves the bytes: by default `DefaultTransport.make()` (libcurl where it is built,
    /// URLSession on iOS, tvOS, watchOS and visionOS); replace it with a transport trusting a
    /// private CA or using a proxy, or with a test double.
    public var transport: any HTTPTransport
    /// Observers of every call, run in order (see `ClientMiddleware`); none by default.
    public var middlewares: [any ClientMiddleware] = []

    public init(
        baseURL: String, apiKey: String? = nil, defaultHeaders: HTTPFields = [:], timeouts: Timeouts = .init(),
        retryPolicy: RetryPolicy = .init(), userAgent: String? = nil, errorFields: ErrorFieldPaths? = nil,
        transport: any HTTPTransport = DefaultTransport.make()
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.defaultHeaders = defaultHeaders
        self.timeouts = timeouts
        self.retryPolicy = retryPolicy
        self.userAgent = userAgent
        self.errorFields = errorFields
        self.transport = transport
    }

    /// The version of this library, as sent in the generic default `User-Agent` (see `ClientDefaults`).
    public static let libraryVersion = "0.1.0"

    /// The settings left unset taken from `defaults`.
    func filled(from defaults: ClientDefaults) -> ClientConfiguration {
        var configuration = self
        configuration.userAgent = userAgent ?? defaults.userAgent
        configuration.errorFields = errorFields ?? defaults.errorFields
        configuration.credentialPlacement = credentialPlacement ?? defaults.credentialPlacement
        return configuration
    }

    /// The environment variable `name`, or `nil` when it is unset or empty
    /// (for example `ClientConfiguration.environmentValue("INFERCOM_API_KEY")`).
    public static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Shows whether a key is set, never the key; default headers by name only, as they may hold secrets too.
    public var description: String {
        let headerNames = defaultHeaders.map(\.name).joined(separator: ", ")
        return "ClientConfiguration(baseURL: \(baseURL), apiKey: \(apiKey == nil ? "none" : "<redacted>"), "
            + "defaultHeaders: [\(headerNames)], userAgent: \(userAgent ?? "default"), maxRetries: \(retryPolicy.maxRetries), "
            + "transport: \(type(of: transport)))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "baseURL": baseURL,
                "apiKey": apiKey == nil ? "none" : "<redacted>",
                "defaultHeaders": defaultHeaders.map(\.name),
                "timeouts": timeouts,
                "userAgent": userAgent ?? "default",
                "maxRetries": retryPolicy.maxRetries,
                "transport": String(describing: type(of: transport)),
            ],
            displayStyle: .struct)
    }
}
