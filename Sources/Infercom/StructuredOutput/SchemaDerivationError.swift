/// A type that ``JSONSchema/init(for:)`` cannot describe, with where and why.
public struct SchemaDerivationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the type cannot be described. Kinds are values rather than enum cases so that more can be added
    /// without breaking your code: a `switch` over them needs a `default`.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The type contains itself (directly or through other types); strict schemas here are
        /// inlined, so a recursive type has no finite description.
        public static let recursiveType = Kind("recursiveType")
        /// A type with no JSON Schema counterpart, such as `JSONValue` (any JSON) or a dictionary
        /// whose keys are not strings.
        public static let unsupportedType = Kind("unsupportedType")
        /// An enum that is not `CaseIterable & RawRepresentable` with `String` or integer raw
        /// values, or one without cases.
        public static let unsupportedEnum = Kind("unsupportedEnum")
        /// A custom `init(from:)` whose shape depends on the data (it asks `contains(_:)`,
        /// `decodeNil`, `allKeys`, or reads an unkeyed container or a super decoder): no single
        /// schema describes it.
        public static let dataDependentDecoding = Kind("dataDependentDecoding")
        /// The type's `init(from:)` threw while being recorded (for example a check that rejects
        /// the placeholder values the recording uses).
        public static let decodingFailed = Kind("decodingFailed")
        /// Structured output needs an object at the top: the type decodes something else.
        public static let rootNotObject = Kind("rootNotObject")
        /// ``JSONSchemaDescribing/propertyDescriptions`` names a key the type does not decode.
        public static let unknownDescribedProperty = Kind("unknownDescribedProperty")
    }

    /// Why.
    public var kind: Kind
    /// The type that could not be described (as `String(reflecting:)` spells it).
    public var typeName: String
    /// Where in the root type, as a JSON path such as `$.stops[].place`.
    public var path: String
    /// What exactly, for people.
    public var detail: String

    /// Creates an error; ``JSONSchema/init(for:)`` is what throws these.
    public init(kind: Kind, typeName: String, path: String, detail: String) {
        self.kind = kind
        self.typeName = typeName
        self.path = path
        self.detail = detail
    }

    public var description: String { "cannot derive a JSON Schema for \(typeName) at \(path) (\(kind)): \(detail)" }
}
