/// The decoding calls of generated structs with the member's type inferred from the property it
/// is assigned to (`self.name = try container.decode(forKey: "name")`), so that a type is spelled
/// once, in the declaration. Each forwards to the call that takes the type.
extension ObjectDecodingContainer {
    @inlinable public func decode<T: Decodable>(forKey key: JSONKey) throws -> T {
        try decode(T.self, forKey: key)
    }

    @inlinable public func decodeIfPresent<T: Decodable>(forKey key: JSONKey) throws -> T? {
        try decodeIfPresent(T.self, forKey: key)
    }
}

extension ObjectDecodingContainer {
    @inlinable public func decodeNullable<T: Decodable>(forKey key: JSONKey, nils: inout DecodedNils) throws -> T? {
        try decodeNullable(T.self, forKey: key, nils: &nils)
    }

    @inlinable public func decodeOptional<T: Decodable>(forKey key: JSONKey, nils: inout DecodedNils) throws -> T? {
        try decodeOptional(T.self, forKey: key, nils: &nils)
    }

    @inlinable public func decodeDefaulted<T: Decodable>(forKey key: JSONKey, default value: T, nils: inout DecodedNils) throws -> T {
        try decodeDefaulted(T.self, forKey: key, default: value, nils: &nils)
    }

    @inlinable public func decodeLenientArray<T: Decodable>(forKey key: JSONKey, nils: inout DecodedNils) throws -> [T] {
        try decodeLenientArray([T].self, forKey: key, nils: &nils)
    }
}
