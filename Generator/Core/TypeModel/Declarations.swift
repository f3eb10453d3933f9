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
    /// Storage for members not named in `properties`: the schema's `additionalProperties` type, or
    /// `JSONValue` so that members the spec does not describe survive a decode–encode round trip.
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
    /// Constraints on each array element or map value, one entry per level of nesting (`[[String]]`
    /// with `minLength` on the strings: an empty first level, then the strings'); empty when none.
    public var elementConstraints: [Constraints]
    /// Stored behind `Indirect` because the property's type contains this struct.
    public var isIndirect = false
    /// A required array decoded as empty when absent (the configuration's leniency for real servers).
    public var isLenientArray = false

    /// How a `nil` (or leniently empty) value was spelled is remembered when decoding, so that
    /// encoding neither invents the member (required, absent) nor drops it (optional, `null`).
    public var tracksNil: Bool { constant == nil && (!isRequired || isNullable || isLenientArray) }

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
    /// For each tag several variants answer to: the shapes decoding tells them apart by, each with
    /// the index of its variant (a variant that is itself a union has one shape per member).
    public var sharedTags: [String: [SharedTagShape]] = [:]

    public struct SharedTagShape: Sendable, Hashable {
        public var variant: Int
        public var evidence: MemberEvidence
    }
    public var isIndirect = false
    public var isValidatable = false

    public struct Variant: Sendable, Hashable {
        public var caseName: String
        public var tags: [String]
        public var type: TypeUsage
    }
}

/// A `oneOf`/`anyOf` without a discriminator: the variant is chosen by evidence (JSON kind, tag
/// values, required keys), never by trying variants until one happens to decode.
public struct UntaggedUnionModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var variants: [Variant]
    public var isIndirect = false
    public var isValidatable = false

    public struct Variant: Sendable, Hashable {
        public var caseName: String
        public var type: TypeUsage
        public var evidence = MemberEvidence()
        /// The variant schema's own constraints (`minLength` on a string variant, …).
        public var constraints = Constraints()
        public var elementConstraints: [Constraints] = []
    }
}

public struct AliasModel: Sendable, Hashable {
    public var name: String
    public var documentation: Documentation
    public var target: TypeUsage
}

/// What a union member's schema says a value of it looks like: the evidence unions decode by.
public struct MemberEvidence: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
        case null, boolean, integer, number, string, array, object
        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// The JSON kinds the member accepts.
    public var kinds: Set<Kind> = Set(Kind.allCases)
    /// For objects: keys whose string value tells members apart, with the values this member accepts.
    public var tags: [Tag] = []
    /// For objects: keys that must be present.
    public var required: [String] = []
    /// For objects: the other keys it declares (the last tie-break between members).
    public var optional: [String] = []
    /// For strings: the values an `enum` lists (`nil`: any string).
    public var stringValues: [String]?
    /// For objects: the JSON kinds of members' values, where they tell members apart
    /// (`{"error": {…}}` against `{"error": "…"}`).
    public var valueKinds: [ValueKinds] = []

    public struct ValueKinds: Sendable, Hashable {
        public var key: String
        public var kinds: Set<Kind>
    }

    public struct Tag: Sendable, Hashable {
        public var key: String
        public var values: [String]
    }

    public init(kinds: Set<Kind> = Set(Kind.allCases), tags: [Tag] = [], required: [String] = [], stringValues: [String]? = nil) {
        self.kinds = kinds
        self.tags = tags
        self.required = required
        self.stringValues = stringValues
    }
}
