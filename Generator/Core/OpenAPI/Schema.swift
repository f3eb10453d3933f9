/// A JSON Schema as OpenAPI 3.0/3.1 uses it, reduced to the keywords the generator understands.
///
/// A keyword that would change the shape of data but is not modelled here (`if`,
/// `patternProperties`, …) marks the schema `unsupported`: whatever reaches it is not generated,
/// so nothing is silently dropped.
public final class Schema: Sendable {
    /// Where the schema's mapping starts in the source.
    public let location: SourceLocation
    /// `#/components/schemas/...` style pointer to where this schema sits, for provenance remarks.
    public let pointer: String
    /// `$ref`, if the schema is a reference (siblings other than description/title are ignored).
    public let reference: Reference?
    /// The JSON types allowed; empty means any. `null` is listed separately in `allowsNull`.
    public let types: [JSONType]
    /// True for `type: [X, 'null']`, 3.0 `nullable: true`, or an `enum`/`const` containing null.
    public let allowsNull: Bool
    public let format: String?
    public let title: String?
    public let description: String?
    public let enumValues: [EnumLiteral]?
    public let constValue: EnumLiteral?
    public let defaultValue: DefaultLiteral?
    public let properties: [Property]
    public let required: [String]
    public let additionalProperties: AdditionalProperties
    public let items: Schema?
    public let oneOf: [Schema]?
    public let anyOf: [Schema]?
    public let allOf: [Schema]?
    public let discriminator: Discriminator?
    public let constraints: Constraints
    public let deprecated: Bool
    /// `x-` keys, for generator-specific hints.
    public let extensions: [String: ExtensionValue]
    /// Set when the schema is valid but uses a construct no Swift type can express (see
    /// `UnsupportedConstruct`): the rest of the schema is read, but nothing that reaches it is generated.
    public let unsupported: UnsupportedConstruct?

    public struct Property: Sendable {
        public let name: String
        public let schema: Schema
        public let location: SourceLocation
    }

    public enum AdditionalProperties: Sendable {
        /// Keyword absent: extra members are allowed and ignored.
        case absent
        case allowed(Bool)
        case schema(Schema)
    }

    public struct Discriminator: Sendable {
        public let propertyName: String
        /// Wire value → reference, in source order.
        public let mapping: [(value: String, reference: Reference)]
        public let location: SourceLocation
    }

    public init(
        location: SourceLocation, pointer: String, reference: Reference? = nil, types: [JSONType] = [],
        allowsNull: Bool = false, format: String? = nil, title: String? = nil, description: String? = nil,
        enumValues: [EnumLiteral]? = nil, constValue: EnumLiteral? = nil, defaultValue: DefaultLiteral? = nil,
        properties: [Property] = [], required: [String] = [], additionalProperties: AdditionalProperties = .absent,
        items: Schema? = nil, oneOf: [Schema]? = nil, anyOf: [Schema]? = nil, allOf: [Schema]? = nil,
        discriminator: Discriminator? = nil, constraints: Constraints = .init(), deprecated: Bool = false,
        extensions: [String: ExtensionValue] = [:], unsupported: UnsupportedConstruct? = nil
    ) {
        self.location = location
        self.pointer = pointer
        self.reference = reference
        self.types = types
        self.allowsNull = allowsNull
        self.format = format
        self.title = title
        self.description = description
        self.enumValues = enumValues
        self.constValue = constValue
        self.defaultValue = defaultValue
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.oneOf = oneOf
        self.anyOf = anyOf
        self.allOf = allOf
        self.discriminator = discriminator
        self.constraints = constraints
        self.deprecated = deprecated
        self.extensions = extensions
        self.unsupported = unsupported
    }
}

/// The `type` keyword's values (without `null`, which is `Schema.allowsNull`).
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, integer, number, boolean, object, array
}

/// A value listed in `enum` or `const`.
public enum EnumLiteral: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// A `default` value, kept as written so it can be rendered as a Swift literal.
public enum DefaultLiteral: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    /// An array (for documentation only: such defaults are never written as Swift literals).
    case list
    /// An object (for documentation only).
    case object
}

/// Validation keywords, turned into a `validate()` method on generated types.
public struct Constraints: Sendable, Hashable {
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?

    public init() {}

    public var isEmpty: Bool { self == Constraints() }
}

/// A valid construct the generator cannot express in Swift (a tuple array, a conditional schema,
/// an external reference): whatever reaches it is skipped with a warning at `location`, or
/// stops generation in strict mode.
public struct UnsupportedConstruct: Sendable, Hashable {
    /// What is not supported, as a sentence fragment: "schema keyword 'prefixItems' is not supported".
    public let reason: String
    /// The keyword, `$ref` value or `false` schema in the source.
    public let location: SourceLocation
}

/// A local `$ref` to a component (`#/components/schemas/Response`) or, for schemas, to a schema
/// inside one (`#/components/schemas/Response/properties/id`).
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    public enum Section: String, Sendable, Hashable {
        case schemas, responses, parameters, headers, requestBodies
    }

    public let section: Section
    /// The component's name.
    public let name: String
    /// The unescaped reference tokens after the component's name: empty for the component itself.
    public let path: [String]
    public let location: SourceLocation
    /// `#/components/<section>/<name>[/<path>]`, the tokens joined unescaped as the reader joins the
    /// pointers of the schemas it reads, so a reference and the schema it names share one key.
    public let pointer: String

    public init(section: Section, name: String, path: [String] = [], location: SourceLocation) {
        self.section = section
        self.name = name
        self.path = path
        self.location = location
        let component = "#/components/\(section.rawValue)/\(name)"
        pointer = path.isEmpty ? component : component + "/" + path.joined(separator: "/")
    }

    /// Whether the reference names a schema inside a component rather than the component.
    public var isInside: Bool { !path.isEmpty }

    public var description: String { pointer }

    /// What to call the referenced schema: the component's name, with the path for a schema inside it.
    public var label: String { path.isEmpty ? name : ([name] + path).joined(separator: "_") }

    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.pointer == rhs.pointer
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
    }
}
