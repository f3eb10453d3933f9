/// The `Decoder` a type is decoded from while ``JSONSchema`` records its shape: it answers every
/// request with a placeholder value and notes what was asked for, by key and type.
struct SchemaRecordingDecoder: Decoder {
    let recorder: SchemaRecorder
    let node: SchemaNode
    let path: String
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        node.becomeObject()
        return KeyedDecodingContainer(SchemaRecordingKeyedContainer<Key>(decoder: self, node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw node.dataDependent("decodes an unkeyed container by hand", at: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SchemaRecordingSingleValueContainer(decoder: self)
    }
}

/// Records each key a type decodes, with the schema of the value's type.
struct SchemaRecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: SchemaRecordingDecoder
    let node: SchemaNode
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        node.flag("reads allKeys (its keys depend on the data)")
        return []
    }

    func contains(_ key: Key) -> Bool {
        node.flag("asks contains(\"\(key.stringValue)\") (its shape depends on the data)")
        return true
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        node.flag("asks decodeNil(forKey: \"\(key.stringValue)\") (its shape depends on the data)")
        return false
    }

    private func path(_ key: Key) -> String { decoder.path + "." + key.stringValue }

    private func decode<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        let (schema, value) = try decoder.recorder.record(T.self, path: path(key))
        node.add(key.stringValue, .schema(schema))
        return value
    }

    private func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        let (schema, _) = try decoder.recorder.record(T.self, path: path(key))
        node.add(key.stringValue, .schema(SchemaRecorder.nullable(schema)))
        return nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decode(T.self, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decodeIfPresent(T.self, key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Bool.self, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Bool.self, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(String.self, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresent(String.self, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Double.self, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresent(Double.self, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Float.self, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeIfPresent(Float.self, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Int.self, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Int.self, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Int8.self, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeIfPresent(Int8.self, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Int16.self, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeIfPresent(Int16.self, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Int32.self, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeIfPresent(Int32.self, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Int64.self, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresent(Int64.self, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(UInt.self, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeIfPresent(UInt.self, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(UInt8.self, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeIfPresent(UInt8.self, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(UInt16.self, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeIfPresent(UInt16.self, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(UInt32.self, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeIfPresent(UInt32.self, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(UInt64.self, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeIfPresent(UInt64.self, key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = SchemaNode()
        node.add(key.stringValue, .node(nested))
        let nestedDecoder = SchemaRecordingDecoder(recorder: decoder.recorder, node: nested, path: path(key))
        return try nestedDecoder.container(keyedBy: NestedKey.self)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw node.dataDependent("decodes an unkeyed container by hand", at: path(key))
    }

    func superDecoder() throws -> any Decoder {
        throw node.dataDependent("asks for a super decoder", at: decoder.path)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw node.dataDependent("asks for a super decoder", at: path(key))
    }
}

/// Records the one value a wrapper type decodes.
struct SchemaRecordingSingleValueContainer: SingleValueDecodingContainer {
    let decoder: SchemaRecordingDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        decoder.node.flag("asks decodeNil() (its shape depends on the data)")
        return false
    }

    private func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        let (schema, value) = try decoder.recorder.record(T.self, path: decoder.path)
        decoder.node.setSingle(schema)
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self) }
    func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(Bool.self) }
    func decode(_ type: String.Type) throws -> String { try decodeValue(String.self) }
    func decode(_ type: Double.Type) throws -> Double { try decodeValue(Double.self) }
    func decode(_ type: Float.Type) throws -> Float { try decodeValue(Float.self) }
    func decode(_ type: Int.Type) throws -> Int { try decodeValue(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(UInt64.self) }
}
