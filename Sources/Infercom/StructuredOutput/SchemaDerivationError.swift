/// A type that ``JSONSchema/init(for:)`` cannot describe, with where and why.
public struct SchemaDerivationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the type cannot be described.
    public enum Reason: String, Sendable, Hashable {
        /// The type contains itself (directly or through other types); strict schemas here are
        /// inlined, so a recursive type has no finite description.
        case recursiveType
        /// A type with no JSON Schema counterpart, such as `JSONValue` (any JSON) or a dictionary
        /// whose keys are not strings.
        case unsupportedType
        /// An enum that is not `CaseIterable & RawRepresentable` with `String` or integer raw
        /// values, or one without cases.
        case unsupportedEnum
        /// A custom `init(from:)` whose shape depends on the data (it asks `contains(_:)`,
        /// `decodeNil`, `allKeys`, or reads an unkeyed container or a super decoder): no single
        /// schema describes it.
        case dataDependentDecoding
        /// The type's `init(from:)` threw while being recorded (for example a check that rejects
        /// the placeholder values the recording uses).
        case decodingFailed
        /// Structured output needs an object at the top: the type decodes something else.
        case rootNotObject
        /// ``JSONSchemaDescribing/propertyDescriptions`` names a key the type does not decode.
        case unknownDescribedProperty
    }

    /// Why.
    public var reason: Reason
    /// The type that could not be described (as `String(reflecting:)` spells it).
    public var typeName: String
    /// Where in the root type, as a JSON path such as `$.stops[].place`.
    public var path: String
    /// What exactly, for people.
    public var detail: String

    /// Creates an error; ``JSONSchema/init(for:)`` is what throws these.
    public init(reason: Reason, typeName: String, path: String, detail: String) {
        self.reason = reason
        self.typeName = typeName
        self.path = path
        self.detail = detail
    }

    public var description: String { "cannot derive a JSON Schema for \(typeName) at \(path) (\(reason.rawValue)): \(detail)" }
}
