@_spi(Generated) extension JSONKey {
    /// Decodes the members of the current object whose keys are not among `known` (a type's
    /// `CodingKeys`), so that a decode–encode round trip gives back the members the spec does not
    /// describe. Known keys are recognised by `Known(stringValue:)`, a `switch` the compiler builds
    /// once, so a decode allocates nothing when every member is known.
    public static func decodeUnknownMembers<Value: Decodable, Known: CodingKey>(
        from decoder: any Decoder, known: Known.Type, as: Value.Type = Value.self
    ) throws -> [String: Value] {
        let container = try decoder.container(keyedBy: JSONKey.self)
        var members: [String: Value] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
            members[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return members
    }

    /// Encodes extra members next to the ones a type's own `CodingKeys` wrote.
    @inlinable public static func encodeUnknownMembers<Value: Encodable>(_ members: [String: Value], to encoder: any Encoder) throws {
        guard !members.isEmpty else { return }
        var container = encoder.container(keyedBy: JSONKey.self)
        for (key, value) in members { try container.encode(value, forKey: JSONKey(key)) }
    }
}
