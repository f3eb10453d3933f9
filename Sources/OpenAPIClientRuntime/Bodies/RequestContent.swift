/// A request body as the generated bindings describe it; the client encodes it when it sends the
/// request (once: retries send the same bytes).
public enum RequestContent: Sendable {
    /// JSON, validated first when the value is `SchemaValidatable`.
    case json(any Encodable & Sendable)
    /// `multipart/form-data`, with a boundary chosen at random for each request.
    case multipart(MultipartForm)
    /// `application/x-www-form-urlencoded`.
    case urlEncodedForm(URLEncodedForm)
    /// Bytes sent unchanged, with their media type (`application/octet-stream`, `image/png`, …).
    case binary([UInt8], contentType: String)
    /// Text sent as UTF-8, with its media type; `; charset=utf-8` is added when the type names no charset.
    case text(String, contentType: String)
}

/// A request body that could not be encoded, and why; the client reports it as
/// `ClientError.invalidRequest` before anything is sent.
public struct BodyEncodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What could not be encoded, for people.
    public var detail: String

    public init(_ detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}

/// A body ready for the transport: its bytes and the `Content-Type` that describes them.
public struct EncodedBody: Sendable, Hashable {
    public var contentType: String
    public var bytes: [UInt8]

    public init(contentType: String, bytes: [UInt8]) {
        self.contentType = contentType
        self.bytes = bytes
    }
}

extension RequestContent {
    /// The bytes and content type to send. JSON validation is the client's (it knows the operation).
    public func encoded() throws(BodyEncodingError) -> EncodedBody {
        switch self {
        case .json(let value):
            do {
                return EncodedBody(contentType: "application/json", bytes: try JSONCoding.encode(value))
            } catch {
                throw BodyEncodingError("the body could not be encoded as JSON: \(error)")
            }
        case .multipart(let form):
            let boundary = MultipartForm.makeBoundary()
            return EncodedBody(contentType: "multipart/form-data; boundary=\(boundary)", bytes: try form.encoded(boundary: boundary))
        case .urlEncodedForm(let form):
            return EncodedBody(contentType: "application/x-www-form-urlencoded", bytes: try form.encoded())
        case .binary(let bytes, let contentType):
            try MediaTypeText.check(contentType, of: "the body")
            return EncodedBody(contentType: contentType, bytes: bytes)
        case .text(let text, let contentType):
            try MediaTypeText.check(contentType, of: "the body")
            return EncodedBody(contentType: try MediaTypeText.utf8(contentType), bytes: Array(text.utf8))
        }
    }
}

/// Checks on media types that end up in a header line.
enum MediaTypeText {
    /// A media type must not carry a line break or other control character into a header.
    static func check(_ contentType: String, of what: String) throws(BodyEncodingError) {
        let isClean = contentType.utf8.allSatisfy { $0 == 0x09 || (0x20..<0x7F).contains($0) }
        guard isClean, !contentType.isEmpty else {
            throw BodyEncodingError("the content type of \(what) (\(contentType.debugDescription)) is empty or holds a control or non-ASCII character")
        }
    }

    /// `contentType` stating UTF-8: unchanged when it names UTF-8, with `; charset=utf-8` added when
    /// it names no charset; another charset cannot describe the UTF-8 bytes sent, so it is an error.
    static func utf8(_ contentType: String) throws(BodyEncodingError) -> String {
        guard let charset = charset(of: contentType) else { return contentType + "; charset=utf-8" }
        guard charset == "utf-8" || charset == "utf8" else {
            throw BodyEncodingError("text bodies are sent as UTF-8, but the content type names charset '\(charset)'")
        }
        return contentType
    }

    /// The `charset` parameter of a media type, lowercased and unquoted.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "charset" else { continue }
            var value = pair[1].trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
            return value.lowercased()
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
