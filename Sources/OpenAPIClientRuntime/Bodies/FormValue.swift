import Foundation

/// A value of a form field (multipart or URL-encoded) as its JSON form, which decides how it is
/// sent: strings, numbers and booleans as text, arrays element by element, objects as JSON or
/// flattened, depending on the form.
enum FormValue {
    /// `value` encoded as JSON and read back, so that a union or an enum is sent as what it encodes
    /// to; with the JSON text itself, which a JSON part sends unchanged. A number comes back as the
    /// text JSON spells it (`0.1` for a `Float`, not the `Double` it would read back as).
    static func json(of value: any Encodable, field: String) throws(BodyEncodingError) -> (value: JSONValue, text: [UInt8]) {
        do {
            let text = [UInt8](try encoder.encode(value))
            let decoded = try JSONCoding.decode(JSONValue.self, from: text)
            if case .number = decoded { return (.string(String(decoding: text, as: UTF8.self)), text) }
            return (decoded, text)
        } catch {
            throw BodyEncodingError("form field '\(field)' could not be encoded: \(error)")
        }
    }

    /// The text form of a string, number or boolean; `nil` for `null`, arrays and objects.
    static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        // JSON's spelling of the number, the one the server would read in a JSON body.
        case .number: (try? JSONCoding.encode(value)).map { String(decoding: $0, as: UTF8.self) }
        case .null, .array, .object: nil
        }
    }

    /// Keys sorted: neither `JSONEncoder` (on Linux) nor `JSONValue` keeps an object's member order,
    /// and a form's bytes should be the same every time (for replay and for tests).
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON text of an array element, sent as an `application/json` part.
    static func jsonBytes(_ value: JSONValue, field: String) throws(BodyEncodingError) -> [UInt8] {
        do {
            return [UInt8](try encoder.encode(value))
        } catch {
            throw BodyEncodingError("form field '\(field)' could not be encoded: \(error)")
        }
    }
}
