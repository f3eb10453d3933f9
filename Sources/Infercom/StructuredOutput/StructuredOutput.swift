import Foundation

/// How a structured answer is read: the output text parsed as JSON, checked against the schema,
/// then decoded into the Swift type.
public enum StructuredOutput {
    /// Reads `text` as a value of `T`, checked against `schema`.
    ///
    /// - Throws: ``StructuredOutputError`` (`notJSON`, `schemaMismatch` or `decodingFailed`),
    ///   carrying `text`.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, schema: JSONSchema) throws(StructuredOutputError) -> T {
        let data = Data(text.utf8)
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw StructuredOutputError(kind: .notJSON, rawText: text, detail: "the answer is not JSON: \(error)")
        }
        let mismatches = schema.mismatches(in: json)
        guard mismatches.isEmpty else {
            throw StructuredOutputError(
                kind: .schemaMismatch, rawText: text, mismatches: mismatches,
                detail: mismatches.prefix(5).map(\.description).joined(separator: "; "))
        }
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            throw StructuredOutputError(kind: .decodingFailed, rawText: text, detail: "\(error)")
        }
    }

    /// The decoder for structured answers: dates as ISO 8601 strings (with or without fractional
    /// seconds), as the derived schema's `date-time` format says; everything else as `JSONDecoder`'s defaults.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = date(fromISO8601: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date-time: \(text)"))
            }
            return date
        }
        return decoder
    }

    /// An ISO 8601 date-time (`2026-04-18T15:30:00Z`, fractional seconds and offsets allowed).
    static func date(fromISO8601 text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
