import Foundation

/// The fields of an error response body, read where the API's `ErrorFieldPaths` say they are.
package struct ErrorBody {
    var message: String?
    var type: String?
    var code: String?
    var param: String?
    var requestID: String?
    var json: JSONValue?

    /// Longest plain-text body kept; proxies sometimes answer with whole HTML pages.
    static let textLimit = 500

    /// A JSON object or array is kept whole in `json`, and only an object has fields to read; a
    /// body that is no JSON object (text, HTML, a JSON array or bare scalar) is its own message, trimmed.
    init(_ bytes: [UInt8], fields: ErrorFieldPaths) {
        json = Self.jsonDocument(bytes)
        guard case .object = json, let json else {
            message = Self.trimmedText(bytes)
            return
        }
        message = ErrorFieldPaths.value(in: json, at: fields.message)
        type = ErrorFieldPaths.value(in: json, at: fields.type)
        code = ErrorFieldPaths.value(in: json, at: fields.code)
        param = ErrorFieldPaths.value(in: json, at: fields.param)
        requestID = ErrorFieldPaths.value(in: json, at: fields.requestID)
    }

    /// The body as a JSON object or array, or `nil` when it is neither.
    private static func jsonDocument(_ bytes: [UInt8]) -> JSONValue? {
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
            let value = try? JSONCoding.decode(JSONValue.self, from: bytes)   // the client's one decoder
        else { return nil }
        return value
    }

    /// The body as text without surrounding whitespace, cut at `textLimit` characters; `nil` when empty.
    package static func trimmedText(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(textLimit * 4), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return text.count > textLimit ? text.prefix(textLimit) + "…" : text
    }
}

extension JSONValue {
    /// A string, number or boolean as text (some servers send numeric codes); `nil` otherwise.
    package var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .bool(let value): String(value)
        case .null, .array, .object: nil
        }
    }
}
