import Foundation

/// Decodes `Decodable` values from JSON, as `JSONDecoder` with its default strategies does, but
/// from a token tape parsed once (see `JSONTape`): the client decodes every response and stream
/// event with it.
///
/// Accepted and rejected input, numbers, `Date` (`deferredToDate`), `Data` (Base64), `URL` and
/// `Decimal` behave as with `JSONDecoder` (the test suite decodes the same documents with both and
/// compares). Where the two differ, this one says more: a syntax error carries its line and column
/// (``JSONSyntaxError``, the underlying error of `DecodingError.dataCorrupted`); `allKeys` lists an
/// object's keys in document order. Of duplicate keys, the first wins, as with `JSONDecoder`.
public struct JSONTapeDecoder: Sendable {
    public init() {}

    /// Decodes a value of `type` from a JSON document.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let buffer = bytes.bindMemory(to: UInt8.self)
        let tokens: [JSONToken]
        do {
            tokens = try JSONTapeParser.parse(buffer)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [], debugDescription: "The given data was not valid JSON: \(error).", underlyingError: error))
        }
        let tape = JSONTape(bytes: Array(buffer), tokens: tokens)
        return try TapeDecoder(tape: tape, index: 0, parent: nil, key: nil).decodeValue(type, at: 0, key: nil)
    }

    /// Decodes a value of `type` from a JSON document.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: some ContiguousBytes) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }
}

/// The `Decoder` over one value of a tape. Child decoders keep their parent and key, so the coding
/// path is built only when something asks for it (an error, a type that reads it).
final class TapeDecoder: Decoder {
    let tape: JSONTape
    let index: Int
    let parent: TapeDecoder?
    let key: (any CodingKey)?
    /// Where the next key lookup in this object starts (see ``TapeKeyedContainer``): the key token
    /// after the last one found, since members are usually read in document order.
    var lookupStart = 0

    init(tape: JSONTape, index: Int, parent: TapeDecoder?, key: (any CodingKey)?) {
        self.tape = tape
        self.index = index
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: TapeDecoder? = self
        while let current = node, let key = current.key {
            keys.append(key)
            node = current.parent
        }
        return keys.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.tokens[index].kind == .object else { throw mismatch([String: Any].self, at: index, key: nil) }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.tokens[index].kind == .array else { throw mismatch([Any].self, at: index, key: nil) }
        return TapeUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { TapeSingleValueContainer(decoder: self) }

    func child(at index: Int, key: any CodingKey) -> TapeDecoder {
        TapeDecoder(tape: tape, index: index, parent: self, key: key)
    }
}

/// An array element's place in a coding path.
struct TapeIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The key of `superDecoder()`.
struct TapeSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}
