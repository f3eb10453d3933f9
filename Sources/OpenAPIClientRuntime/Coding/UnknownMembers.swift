@_spi(Generated) extension JSONKey {
    /// Encodes extra members next to the ones a type's own coding wrote.
    @inlinable public static func encodeUnknownMembers<Value: Encodable>(_ members: [String: Value], to encoder: any Encoder) throws {
        guard !members.isEmpty else { return }
        var container = encoder.container(keyedBy: JSONKey.self)
        for (key, value) in members { try container.encode(value, forKey: JSONKey(key)) }
    }
}
