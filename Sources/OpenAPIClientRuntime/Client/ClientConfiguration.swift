import Foundation

/// Where and how an `APIClient` sends its requests.
///
/// The API key never appears in `description`, `debugDescription` or `dump` output.
public struct ClientConfiguration: Sendable {
    /// The URL the operation paths are appended to, such as `https://api.infercom.ai/v1`.
    public var baseURL: String
    /// Sent as `Authorization: Bearer <apiKey>` when set.
    public var apiKey: String?
    /// Headers sent with every request; per-call headers replace same-named ones.
    public var defaultHeaders: HTTPFields
    /// Time limits of every request, unless a call overrides them.
    public var timeouts: Timeouts
    /// Retry rules of every request, unless a call overrides them.
    public var retryPolicy: RetryPolicy
    /// The `User-Agent` header.
    public var userAgent: String
    /// What moves the bytes: by default `DefaultTransport.make()` (libcurl where it is built,
    /// URLSession on iOS, tvOS, watchOS and visionOS); replace it with a transport trusting a
    /// private CA or using a proxy, or with a test double.
    public var transport: any HTTPTransport
    /// Observers of every call, run in order (see `ClientMiddleware`); none by default.
    public var middlewares: [any ClientMiddleware] = []

    public init(
        baseURL: String, apiKey: String? = nil, defaultHeaders: HTTPFields = [:], timeouts: Timeouts = .init(),
        retryPolicy: RetryPolicy = .init(), userAgent: String = ClientConfiguration.defaultUserAgent,
        transport: any HTTPTransport = DefaultTransport.make()
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.defaultHeaders = defaultHeaders
        self.timeouts = timeouts
        self.retryPolicy = retryPolicy
        self.userAgent = userAgent
        self.transport = transport
    }

    /// The version of this library, as sent in the default `User-Agent`.
    public static let libraryVersion = "0.1.0"

    /// `infercom-swift/<version> (Swift; <OS>)`.
    public static let defaultUserAgent = "infercom-swift/\(libraryVersion) (Swift; \(operatingSystem))"

    /// The environment variable `name`, or `nil` when it is unset or empty
    /// (for example `ClientConfiguration.environmentValue("INFERCOM_API_KEY")`).
    public static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    private static var operatingSystem: String {
        #if os(Linux)
        "Linux"
        #elseif os(macOS)
        "macOS"
        #elseif os(iOS)
        "iOS"
        #elseif os(Windows)
        "Windows"
        #else
        "unknown"
        #endif
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Shows whether a key is set, never the key; default headers by name only, as they may hold secrets too.
    public var description: String {
        let headerNames = defaultHeaders.map(\.name).joined(separator: ", ")
        return "ClientConfiguration(baseURL: \(baseURL), apiKey: \(apiKey == nil ? "none" : "<redacted>"), "
            + "defaultHeaders: [\(headerNames)], userAgent: \(userAgent), maxRetries: \(retryPolicy.maxRetries), "
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
                "userAgent": userAgent,
                "maxRetries": retryPolicy.maxRetries,
                "transport": String(describing: type(of: transport)),
            ],
            displayStyle: .struct)
    }
}
