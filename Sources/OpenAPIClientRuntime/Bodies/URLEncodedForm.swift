/// An `application/x-www-form-urlencoded` body, built field by field by the generated bindings.
///
/// Fields are serialised as OpenAPI's `style` and `explode` say (per the spec's `encoding`;
/// `form` and exploded by default), then percent-encoded by the form rules (WHATWG URL, the
/// `application/x-www-form-urlencoded` serializer): `A–Z a–z 0–9 * - . _` are kept, a space
/// becomes `+`, every other UTF-8 byte `%XX`.
///
/// - `form`, exploded: a scalar `name=value`; an array `name=a&name=b`; an object `key=value` per member.
/// - `form`, not exploded: an array `name=a,b`; an object `name=key,value,key,value`.
/// - `deepObject`: an object `name[key]=value`, nested objects `name[key][inner]=value`. OpenAPI
///   leaves arrays in this style undefined, and servers read them differently, so they are written
///   in the notation the form was created with (`DeepObjectArrays`): without one, an array there
///   fails the call rather than being sent in a form the server may misread.
///
/// Object members are sent in key order, so a request is reproducible. Values are encoded when
/// the request is sent: a `null`, or nesting the style cannot express, fails the call with
/// `ClientError.invalidRequest` rather than being dropped.
public struct URLEncodedForm: Sendable {
    public enum Style: Sendable, Hashable {
        case form, deepObject
    }

    struct Field: Sendable {
        var name: String
        var value: any Encodable & Sendable
        var style: Style
        var explode: Bool
    }

    var fields: [Field] = []
    /// How arrays inside `deepObject` fields are written; `nil`: they are refused.
    public let deepObjectArrays: DeepObjectArrays?

    /// A form whose `deepObject` fields hold no arrays.
    public init() {
        self.deepObjectArrays = nil
    }

    /// A form whose `deepObject` fields may hold arrays, written in `notation`.
    public init(deepObjectArrays notation: DeepObjectArrays) {
        self.deepObjectArrays = notation
    }

    public mutating func append(_ value: some Encodable & Sendable, name: String, style: Style = .form, explode: Bool = true) {
        fields.append(Field(name: name, value: value, style: style, explode: explode))
    }

    /// The encoded body.
    public func encoded() throws(BodyEncodingError) -> [UInt8] {
        var pairs: [(String, String)] = []
        for field in fields {
            let json = try FormValue.json(of: field.value, field: field.name).value
            pairs += try self.pairs(field.name, json, style: field.style, explode: field.explode)
        }
        let text = pairs.map { Self.percentEncoded($0) + "=" + Self.percentEncoded($1) }.joined(separator: "&")
        return Array(text.utf8)
    }

    func pairs(_ name: String, _ value: JSONValue, style: Style, explode: Bool) throws(BodyEncodingError) -> [(String, String)] {
        if let text = FormValue.scalarText(value) { return [(name, text)] }
        switch value {
        case .array where style == .deepObject:
            return try deepPairs(name, value)
        case .array(let elements):
            let texts = try elements.map { element throws(BodyEncodingError) in try Self.scalar(element, in: name) }
            return explode ? texts.map { (name, $0) } : [(name, texts.joined(separator: ","))]
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            switch (style, explode) {
            case (.deepObject, _):
                var result: [(String, String)] = []
                for (key, member) in sorted { result += try deepPairs("\(name)[\(key)]", member) }
                return result
            case (.form, true):
                return try sorted.map { key, member throws(BodyEncodingError) in (key, try Self.scalar(member, in: "\(name).\(key)")) }
            case (.form, false):
                var texts: [String] = []
                for (key, member) in sorted { texts += [key, try Self.scalar(member, in: "\(name).\(key)")] }
                return [(name, texts.joined(separator: ","))]
            }
        default:
            throw BodyEncodingError("form field '\(name)' is null, which a form body cannot express")
        }
    }

    /// `deepObject` members: nested objects by bracketed keys, arrays in the form's notation.
    func deepPairs(_ name: String, _ value: JSONValue) throws(BodyEncodingError) -> [(String, String)] {
        switch value {
        case .object(let members):
            var result: [(String, String)] = []
            for (key, member) in members.sorted(by: { $0.key < $1.key }) { result += try deepPairs("\(name)[\(key)]", member) }
            return result
        case .array(let elements):
            guard let notation = deepObjectArrays else {
                throw BodyEncodingError(
                    "form field '\(name)' holds an array in style deepObject, which OpenAPI leaves undefined "
                        + "(the generator's 'deepObjectArrays' setting chooses how such arrays are written)")
            }
            switch notation {
            case .indices:
                var result: [(String, String)] = []
                for (index, element) in elements.enumerated() { result += try deepPairs("\(name)[\(index)]", element) }
                return result
            case .brackets, .repeated:
                let itemName = notation == .brackets ? name + "[]" : name
                return try elements.map { element throws(BodyEncodingError) in (itemName, try Self.scalar(element, in: name)) }
            }
        default:
            return [(name, try Self.scalar(value, in: name))]
        }
    }

    static func scalar(_ value: JSONValue, in name: String) throws(BodyEncodingError) -> String {
        guard let text = FormValue.scalarText(value) else {
            let kind = value == .null ? "null" : "a nested array or object"
            throw BodyEncodingError("form field '\(name)' holds \(kind), which this form style cannot express")
        }
        return text
    }

    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                result.append(byte)
            case UInt8(ascii: " "):
                result.append(UInt8(ascii: "+"))
            default:
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
