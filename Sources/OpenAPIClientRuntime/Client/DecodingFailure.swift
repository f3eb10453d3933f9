/// The details of `ClientError.Kind.decoding`: a body or event that did not decode as the expected type.
public struct DecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operationID: String
    /// The Swift type that was expected.
    public var typeName: String
    /// Where decoding failed, such as `output[1].content[0].text`; empty for the top level.
    public var path: String
    /// What was wrong there.
    public var detail: String
    /// The start of the body or event data, at most `snippetLimit` characters.
    public var snippet: String
    /// The HTTP status of the response.
    public var status: Int?

    /// Longest snippet kept.
    public static let snippetLimit = 200

    public init(operationID: String, typeName: String, path: String, detail: String, snippet: String, status: Int? = nil) {
        self.operationID = operationID
        self.typeName = typeName
        self.path = path
        self.detail = detail
        self.snippet = snippet
        self.status = status
    }

    /// Describes `error` (usually a `DecodingError`) thrown while decoding `body` as `type`.
    init(operationID: String, type: Any.Type, error: any Error, body: some Collection<UInt8>, status: Int?) {
        var keys: [any CodingKey] = []
        var detail = String(describing: error)
        if let error = error as? DecodingError {
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                keys = context.codingPath
                detail = Self.explain(context)
            case .keyNotFound(let key, let context):
                keys = context.codingPath + [key]
                detail = "required key is missing"
            @unknown default:
                break
            }
        }
        self.init(
            operationID: operationID, typeName: String(describing: type), path: Self.path(keys), detail: detail,
            snippet: Self.snippet(body), status: status)
    }

    /// `output[1].content[0].text`, the way a person would write the JSON path.
    static func path(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return path
    }

    private static func explain(_ context: DecodingError.Context) -> String {
        guard let underlying = context.underlyingError else { return context.debugDescription }
        return "\(context.debugDescription) (\(underlying))"
    }

    static func snippet(_ body: some Collection<UInt8>) -> String {
        let text = String(decoding: body.prefix(snippetLimit * 4), as: UTF8.self)
        let cut = text.count > snippetLimit ? text.prefix(snippetLimit - 1) + "…" : Substring(text)
        return APIFailure.singleLine(String(cut))
    }

    public var description: String {
        let location = path.isEmpty ? "" : " at \(path)"
        return "cannot decode \(typeName)\(location): \(detail) — body: \(snippet)"
    }
}
