/// The document's `x-error-fields`: where the API's error bodies keep the fields of the runtime's
/// `APIFailure`, each as alternatives tried in order.
///
/// ```yaml
/// x-error-fields:
///   message: [error.message, error, message, detail]
///   code: error.code
///   requestID: request_id
/// ```
public struct ErrorFields: Sendable, Hashable {
    /// The fields of `APIFailure` a path can fill, in the order the generated code lists them.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case message, type, code, param, requestID
    }

    /// Member names from the body's top-level object down to the value.
    public typealias Path = [String]

    /// The alternatives of each field the extension names; fields it leaves out are absent.
    public var paths: [Field: [Path]]

    public init(paths: [Field: [Path]]) {
        self.paths = paths
    }
}
