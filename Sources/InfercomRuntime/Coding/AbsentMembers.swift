/// Required members a decoded object did not have, so that encoding it again does not invent them.
///
/// Generated structs keep the public type of such a member plain (`T?` for a required nullable
/// member, `[T]` for a required array decoded leniently) and record its absence privately in a
/// `Set` of their coding keys. Encoding writes the member unless it was absent and still holds the
/// value absence decoded to (`nil`, `[]`); a value built in code never counts as absent.
extension KeyedDecodingContainer where Key: Hashable {
    /// A required nullable member: `nil` for `null` or absence; absence is recorded in `absent`.
    public func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: Key, absent: inout Set<Key>) throws -> T? {
        guard contains(key) else {
            absent.insert(key)
            return nil
        }
        return try decodeIfPresent(type, forKey: key)
    }

    /// A required array that real servers sometimes leave out: empty when absent (recorded in
    /// `absent`), decoded normally otherwise. Only used where the configuration asks for it.
    public func decodeLenientArray<T: Decodable>(_ type: [T].Type, forKey key: Key, absent: inout Set<Key>) throws -> [T] {
        guard contains(key) else {
            absent.insert(key)
            return []
        }
        return try decode(type, forKey: key)
    }
}

extension KeyedEncodingContainer where Key: Hashable {
    /// Writes a required nullable member (`null` for `nil`) unless it was absent when decoded and is still `nil`.
    public mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key, absent: Set<Key>) throws {
        if value == nil && absent.contains(key) { return }
        try encode(value, forKey: key)
    }

    /// Writes a leniently decoded required array unless it was absent when decoded and is still empty.
    public mutating func encodeLenientArray<T: Encodable>(_ value: [T], forKey key: Key, absent: Set<Key>) throws {
        if value.isEmpty && absent.contains(key) { return }
        try encode(value, forKey: key)
    }
}
