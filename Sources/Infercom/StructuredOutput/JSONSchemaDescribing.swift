/// A `Decodable` type that describes its properties for the JSON Schema derived from it.
///
/// Descriptions are optional: a type that does not adopt this protocol gets a schema without
/// them. Keys are the JSON keys (the `CodingKeys` string values); a key that names no property is
/// a ``SchemaDerivationError`` (`unknownDescribedProperty`), so a typo cannot go unnoticed.
///
/// ```swift
/// struct Forecast: Decodable, JSONSchemaDescribing {
///     var city: String
///     var highCelsius: Double
///     static let schemaDescription: String? = "A one-day weather forecast"
///     static let propertyDescriptions = ["highCelsius": "The day's highest temperature in °C"]
/// }
/// ```
public protocol JSONSchemaDescribing: Decodable {
    /// A description of the type itself; `nil` for none.
    static var schemaDescription: String? { get }
    /// Descriptions of properties, by JSON key.
    static var propertyDescriptions: [String: String] { get }
}

extension JSONSchemaDescribing {
    /// No description of the type itself.
    public static var schemaDescription: String? { nil }
    /// No property descriptions.
    public static var propertyDescriptions: [String: String] { [:] }
}
