/// A file sent as one part of a `multipart/form-data` body.
public struct MultipartFile: Sendable, Hashable {
    /// The file's contents, sent unchanged.
    public var bytes: [UInt8]
    /// The name the server sees (servers often infer the format from its extension, such as `.mp3`).
    /// Quotes, backslashes and line breaks are percent-encoded when sent, so no name can add headers.
    public var filename: String
    /// The part's media type; when `nil`, the spec's `encoding` content type, else `application/octet-stream`.
    public var contentType: String?

    public init(bytes: [UInt8], filename: String, contentType: String? = nil) {
        self.bytes = bytes
        self.filename = filename
        self.contentType = contentType
    }
}
