import Foundation
@_spi(Generated) import Infercom
import Testing

/// A `const` member (`"type": "input_text"`, `"object": "response"`) is not stored: its value is
/// the spec's. So decoding checks it, since a struct that accepted another value would send the
/// constant back in its place, and encoding leaves it out again where the JSON did.
@Suite("Decoding: const members")
struct ConstantMemberTests {
    /// Both decoders the library uses: the client's tape decoder and Foundation's.
    static let decoders: [String] = ["tape", "foundation"]

    static func decode<T: Decodable>(_ type: T.Type, _ json: String, with decoder: String) throws -> T {
        decoder == "tape"
            ? try JSONTapeDecoder().decode(type, from: Array(json.utf8))
            : try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The debug description and coding path of a `DecodingError.dataCorrupted`, or `nil`.
    static func corruption(_ error: any Error) -> (description: String, path: [String])? {
        guard case DecodingError.dataCorrupted(let context)? = error as? DecodingError else { return nil }
        return (context.debugDescription, context.codingPath.map(\.stringValue))
    }

    @Test("A different value is a DecodingError at the member that names both values", arguments: decoders)
    func differentValue(decoder: String) throws {
        let error = #expect(throws: DecodingError.self) {
            try Self.decode(InputText.self, #"{"type":"output_text","text":"a"}"#, with: decoder)
        }
        let corruption = try #require(error.flatMap(Self.corruption))

        #expect(corruption.path == ["type"])
        #expect(corruption.description.contains(#""input_text""#) && corruption.description.contains(#""output_text""#))
    }

    @Test("null where the constant belongs is a DecodingError that says null arrived", arguments: decoders)
    func nullValue(decoder: String) throws {
        let error = #expect(throws: DecodingError.self) {
            try Self.decode(InputText.self, #"{"type":null,"text":"a"}"#, with: decoder)
        }

        #expect(try #require(error.flatMap(Self.corruption)).description.hasSuffix("found null"))
    }

    @Test("A number where the constant belongs is a DecodingError", arguments: decoders)
    func numberValue(decoder: String) throws {
        #expect(throws: DecodingError.self) { try Self.decode(InputText.self, #"{"type":1,"text":"a"}"#, with: decoder) }
    }

    @Test("A response whose object is not \"response\" is refused, nested anywhere", arguments: decoders)
    func nestedDifferentValue(decoder: String) throws {
        let body = #"{"type":"response.completed","sequence_number":3,"response":{"id":"r","object":"chat.completion","#
            + #""created_at":1,"status":"completed","model":"m","output":[]}}"#

        let error = #expect(throws: DecodingError.self) { try Self.decode(ResponseStreamEvent.self, body, with: decoder) }

        #expect(try #require(error.flatMap(Self.corruption)).path == ["response", "object"])
    }

    @Test("The spec's value decodes and is written back", arguments: decoders)
    func sameValue(decoder: String) throws {
        let text = try Self.decode(InputText.self, #"{"type":"input_text","text":"a"}"#, with: decoder)

        #expect(text == InputText(text: "a"))
        #expect(try Wire.encodedText(text) == #"{"text":"a","type":"input_text"}"#)
    }

    @Test("An absent constant decodes and stays absent when encoded again; one built in code is written", arguments: decoders)
    func absentValue(decoder: String) throws {
        let decoded = try Self.decode(InputText.self, #"{"text":"a"}"#, with: decoder)

        #expect(try Wire.encodedText(decoded) == #"{"text":"a"}"#)
        #expect(decoded == InputText(text: "a"))
        #expect(try Wire.encodedText(InputText(text: "a")) == #"{"text":"a","type":"input_text"}"#)
    }

    @Test("Inside a union, a value of another kind is still the unknown case, not an error")
    func unionStaysOpen() throws {
        let part = try Wire.decode(ContentPart.self, from: #"{"type":"input_audio","data":"AAAA"}"#)

        #expect(part == .unknown(["type": "input_audio", "data": "AAAA"]))
    }
}
