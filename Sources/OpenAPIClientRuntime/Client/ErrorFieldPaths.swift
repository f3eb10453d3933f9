/// Where an API's error bodies keep the fields of `APIFailure`, as paths of JSON member names.
///
/// Each field lists alternatives in order; the first one that leads to a string, number or
/// boolean gives the field (numbers and booleans as their text), and a `null`, an object, an
/// array or a missing member moves on to the next. Generated bindings take these paths from their
/// spec's `x-error-fields` extension; with none (`ErrorFieldPaths.none`) nothing is read out of a
/// JSON body, which stays whole in `APIFailure.body`.
///
/// ```swift
/// // {"error": {"message": "…", "code": "…"}, "request_id": "…"}, or {"error": "…"}
/// ErrorFieldPaths(message: [["error", "message"], ["error"]], code: [["error", "code"]], requestID: [["request_id"]])
/// ```
public struct ErrorFieldPaths: Sendable, Hashable {
    /// Member names from the body's top-level object down to one value.
    public typealias Path = [String]

    /// Alternatives for `APIFailure.message`.
    public var message: [Path]
    /// Alternatives for `APIFailure.type`.
    public var type: [Path]
    /// Alternatives for `APIFailure.code`.
    public var code: [Path]
    /// Alternatives for `APIFailure.param`.
    public var param: [Path]
    /// Alternatives for `APIFailure.requestID` (the `x-request-id` header is used when none applies).
    public var requestID: [Path]

    public init(message: [Path] = [], type: [Path] = [], code: [Path] = [], param: [Path] = [], requestID: [Path] = []) {
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.requestID = requestID
    }

    /// Reads no field: for APIs whose spec does not say where its error bodies keep them.
    public static let none = ErrorFieldPaths()

    /// The text of the first alternative that leads to a scalar in `body`, or `nil`.
    public static func value(in body: JSONValue, at alternatives: [Path]) -> String? {
        for path in alternatives {
            var value: JSONValue? = body
            for name in path { value = value?[name] }
            if let text = value?.scalarText { return text }
        }
        return nil
    }
}
