/// An object of the tape, read by key. A lookup compares the key's bytes with each member's, from
/// where the previous lookup matched (members are usually read in document order, so most lookups
/// match at once); in an object that may repeat a key, from the first member, so the first wins.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    private var tape: JSONTape { decoder.tape }

    /// The index of the value of `key`, or `nil` when the object has no such member.
    private func valueIndex(_ key: Key) -> Int? { valueIndex(named: key.stringValue) }

    private func valueIndex(named name: String) -> Int? {
        let object = tape.tokens[decoder.index]
        let first = decoder.index + 1
        let end = Int(object.next)
        var keyIndex = object.mayHaveDuplicateKeys || decoder.lookupStart < first ? first : decoder.lookupStart
        let start = keyIndex
        var wrapped = false
        while true {
            if keyIndex >= end {
                guard !wrapped, start != first else { return nil }
                wrapped = true
                keyIndex = first
            }
            if wrapped && keyIndex >= start { return nil }
            let next = tape.next(after: keyIndex + 1)
            if tape.string(at: keyIndex, equals: name) {
                decoder.lookupStart = next
                return keyIndex + 1
            }
            keyIndex = next
        }
    }

    var allKeys: [Key] {
        let object = tape.tokens[decoder.index]
        var keys: [Key] = []
        keys.reserveCapacity(Int(object.count))
        var seen = Set<String>()
        var keyIndex = decoder.index + 1
        while keyIndex < Int(object.next) {
            let name = tape.string(at: keyIndex)
            if !object.mayHaveDuplicateKeys || seen.insert(name).inserted, let key = Key(stringValue: name) { keys.append(key) }
            keyIndex = tape.next(after: keyIndex + 1)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { valueIndex(key) != nil }

    private func value(_ key: Key) throws -> Int {
        guard let index = valueIndex(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.tokens[try value(key)].kind == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.decodeBool(at: value(key), key: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.decodeString(at: value(key), key: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.decodeDouble(at: value(key), key: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.decodeFloat(at: value(key), key: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.decodeInteger(type, at: value(key), key: key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decodeValue(type, at: value(key), key: key) }

    /// One lookup instead of the protocol's three (`contains`, `decodeNil`, `decode`).
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = valueIndex(key), tape.tokens[index].kind != .null else { return nil }
        return try decoder.decodeValue(type, at: index, key: key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let index = valueIndex(key), tape.tokens[index].kind != .null else { return nil }
        return try decoder.decodeString(at: index, key: key)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let index = valueIndex(key), tape.tokens[index].kind != .null else { return nil }
        return try decoder.decodeInteger(type, at: index, key: key)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let index = valueIndex(key), tape.tokens[index].kind != .null else { return nil }
        return try decoder.decodeDouble(at: index, key: key)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let index = valueIndex(key), tape.tokens[index].kind != .null else { return nil }
        return try decoder.decodeBool(at: index, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(at: value(key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(at: value(key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder.child(at: valueIndex(named: "super") ?? tape.absentValue, key: TapeSuperKey())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.child(at: valueIndex(key) ?? tape.absentValue, key: key)
    }
}
