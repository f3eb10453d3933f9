/// A JSON Schema, as sent in `text.format` or a function tool's `parameters`, usually derived from
/// a Swift type.
///
/// ``init(for:)`` derives the schema without macros: it decodes the type from a recording
/// `Decoder` and notes each key and type its `init(from:)` asks for. The result is valid for
/// `strict: true`: every object has `additionalProperties: false` and lists all its properties as
/// required; an optional is a `[T, "null"]` union.
///
/// | Swift | JSON Schema |
/// | --- | --- |
/// | `String`, `Bool`, integers, `Double`/`Float`/`Decimal` | `string`, `boolean`, `integer` (unsigned: `minimum: 0`), `number` |
/// | `Date`, `URL`, `UUID` | `string` with `format` `date-time` (ISO 8601), `uri`, `uuid` |
/// | `T?` (`decodeIfPresent`) | `"type": [T, "null"]` (`null` added to an `enum`) |
/// | `[T]`, `Set<T>` | `array` of `T` |
/// | `[String: T]` | `object` with `additionalProperties: T` (the one non-strict shape) |
/// | `CaseIterable & RawRepresentable` with `String`/integer raw values | `enum` of the raw values |
/// | other `Decodable` structs and classes | `object` of the keys `init(from:)` decodes, nested inline |
///
/// Limits (each a ``SchemaDerivationError`` naming the type and path, never a wrong schema):
/// recursive types; `JSONValue`; enums with associated values or without `CaseIterable`;
/// dictionaries with non-`String` keys; a custom `init(from:)` whose shape depends on the data
/// (`contains`, `decodeNil`, `allKeys`, unkeyed containers, super decoders) or that rejects the
/// placeholder values (empty strings, zeros, the first enum case) the recording feeds it. Dates
/// must be ISO 8601 strings (the decoder ``StructuredOutput`` uses reads them so). Property
/// descriptions come from ``JSONSchemaDescribing``.
public struct JSONSchema: Sendable, Hashable {
    /// The schema as a JSON object.
    public var object: [String: JSONValue]

    /// A schema written by hand.
    public init(_ object: [String: JSONValue]) {
        self.object = object
    }

    /// The strict schema of `type`, which must decode from a JSON object.
    ///
    /// - Throws: ``SchemaDerivationError`` for a type the schema cannot describe (see the limits above).
    public init<T: Decodable>(for type: T.Type) throws(SchemaDerivationError) {
        let schema: JSONValue
        do {
            schema = try SchemaRecorder().record(T.self, path: "$").schema
        } catch let failure as SchemaDerivationError {
            throw failure
        } catch {
            throw SchemaDerivationError(kind: .decodingFailed, typeName: String(reflecting: T.self), path: "$", detail: "\(error)")
        }
        guard case .object(let members) = schema, members["type"] == "object" else {
            throw SchemaDerivationError(
                kind: .rootNotObject, typeName: String(reflecting: T.self), path: "$",
                detail: "structured output must be a JSON object; wrap the value in a struct")
        }
        self.object = members
    }
}
