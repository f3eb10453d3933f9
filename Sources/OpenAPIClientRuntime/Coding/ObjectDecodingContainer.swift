/// The keyed container generated structs decode from, keyed by the JSON names themselves
/// (`forKey: "sequence_number"`): the members the spec names, and every other member of the same
/// JSON object for `additionalProperties`.
///
/// Keys are string literals rather than a `CodingKeys` enum per type: such an enum makes the
/// compiler synthesise a dozen members for each struct (raw values, `stringValue`, hashing,
/// descriptions), most of the cost of compiling generated code, for keys decoding turns back into
/// strings anyway. A literal costs nothing to build.
///
/// One container per object, not two: asking a `Decoder` for a keyed container makes
/// `JSONDecoder` index the whole object, so a second container just to find the unknown members
/// would double the cost of decoding every struct.
@_spi(Generated) public struct ObjectDecodingContainer {
    @usableFromInline let container: KeyedDecodingContainer<JSONKey>

    @inlinable public init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: JSONKey.self)
    }

    @inlinable public func contains(_ key: JSONKey) -> Bool { container.contains(key) }

    @inlinable public func decode<T: Decodable>(_ type: T.Type, forKey key: JSONKey) throws -> T {
        try container.decode(type, forKey: key)
    }

    @inlinable public func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: JSONKey) throws -> T? {
        try container.decodeIfPresent(type, forKey: key)
    }

    /// The members not among `known` (a type's ``KnownMembers``), so that a decode–encode round
    /// trip gives back what the spec does not describe. Nothing is allocated when every member is known.
    @inlinable public func unknownMembers<Value: Decodable>(besides known: KnownMembers, as: Value.Type = Value.self) throws -> [String: Value] {
        var members: [String: Value] = [:]
        for key in container.allKeys where !known.contains(key.stringValue) {
            members[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return members
    }
}

@_spi(Generated) extension Decoder {
    /// The container a generated struct decodes from (see ``ObjectDecodingContainer``).
    @inlinable public func objectContainer() throws -> ObjectDecodingContainer {
        try ObjectDecodingContainer(self)
    }
}
