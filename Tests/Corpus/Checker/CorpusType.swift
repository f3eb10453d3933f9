import Foundation

/// A Swift type the corpus decodes bodies as, erased so one table can list the types of a binding set.
public struct CorpusType {
    let decode: (Data) throws -> Any
    let encode: (Any) throws -> Data

    /// Decodes and encodes with plain `JSONDecoder` / `JSONEncoder`, as the client does.
    public init<Value: Codable>(_ type: Value.Type) {
        decode = { data in try JSONDecoder().decode(Value.self, from: data) }
        encode = { value in try JSONEncoder().encode(value as! Value) }
    }
}
