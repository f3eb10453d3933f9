/// A `multipart/form-data` body (RFC 7578), built field by field by the generated bindings.
///
/// Each field becomes one part, or one part per element for arrays. Strings, numbers and
/// booleans are sent as text parts, objects as `application/json` parts (keys sorted), files with their
/// filename and media type; the spec's `encoding` may name another media type for a field.
/// Values are encoded when the request is sent, so building a form cannot fail.
public struct MultipartForm: Sendable {
    enum Content: Sendable {
        case file(MultipartFile)
        case value(any Encodable & Sendable)
    }

    struct Field: Sendable {
        var name: String
        var content: Content
        /// The spec's `encoding` content type for the field, if it names one.
        var contentType: String?
    }

    var fields: [Field] = []

    public init() {}

    /// Adds a file part. `contentType` is the spec's type for the field, used when the file names none.
    public mutating func append(_ file: MultipartFile, name: String, contentType: String? = nil) {
        fields.append(Field(name: name, content: .file(file), contentType: contentType))
    }

    /// Adds one file part per element, all named `name`.
    public mutating func append(_ files: [MultipartFile], name: String, contentType: String? = nil) {
        for file in files { append(file, name: name, contentType: contentType) }
    }

    /// Adds a value: text for strings, numbers and booleans, JSON for objects, one part per
    /// element for arrays. `contentType` (the spec's `encoding`) replaces the default media type.
    public mutating func append(_ value: some Encodable & Sendable, name: String, contentType: String? = nil) {
        fields.append(Field(name: name, content: .value(value), contentType: contentType))
    }

    /// A boundary no one can predict, so the body's contents cannot end a part early.
    public static func makeBoundary() -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdef".utf8)
        var digits: [UInt8] = []
        for _ in 0..<32 { digits.append(hex[Int(generator.next() & 0x0F)]) }
        return "Boundary-" + String(decoding: digits, as: UTF8.self)
    }

    /// The body's bytes with `boundary` (1–70 characters of RFC 2046's set; see `makeBoundary()`).
    ///
    /// Fails if a value cannot be sent (a `null`, a media type with a line break) or if a part's
    /// contents contain the delimiter, which would split the part.
    public func encoded(boundary: String) throws(BodyEncodingError) -> [UInt8] {
        guard MultipartText.isValidBoundary(boundary) else { throw BodyEncodingError("invalid multipart boundary \(boundary.debugDescription)") }
        // Any `--boundary` in a part, even at its start (after the header's blank line), would split it.
        let delimiter = Array("--\(boundary)".utf8)
        var body: [UInt8] = []
        for field in fields {
            for part in try parts(of: field) {
                if MultipartText.contains(part.bytes, delimiter) {
                    throw BodyEncodingError("form field '\(field.name)' contains the multipart boundary")
                }
                body += Array("--\(boundary)\r\n".utf8)
                var disposition = "Content-Disposition: form-data; name=\"\(MultipartText.quoted(field.name))\""
                if let filename = part.filename { disposition += "; filename=\"\(MultipartText.quoted(filename))\"" }
                body += Array((disposition + "\r\n").utf8)
                if let contentType = part.contentType {
                    try MediaTypeText.check(contentType, of: "form field '\(field.name)'")
                    body += Array("Content-Type: \(contentType)\r\n".utf8)
                }
                body += Array("\r\n".utf8)
                body += part.bytes
                body += Array("\r\n".utf8)
            }
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return body
    }

    private struct Part {
        var filename: String?
        var contentType: String?
        var bytes: [UInt8]
    }

    private func parts(of field: Field) throws(BodyEncodingError) -> [Part] {
        switch field.content {
        case .file(let file):
            let contentType = file.contentType ?? field.contentType.flatMap(MultipartText.singleMediaType) ?? "application/octet-stream"
            return [Part(filename: file.filename, contentType: contentType, bytes: file.bytes)]
        case .value(let value):
            let (json, text) = try FormValue.json(of: value, field: field.name)
            if case .array(let elements) = json {
                var result: [Part] = []
                for element in elements { result.append(try part(element, of: field)) }
                return result
            }
            return [try part(json, of: field, jsonText: text)]
        }
    }

    /// Text for scalars (no `Content-Type`, as browsers send text fields), JSON for the rest
    /// (`jsonText` when the value's own encoding is at hand, so its numbers keep their spelling).
    private func part(_ value: JSONValue, of field: Field, jsonText: [UInt8]? = nil) throws(BodyEncodingError) -> Part {
        if case .null = value {
            throw BodyEncodingError("form field '\(field.name)' is null, which a multipart body cannot express")
        }
        if let text = FormValue.scalarText(value) {
            return Part(contentType: field.contentType, bytes: Array(text.utf8))
        }
        let bytes: [UInt8]
        if let jsonText { bytes = jsonText } else { bytes = try FormValue.jsonBytes(value, field: field.name) }
        return Part(contentType: field.contentType ?? "application/json", bytes: bytes)
    }
}

/// The text rules of multipart bodies.
enum MultipartText {
    /// A name or filename inside a quoted `Content-Disposition` parameter. As browsers do (WHATWG's
    /// form encoding), `"`, CR and LF are percent-encoded; so are `\` and other control characters,
    /// which a strict parser would read as quoting or a header break.
    static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22, 0x5C, 0x00..<0x20, 0x7F:
                result += "%" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// RFC 2046 §5.1.1: 1–70 characters from a restricted set, not ending in a space.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ".utf8)
        return (1...70).contains(boundary.utf8.count) && boundary.utf8.allSatisfy(allowed.contains) && !boundary.hasSuffix(" ")
    }

    /// The spec's `encoding.contentType` when it names one concrete type (not a list or a wildcard).
    static func singleMediaType(_ contentType: String) -> String? {
        contentType.contains(",") || contentType.contains("*") ? nil : contentType
    }

    static func contains(_ haystack: [UInt8], _ needle: some Collection<UInt8>) -> Bool {
        let needle = Array(needle)
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
