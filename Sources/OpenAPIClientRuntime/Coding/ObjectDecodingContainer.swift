/// The keyed container generated structs decode from: their own `CodingKeys` for the members the
/// spec names, and every other member of the same JSON object for `additionalProperties`.
///
/// One container per object, not two: asking a `Decoder` for a keyed container makes
/// `JSONDecoder` index the whole object, so a second container keyed by `JSONKey` just to find the
/// unknown members would double the cost of decoding every struct.
@_spi(Generated) public struct ObjectDecodingContainer<Keys: CodingKey> {
    @usableFromInline let container: KeyedDecodingContainer<JSONKey>

    @inlinable public init(_ decoder: any Decoder, keyedBy: Keys.Type) throws {
        container = try decoder.container(keyedBy: JSONKey.self)
    }

    @inlinable func key(_ key: Keys) -> JSONKey { JSONKey(key.stringValue) }

    @inlinable public func contains(_ key: Keys) -> Bool { container.contains(self.key(key)) }

    @inlinable public func decode<T: Decodable>(_ type: T.Type, forKey key: Keys) throws -> T {
        try container.decode(type, forKey: self.key(key))
    }

    @inlinable public func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Keys) throws -> T? {
        try container.decodeIfPresent(type, forKey: self.key(key))
    }

    /// The members whose keys are not among `Keys`, so that a decode–encode round trip gives back
    /// what the spec does not describe. `Keys(stringValue:)` is a `switch`; nothing is allocated
    /// when every member is known.
    @inlinable public func unknownMembers<Value: Decodable>(as: Value.Type = Value.self) throws -> [String: Value] {
        var members: [String: Value] = [:]
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
            members[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return members
    }
}

@_spi(Generated) extension Decoder {
    /// The container a generated struct decodes from (see ``ObjectDecodingContainer``).
    @inlinable public func objectContainer<Keys: CodingKey>(keyedBy keys: Keys.Type) throws -> ObjectDecodingContainer<Keys> {
        try ObjectDecodingContainer(self, keyedBy: keys)
    }
}

/// The coding keys of an object schema without named members: every member is unknown.
@_spi(Generated) public enum NoKnownKeys: CodingKey, Hashable, Sendable {
    public var stringValue: String { switch self {} }
    public var intValue: Int? { nil }
    public init?(stringValue: String) { nil }
    public init?(intValue: Int) { nil }
}
