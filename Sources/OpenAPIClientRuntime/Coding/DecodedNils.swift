/// How the members a decoded object holds as `nil` (or as an empty leniently decoded array) were
/// spelled in its JSON, where encoding could not tell from the value alone: a required member that
/// was absent (left `nil`, empty, or given its default), an optional member that was `null`, an
/// optional `const` member that was absent. Encoding spells them the same way again, so a
/// decode–encode round trip neither invents `"error": null` nor drops `"user": null`.
///
/// Generated structs keep the public type of each member plain (`T?`, `[T]`) and hold one private
/// `DecodedNils`: the JSON names of those members. A value built in code has none: it is encoded
/// the way the spec reads (required members written, `null` if `nil`; optional `nil` members left out).
///
/// Not part of `==` and hashing: `null` and an absent key are the same value, spelled differently.
///
/// The helpers are `@inlinable` so that generated code gets them specialized, as it gets the
/// standard library's `decodeIfPresent`: unspecialized generic calls per member cost real time.
@_spi(Generated) public struct DecodedNils: Hashable, Sendable {
    /// A list, not a set: an object has few such members, and appending allocates less than hashing.
    @usableFromInline var keys: [String] = []

    @inlinable public init() {}

    @inlinable public static func == (lhs: Self, rhs: Self) -> Bool { true }
    @inlinable public func hash(into hasher: inout Hasher) {}

    @inlinable mutating func insert(_ key: JSONKey) { keys.append(key.stringValue) }

    @inlinable func contains(_ key: JSONKey) -> Bool { !keys.isEmpty && keys.contains(key.stringValue) }
}

@_spi(Generated) extension ObjectDecodingContainer {

    /// A required nullable member: `nil` for `null` or absence; absence is recorded.
    @inlinable public func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: JSONKey, nils: inout DecodedNils) throws -> T? {
        guard contains(key) else {
            nils.insert(key)
            return nil
        }
        return try decodeIfPresent(type, forKey: key)
    }

    /// An optional member: `nil` for `null` or absence; an explicit `null` is recorded.
    @inlinable public func decodeOptional<T: Decodable>(_ type: T.Type, forKey key: JSONKey, nils: inout DecodedNils) throws -> T? {
        let value = try decodeIfPresent(type, forKey: key)
        if value == nil && contains(key) { nils.insert(key) }
        return value
    }

    /// A required member with a default: the default when absent (recorded), decoded otherwise.
    @inlinable public func decodeDefaulted<T: Decodable>(_ type: T.Type, forKey key: JSONKey, default value: T, nils: inout DecodedNils) throws -> T {
        guard let decoded = try decodeIfPresent(type, forKey: key) else {
            nils.insert(key)
            return value
        }
        return decoded
    }

    /// A `const` member: absence is recorded (so encoding leaves it out again); a present value must
    /// be the spec's, since the struct has nowhere to keep another and would send the constant back
    /// in its place. A different value or `null` is a `DecodingError` naming what arrived.
    @inlinable public func decodeConstant(_ expected: String, forKey key: JSONKey, nils: inout DecodedNils) throws {
        guard contains(key) else {
            nils.insert(key)
            return
        }
        // A number or an object is the decoder's own type mismatch.
        let found = try decodeIfPresent(String.self, forKey: key)
        guard found == expected else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "Expected the constant \(expected.debugDescription), found \(found?.debugDescription ?? "null")")
        }
    }

    /// A required array that real servers sometimes leave out: empty when absent (recorded),
    /// decoded normally otherwise. Only used where the configuration asks for it.
    @inlinable public func decodeLenientArray<T: Decodable>(_ type: [T].Type, forKey key: JSONKey, nils: inout DecodedNils) throws -> [T] {
        guard contains(key) else {
            nils.insert(key)
            return []
        }
        return try decode(type, forKey: key)
    }
}

@_spi(Generated) extension KeyedEncodingContainer where Key == JSONKey {
    /// Writes a required nullable member (`null` for `nil`) unless it was absent when decoded and is still `nil`.
    @inlinable public mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: JSONKey, nils: DecodedNils) throws {
        if value == nil && nils.contains(key) { return }
        try encode(value, forKey: key)
    }

    /// Writes an optional member if it has a value, or `null` if it was `null` when decoded and is still `nil`.
    @inlinable public mutating func encodeOptional<T: Encodable>(_ value: T?, forKey key: JSONKey, nils: DecodedNils) throws {
        if value == nil && !nils.contains(key) { return }
        try encode(value, forKey: key)
    }

    /// Writes a required member with a default unless it was absent (or `null`) when decoded and still holds the default.
    @inlinable public mutating func encodeDefaulted<T: Encodable & Equatable>(_ value: T, forKey key: JSONKey, default fallback: T, nils: DecodedNils) throws {
        if value == fallback && nils.contains(key) { return }
        try encode(value, forKey: key)
    }

    /// Writes a `const` member unless it was absent when decoded.
    @inlinable public mutating func encodeConstant(_ value: String, forKey key: JSONKey, nils: DecodedNils) throws {
        if nils.contains(key) { return }
        try encode(value, forKey: key)
    }

    /// Writes a leniently decoded required array unless it was absent when decoded and is still empty.
    @inlinable public mutating func encodeLenientArray<T: Encodable>(_ value: [T], forKey key: JSONKey, nils: DecodedNils) throws {
        if value.isEmpty && nils.contains(key) { return }
        try encode(value, forKey: key)
    }
}
