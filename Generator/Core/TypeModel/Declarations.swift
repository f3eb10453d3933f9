/// The generator's model of the Swift types to emit: the output of translation, the input of rendering.
///
/// It says *what* exists (a struct with these properties, an open enum with these cases) and carries
/// everything rendering needs, but no Swift syntax.
public enum Declaration: Sendable, Hashable {
    case structure(StructModel)
    case openEnum(EnumModel)
    case taggedUnion(TaggedUnionModel)
    case untaggedUnion(UntaggedUnionModel)
    case alias(AliasModel)

    public var name: String {
        switch self {
        case .structure(let model): model.name
        case .openEnum(let model): model.name
        case .taggedUnion(let model): model.name
        case .untaggedUnion(let model): model.name
        case .alias(let model): model.name
        }
    }
}

/// Documentation carried from the spec into DocC comments.
public struct Documentation: Sendable, Hashable {
    /// The spec's `description` (or `title`, or `summary`), verbatim.
    public var text: String?
    /// JSON pointer of the schema in the spec, for the "Generated from" remark.
    public var pointer: String?
    public var deprecated: Bool

    public init(text: String? = nil, pointer: String? = nil, deprecated: Bool = false) {
        self.text = text
        self.pointer = pointer
        self.deprecated = deprecated
    }
}

public struct StructModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var properties: [PropertyModel]
    /// Storage for members not named in `properties` (`additionalProperties: true` or a schema).
    public var additionalProperties: TypeUsage?
    /// Set by the validation pass when the struct or anything it contains has constraints.
    public var isValidatable = false
}

public struct PropertyModel: Sendable, Hashable {
    public var wireName: String
    public var swiftName: String
    public var type: TypeUsage
    /// The key must be present when decoding.
    public var isRequired: Bool
    /// `null` is a valid value (required + nullable encodes `null` explicitly).
    public var isNullable: Bool
    /// A `const` string: not stored, always encoded.
    public var constant: String?
    public var defaultValue: DefaultLiteral?
    public var documentation: Documentation
    public var constraints: Constraints
    /// Constraints on each array element (one level).
    public var elementConstraints: Constraints
    /// Stored behind `Indirect` because the property's type contains this struct.
    public var isIndirect = false

    /// Stored as a Swift optional: anything not both required and non-null.
    public var isOptional: Bool { !isRequired || isNullable }
}

public struct EnumModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var cases: [Case]

    public struct Case: Sendable, Hashable {
        public var swiftName: String
        public var rawValue: String
    }
}

/// A `oneOf` with a discriminator: the tag property selects the variant; unknown tags keep the payload.
public struct TaggedUnionModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var propertyName: String
    public var variants: [Variant]
    /// The tag assumed when the property is absent (a variant's `default` for it).
    public var defaultTag: String?
    public var isIndirect = false
    public var isValidatable = false

    public struct Variant: Sendable, Hashable {
        public var caseName: String
        public var tags: [String]
        public var type: TypeUsage
    }
}

/// A `oneOf`/`anyOf` without a discriminator: variants are tried in document order.
public struct UntaggedUnionModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var variants: [Variant]
    public var isIndirect = false
    public var isValidatable = false

    public struct Variant: Sendable, Hashable {
        public var caseName: String
        public var type: TypeUsage
        /// The variant schema's own constraints (`minLength` on a string variant, …).
        public var constraints = Constraints()
        public var elementConstraints = Constraints()
    }
}

public struct AliasModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var target: TypeUsage
}
