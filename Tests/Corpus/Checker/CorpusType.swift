import Foundation
@_spi(Generated) import OpenAPIClientRuntime

/// A Swift type the corpus decodes bodies as, erased so one table can list the types of a binding set.
public struct CorpusType {
    let decode: (Data) throws -> Any
    let encode: (Any) throws -> Data

    /// Decodes as the client does (``JSONTapeDecoder``) and encodes with `JSONEncoder`. Each body
    /// is also decoded with Foundation's `JSONDecoder`, and the two must agree: the same value, or
    /// both an error at the same coding path.
    public init<Value: Codable & Equatable>(_ type: Value.Type) {
        decode = { data in
            let tape = Result { try JSONTapeDecoder().decode(Value.self, from: data) }
            let foundation = Result { try JSONDecoder().decode(Value.self, from: data) }
            switch (tape, foundation) {
            case (.success(let ours), .success(let theirs)) where ours == theirs:
                return ours
            case (.failure(let ours), .failure(let theirs))
                where CodingPathPointer.pointer(of: ours) == CodingPathPointer.pointer(of: theirs):
                throw ours
            default:
                throw DecodersDisagree(tape: "\(tape)", foundation: "\(foundation)")
            }
        }
        encode = { value in try JSONEncoder().encode(value as! Value) }
    }
}

/// The client's decoder and Foundation's read a body differently.
struct DecodersDisagree: Error, CustomStringConvertible {
    let tape: String
    let foundation: String
    var description: String { "JSONTapeDecoder and JSONDecoder disagree: tape \(tape.prefix(300)); JSONDecoder \(foundation.prefix(300))" }
}
