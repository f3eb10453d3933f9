import Foundation

/// The client's JSON encoding and decoding.
enum JSONCoding {
    /// Encodes a request body. No key strategy: generated types spell their keys in `CodingKeys`.
    static func encode(_ value: any Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// One decoder for every call: it holds no per-call state (decoding is thread-safe), and
    /// creating one per stream event shows up in profiles.
    private static let decoder = JSONDecoder()

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, borrowing: $0) }
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        return try text.withUTF8 { try decode(type, borrowing: UnsafeRawBufferPointer($0)) }
    }

    /// Decodes straight from borrowed memory: the `Data` wraps the bytes without copying them and
    /// does not outlive this call (the decoder keeps no reference to its input).
    private static func decode<T: Decodable>(_ type: T.Type, borrowing buffer: UnsafeRawBufferPointer) throws -> T {
        let data: Data
        if let base = buffer.baseAddress, !buffer.isEmpty {
            data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
        } else {
            data = Data()
        }
        return try decoder.decode(type, from: data)
    }
}
