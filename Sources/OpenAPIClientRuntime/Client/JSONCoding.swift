import Foundation

/// The client's JSON encoding and decoding.
enum JSONCoding {
    /// Encodes a request body. No key strategy: generated types write their members' JSON names.
    static func encode(_ value: any Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// The tape decoder: `JSONDecoder`'s results, without its cost per keyed container and per
    /// `allKeys`, which every generated struct asks for (see ``JSONTape``).
    private static let decoder = JSONTapeDecoder()

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, borrowing: $0) }
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        return try text.withUTF8 { try decode(type, borrowing: UnsafeRawBufferPointer($0)) }
    }

    private static func decode<T: Decodable>(_ type: T.Type, borrowing buffer: UnsafeRawBufferPointer) throws -> T {
        try decoder.decode(type, from: buffer)
    }
}
