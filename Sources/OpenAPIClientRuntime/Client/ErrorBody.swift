import Foundation

/// The fields of an error response body, whichever of the known shapes it has.
package struct ErrorBody {
    var message: String?
    var type: String?
    var code: String?
    var param: String?
    var requestID: String?
    var json: JSONValue?

    /// Longest plain-text body kept; proxies sometimes answer with whole HTML pages.
    static let textLimit = 500

    init(_ bytes: [UInt8]) {
        guard let json = Self.jsonObject(bytes) else {
            message = Self.trimmedText(bytes)
            return
        }
        self.json = json
        requestID = json["request_id"]?.scalarText
        switch json["error"] {
        case .object(let error):
            message = error["message"]?.scalarText
            type = error["type"]?.scalarText
            code = error["code"]?.scalarText
            param = error["param"]?.scalarText
        case .string(let text):
            message = text
        case .null:
            break
        default:
            // Not an envelope: take a top-level message if there is one, else show the body.
            message = json["message"]?.scalarText ?? json["detail"]?.scalarText ?? Self.trimmedText(bytes)
        }
    }

    /// The body as a JSON object, or `nil` when it is not one.
    private static func jsonObject(_ bytes: [UInt8]) -> JSONValue? {
        guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{"),
            let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
            case .object = value
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
