/// What a client assumes for the settings its `ClientConfiguration` leaves unset (`nil`): the
/// `User-Agent` it sends and where error bodies keep `APIFailure`'s fields.
///
/// Generated bindings pass theirs to `APIClient`, from the generator's `userAgent` setting and
/// the spec's `x-error-fields`; a client without any uses `ClientDefaults.generic`.
public struct ClientDefaults: Sendable, Hashable {
    /// The product tokens the `User-Agent` starts with, such as `notes-swift/1.2`.
    public var userAgentProduct: String
    /// Where error bodies keep the fields of `APIFailure`.
    public var errorFields: ErrorFieldPaths
    /// Where requests carry the API key: the spec's security scheme, else a bearer token.
    public var credentialPlacement: CredentialPlacement

    public init(
        userAgentProduct: String = ClientDefaults.genericProduct, errorFields: ErrorFieldPaths = .none,
        credentialPlacement: CredentialPlacement = .bearer
    ) {
        self.userAgentProduct = userAgentProduct
        self.errorFields = errorFields
        self.credentialPlacement = credentialPlacement
    }

    /// `openapi-swift-client/<runtime version>`: names the runtime, not any one API.
    public static let genericProduct = "openapi-swift-client/\(ClientConfiguration.libraryVersion)"

    /// The defaults of bindings whose spec and generator configuration set neither.
    public static let generic = ClientDefaults()

    /// `<userAgentProduct> (Swift; <OS>)`, sent when the configuration names no `userAgent`.
    public var userAgent: String { "\(userAgentProduct) (Swift; \(Self.operatingSystem))" }

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
