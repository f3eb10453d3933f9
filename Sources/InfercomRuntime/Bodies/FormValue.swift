/// A value of a form field (multipart or URL-encoded) as its JSON form, which decides how it is
/// sent: strings, numbers and booleans as text, arrays element by element, objects as JSON or
/// flattened, depending on the form.
enum FormValue {
    /// `value` encoded as JSON and read back, so that a union or an enum is sent as what it encodes to.
    static func json(of value: any Encodable, field: String) throws(BodyEncodingError) -> JSONValue {
        do {
            return try JSONCoding.decode(JSONValue.self, from: JSONCoding.encode(value))
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

    /// The JSON text of a value, sent as an `application/json` part.
    static func jsonBytes(_ value: JSONValue, field: String) throws(BodyEncodingError) -> [UInt8] {
        do {
            return try JSONCoding.encode(value)
        } catch {
            throw BodyEncodingError("form field '\(field)' could not be encoded: \(error)")
        }
    }
}
