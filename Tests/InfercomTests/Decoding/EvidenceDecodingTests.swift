import Foundation
import Infercom
import Testing

/// Decoding is right or an error: a union's case is chosen by evidence (JSON kind, tags, the kind
/// of a member's value, required keys), a wrong-shaped value of the chosen case is a
/// `DecodingError` at its coding path, and re-encoding neither drops nor invents members.
@Suite("Decoding: right, or an error with its coding path")
struct EvidenceDecodingTests {
    /// The coding path of a `DecodingError`, as `output.0.content.0.logprobs`.
    static func codingPath(of error: any Error) -> String? {
        let context: DecodingError.Context
        switch error as? DecodingError {
        case .dataCorrupted(let c)?, .keyNotFound(_, let c)?, .typeMismatch(_, let c)?, .valueNotFound(_, let c)?:
            context = c
        default:
            return nil
        }
        return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    static func response(output: String) -> String {
        #"{"id":"r","object":"response","status":"completed","created_at":1,"model":"m","output":[\#(output)]}"#
    }

    @Test("An output_text part with logprobs of the wrong shape is a DecodingError at its path, not an .unknown content")
    func wrongShapedSelectedPart() throws {
        let json = Self.response(output: #"{"type":"message","role":"assistant","content":[{"type":"output_text","text":"Hi","logprobs":"x"}]}"#)

        let error = try #require(throws: DecodingError.self) { try Wire.decode(Response.self, from: json) }
        #expect(Self.codingPath(of: error) == "output.0.content.0.logprobs")
    }

    @Test("A message content that is a list of parts decodes as parts; a wrong part is an error, not .unknown")
    func messageContentByKind() throws {
        let parts = try Wire.decode(MessageContent.self, from: #"[{"type":"output_text","text":"Hi"}]"#)
        #expect(parts.partsCase?.count == 1)
        #expect(try Wire.decode(MessageContent.self, from: #""Hi""#) == .text("Hi"))

        let error = try #require(throws: DecodingError.self) {
            try Wire.decode(MessageContent.self, from: #"[{"type":"output_text"}]"#)
        }
        #expect(Self.codingPath(of: error) == "0")
    }

    @Test("A JSON kind no case takes is kept as .unknown")
    func unknownKind() throws {
        #expect(try Wire.decode(MessageContent.self, from: "42") == .unknown(42))
        #expect(try Wire.decode(ToolChoice.self, from: "true") == .unknown(true))
    }

    @Test("tool_choice: a string is a mode, an object with type function is a named function")
    func toolChoiceByKind() throws {
        #expect(try Wire.decode(ToolChoice.self, from: #""auto""#) == .mode(.auto))
        #expect(try Wire.decode(ToolChoice.self, from: #"{"type":"function","name":"f"}"#) == .function(NamedToolChoice(name: "f")))
    }

    @Test("tool_choice: an object with another type is a shape the spec does not know, kept whole")
    func toolChoiceUnknownTag() throws {
        let json = #"{"type":"web_search_preview"}"#
        #expect(try Wire.decode(ToolChoice.self, from: json) == .unknown(["type": "web_search_preview"]))
    }

    @Test("tool_choice: a function choice without its name is an error naming the missing key")
    func toolChoiceSelectedButIncomplete() throws {
        let error = try #require(throws: DecodingError.self) {
            try Wire.decode(ToolChoice.self, from: #"{"type":"function"}"#)
        }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "name")
    }

    @Test("An error body is told apart by the kind of its error member: object → envelope, string → simple")
    func errorBodyByValueKind() throws {
        let simple = try Wire.decode(ErrorBody.self, from: #"{"error":"Not found"}"#)
        let envelope = try Wire.decode(ErrorBody.self, from: #"{"error":{"message":"m","type":"t"}}"#)

        #expect(simple == .simple(SimpleError(error: "Not found")))
        #expect(envelope.envelopeCase?.error.message == "m")
        #expect(try Wire.decode(ErrorBody.self, from: #"{"error":7}"#) == .unknown(["error": 7]))
    }

    @Test("An object that fits no case of a known shape is a DecodingError at the object's path")
    func objectFittingNoCase() throws {
        struct Holder: Decodable { var body: ErrorBody }

        let error = try #require(throws: DecodingError.self) { try Wire.decode(Holder.self, from: #"{"body":{"detail":1}}"#) }
        #expect(Self.codingPath(of: error) == "body")
    }

    @Test("A reasoning item with a field added upstream is echoed back as input with the field")
    func echoedItemKeepsNewFields() throws {
        let json = #"{"type":"reasoning","id":"rs_1","summary":[],"content":[{"type":"reasoning_text","text":"t"}],"encrypted_content":"opaque","added_later":{"a":[1,2.5,null]}}"#
        let item = try Wire.decode(OutputItem.self, from: json)
        let reasoning = try #require(item.reasoningCase)
        let input = InputItem.reasoning(reasoning)

        #expect(reasoning.additionalProperties["added_later"] == ["a": [1, 2.5, nil]])
        #expect(try Wire.encodedJSON(input) == Wire.json(json))
    }

    @Test("Unknown members take part in equality: values that encode differently are not equal")
    func unknownMembersInEquality() throws {
        let plain = try Wire.decode(URLCitation.self, from: #"{"type":"url_citation","url":"u","start_index":0,"end_index":1}"#)
        let extra = try Wire.decode(URLCitation.self, from: #"{"type":"url_citation","url":"u","start_index":0,"end_index":1,"x":1}"#)

        #expect(plain == URLCitation(url: "u", startIndex: 0, endIndex: 1))
        #expect(plain != extra)
    }

    @Test("A required nullable member that was absent is not written back as null; one set to nil in code is")
    func absentNullableIsNotInvented() throws {
        let decoded = try Wire.decode(SimpleError.self, from: "{}")

        #expect(decoded.error == nil)
        #expect(try Wire.encodedText(decoded) == "{}")
        #expect(try Wire.encodedText(SimpleError(error: nil)) == #"{"error":null}"#)
        #expect(try Wire.encodedText(Wire.decode(SimpleError.self, from: #"{"error":null}"#)) == #"{"error":null}"#)
    }

    @Test("A required nullable member that was absent but set afterwards is written")
    func absentNullableSetLater() throws {
        var decoded = try Wire.decode(SimpleError.self, from: "{}")
        decoded.error = "late"

        #expect(try Wire.encodedText(decoded) == #"{"error":"late"}"#)
    }

    @Test("Leniency: a logprob without its required top_logprobs decodes as empty and is not invented when re-encoded")
    func lenientMissingArray() throws {
        let json = #"{"token":"Hi","logprob":-0.5}"#
        let logprob = try Wire.decode(LogProb.self, from: json)

        #expect(logprob.topLogprobs == [])
        #expect(try Wire.encodedJSON(logprob) == Wire.json(json))
        #expect(try Wire.encodedJSON(LogProb(token: "Hi", logprob: -0.5, topLogprobs: [])) == Wire.json(#"{"token":"Hi","logprob":-0.5,"top_logprobs":[]}"#))
    }

    @Test("Leniency covers arrays only: a missing required string is still an error")
    func leniencyIsNarrow() throws {
        let error = try #require(throws: DecodingError.self) { try Wire.decode(LogProb.self, from: #"{"logprob":-0.5}"#) }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "token")
    }

    @Test("A stream delta with logprobs of a wrong shape is an error at the event's path, not a silently empty delta")
    func wrongShapedStreamEvent() throws {
        let json = #"{"type":"response.output_text.delta","sequence_number":3,"item_id":"m","output_index":0,"content_index":0,"delta":"Hi","logprobs":{"bad":1}}"#

        let error = try #require(throws: DecodingError.self) { try Wire.decode(ResponseStreamEvent.self, from: json) }
        #expect(Self.codingPath(of: error) == "logprobs")
    }
}
