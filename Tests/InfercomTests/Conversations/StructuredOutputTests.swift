import Foundation
import Infercom
import Testing

@Suite("Structured output over the loopback server")
struct StructuredOutputTests {
    struct Event: Decodable, Sendable, Equatable {
        var title: String
        var date: String
        var attendees: Int?
    }

    static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Extract the event: SambaNova demo on 2026-04-18.")
    static func answer(_ id: String, _ text: String) -> String { Fixture.response(id, [Fixture.reasoning("rs_" + id, "Extract."), Fixture.message("msg_" + id, text)]) }
    static let good = answer("resp_ok", #"{"title":"SambaNova demo","date":"2026-04-18","attendees":null}"#)
    static let wrongShape = answer("resp_bad", #"{"title":"SambaNova demo","when":"2026-04-18","attendees":"many"}"#)

    static let expectedFormat = #"""
        {"type": "json_schema", "name": "Event", "strict": true,
         "schema": {"type": "object", "additionalProperties": false, "required": ["title", "date", "attendees"],
                    "properties": {"title": {"type": "string"}, "date": {"type": "string"}, "attendees": {"type": ["integer", "null"]}}}}
        """#

    @Test("sets text.format to the strict schema and returns the decoded value")
    func decodesTheAnswer() async throws {
        let server = try ScriptedServer(json: [Self.good])
        let result = try await server.client().createResponse(Self.request, returning: Event.self)
        #expect(result.value == Event(title: "SambaNova demo", date: "2026-04-18", attendees: nil))
        #expect(result.responses.count == 1 && result.usage.responses == 1)
        #expect(server.bodies.first?["text"]?["format"] == Fixture.json(Self.expectedFormat))
    }

    @Test("a wrong-shaped answer is rejected with the raw text and where it breaks the schema; no second request")
    func wrongShapeRejected() async throws {
        let server = try ScriptedServer(json: [Self.wrongShape, Self.good])
        do {
            _ = try await server.client().createResponse(Self.request, returning: Event.self)
            Issue.record("a wrong-shaped answer was accepted")
        } catch let error as StructuredOutputError {
            #expect(error.kind == .schemaMismatch)
            #expect(error.rawText == #"{"title":"SambaNova demo","when":"2026-04-18","attendees":"many"}"#)
            #expect(Set(error.mismatches.map(\.path)) == ["$.date", "$.when", "$.attendees"])
            #expect(error.attempts == 1)
        }
        #expect(server.requests.count == 1)
    }

    @Test("with re-ask enabled the model is shown its answer and the validation error once, then answers again")
    func reaskOnce() async throws {
        let server = try ScriptedServer(json: [Self.wrongShape, Self.good])
        let result = try await server.client().createResponse(Self.request, returning: Event.self, reaskOnMismatch: true)
        #expect(result.value.title == "SambaNova demo")
        #expect(result.responses.map(\.id) == ["resp_bad", "resp_ok"] && result.usage.responses == 2)
        #expect(server.requests.count == 2)
        guard case .array(let input)? = server.bodies.last?["input"] else {
            Issue.record("the re-ask has no input items")
            return
        }
        #expect(input.first == Fixture.json(#"{"type":"message","role":"user","content":"Extract the event: SambaNova demo on 2026-04-18."}"#))
        #expect(input.dropFirst().first?["type"] == "reasoning" && input.dropFirst(2).first?["id"] == "msg_resp_bad")
        let reask = input.last?["content"]?.stringValue ?? ""
        #expect(input.count == 4 && reask.contains("$.attendees") && reask.contains("$.when"))
        #expect(server.bodies.last?["text"] == server.bodies.first?["text"])
    }

    @Test("re-asked and still wrong: the error carries both responses and the last raw text")
    func reaskStillWrong() async throws {
        let server = try ScriptedServer(json: [Self.wrongShape, Self.answer("resp_bad2", "not JSON at all")])
        do {
            _ = try await server.client().createResponse(Self.request, returning: Event.self, reaskOnMismatch: true)
            Issue.record("a wrong answer was accepted")
        } catch let error as StructuredOutputError {
            #expect(error.kind == .notJSON && error.rawText == "not JSON at all")
            #expect(error.responses.map(\.id) == ["resp_bad", "resp_bad2"])
        }
        #expect(server.requests.count == 2)
    }

    @Test("an answer without a message (only a tool call) is .noAnswer, not an empty value")
    func noMessageIsNoAnswer() async throws {
        let server = try ScriptedServer(json: [Fixture.response("resp_1", [Fixture.call("call_1", "f", "{}")])])
        do {
            _ = try await server.client().createResponse(Self.request, returning: Event.self)
            Issue.record("a response without a message gave a value")
        } catch let error as StructuredOutputError {
            #expect(error.kind == .noAnswer && error.responses.map(\.id) == ["resp_1"])
        }
    }

    @Test("in a conversation: the history is sent, the answer appended; a re-ask leaves the exchange in the history")
    func conversationTurn() async throws {
        let server = try ScriptedServer(json: [Self.wrongShape, Self.good])
        var conversation = Conversation([.system("Extract events."), .user("Earlier question"), .assistant("Earlier answer")])
        let result = try await server.client().createResponse(
            Self.request, continuing: &conversation, returning: Event.self, reaskOnMismatch: true)
        #expect(result.value.title == "SambaNova demo")
        #expect(conversation.responseIDs == ["resp_bad", "resp_ok"] && conversation.usage.responses == 2)
        // system, user, assistant, new user input, first output (2 items), re-ask, second output (2 items)
        #expect(conversation.items.count == 9)
        guard case .array(let sent)? = server.bodies.last?["input"] else {
            Issue.record("no input items in the re-ask")
            return
        }
        #expect(sent.count == 7 && sent.first?["content"] == "Extract events.")
        try conversation.validate()

        let failing = try ScriptedServer(json: [Self.wrongShape])
        var unchanged = conversation
        await #expect(throws: StructuredOutputError.self) {
            _ = try await failing.client().createResponse(Self.request, continuing: &unchanged, returning: Event.self)
        }
        #expect(unchanged == conversation, "a turn without a valid answer leaves the conversation as it was")
    }

    @Test("streamed: the events arrive, then the typed value")
    func streamedValue() async throws {
        let server = try ScriptedServer([.stream(Self.good)])
        let stream = try server.client().createResponseStream(Self.request, returning: Event.self)
        var events = 0
        for try await _ in stream { events += 1 }
        let result = try await stream.value()
        #expect(events == 4)
        #expect(result.value.date == "2026-04-18")
        #expect(server.requests.count == 1)
        #expect(server.bodies.first?["text"]?["format"] == Fixture.json(Self.expectedFormat))
    }

    @Test("streamed and wrong-shaped: value() throws with the raw text")
    func streamedWrongShape() async throws {
        let server = try ScriptedServer([.stream(Self.wrongShape)])
        let stream = try server.client().createResponseStream(Self.request, returning: Event.self)
        await #expect(throws: StructuredOutputError.self) { _ = try await stream.value() }
    }
}

@Suite("JSONSchema validation of answers")
struct SchemaValidationTests {
    static let schema = JSONSchema([
        "type": "object", "additionalProperties": false, "required": ["n", "when", "kind", "items"],
        "properties": [
            "n": ["type": "integer", "minimum": 0],
            "when": ["type": "string", "format": "date-time"],
            "kind": ["type": ["string", "null"], "enum": ["a", "b", nil]],
            "items": ["type": "array", "items": ["type": "object", "additionalProperties": ["type": "number"]]],
        ],
    ])

    @Test("a conforming value has no mismatches; 2.0 counts as an integer")
    func conforming() {
        let value = Fixture.json(#"{"n": 2.0, "when": "2026-04-18T15:30:00+02:00", "kind": null, "items": [{"x": 1, "y": 2.5}]}"#)
        #expect(Self.schema.mismatches(in: value).isEmpty)
    }

    @Test("each broken keyword is reported at its path")
    func mismatches() {
        let value = Fixture.json(#"{"n": -1.5, "when": "yesterday", "kind": "c", "items": [{"x": "1"}], "extra": true}"#)
        let found = Self.schema.mismatches(in: value).map(\.description)
        #expect(found.contains { $0.hasPrefix("$.n: expected integer") })
        #expect(found.contains { $0.hasPrefix("$.when:") && $0.contains("date-time") })
        #expect(found.contains { $0.hasPrefix("$.kind:") && $0.contains("not one of") })
        #expect(found.contains { $0.hasPrefix("$.items[0].x: expected number") })
        #expect(found.contains { $0 == "$.extra: member is not allowed by the schema" })
        #expect(Self.schema.mismatches(in: Fixture.json("{}")).count == 4, "each missing required member")
        #expect(Self.schema.mismatches(in: Fixture.json("[]")).map(\.description) == ["$: expected object, found an array"])
    }
}
