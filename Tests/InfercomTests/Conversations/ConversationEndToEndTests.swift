import Foundation
import Infercom
import Testing

@Suite("Conversation over the loopback server: two turns of reasoning and a tool call")
struct ConversationEndToEndTests {
    static let reasoning =
        #"{"id":"rs_1","type":"reasoning","status":"completed","summary":[],"content":[{"type":"reasoning_text","text":"Need the weather."}],"provider_data":{"k":[1,2.5,null]}}"#
    static let call = Fixture.call("call_1", "get_weather", #"{"city":"Bogotá"}"#, id: "fc_1")
    static let unknownItem = #"{"type":"web_search_call","id":"ws_1","status":"completed","action":{"query":"Bogotá","sources":null},"score":0.75}"#
    static let firstTurn = Fixture.response("resp_1", [reasoning, call, unknownItem], input: 128, output: 59, reasoning: 43)
    static let secondTurn = Fixture.response(
        "resp_2", [Fixture.reasoning("rs_2", "Answer."), Fixture.message("msg_2", "18°C and cloudy.")], input: 200, output: 20, reasoning: 5)

    static let weather = FunctionTool(
        name: "get_weather", description: "Current weather for a city",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])

    static var request: CreateResponseRequest {
        CreateResponseRequest(
            model: "gpt-oss-120b", input: "What is the weather in Bogotá?", tools: [weather], reasoning: ReasoningConfig(effort: .high))
    }

    /// The second request, written out by hand: every item of the first response exactly as the
    /// server sent it (ids, `summary: []`, unknown members, the unknown item type), then the output.
    static let expectedSecondBody = #"""
        {
          "model": "gpt-oss-120b",
          "input": [
            {"type": "message", "role": "user", "content": "What is the weather in Bogotá?"},
            {"id": "rs_1", "type": "reasoning", "status": "completed", "summary": [],
             "content": [{"type": "reasoning_text", "text": "Need the weather."}], "provider_data": {"k": [1, 2.5, null]}},
            {"id": "fc_1", "type": "function_call", "call_id": "call_1", "name": "get_weather",
             "arguments": "{\"city\":\"Bogotá\"}", "status": "completed"},
            {"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {"query": "Bogotá", "sources": null}, "score": 0.75},
            {"type": "function_call_output", "call_id": "call_1", "output": "{\"temperature\":\"18°C\"}"}
          ],
          "tools": [{"type": "function", "name": "get_weather", "description": "Current weather for a city",
                     "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
          "reasoning": {"effort": "high"}
        }
        """#

    @Test("the second request carries the first response's items unchanged and the tool output, key for key")
    func secondRequestBodyIsExact() async throws {
        let server = try ScriptedServer(json: [Self.firstTurn, Self.secondTurn])
        let client = server.client()
        var conversation = Conversation()

        let first = try await client.createResponse(Self.request, continuing: &conversation)
        #expect(conversation.pendingCalls.map(\.callID) == ["call_1"])
        #expect(throws: ConversationError.self) { try conversation.validate() }
        try conversation.appendOutput(#"{"temperature":"18°C"}"#, forCallID: first.functionCalls[0].callID)

        var next = Self.request
        next.input = []
        let answer = try await client.createResponse(next, continuing: &conversation)

        #expect(answer.outputText == "18°C and cloudy.")
        #expect(server.requests.count == 2)
        #expect(server.bodies.first?["input"] == Fixture.json(#"[{"type":"message","role":"user","content":"What is the weather in Bogotá?"}]"#))
        #expect(server.bodies.last == Fixture.json(Self.expectedSecondBody))
        #expect(conversation.responseIDs == ["resp_1", "resp_2"])
        #expect(conversation.items.count == 7)
    }

    @Test("usage adds up over the turns")
    func usageTotals() async throws {
        let server = try ScriptedServer(json: [Self.firstTurn, Self.secondTurn])
        let client = server.client()
        var conversation = Conversation()
        _ = try await client.createResponse(Self.request, continuing: &conversation)
        try conversation.appendOutput("{}", forCallID: "call_1")
        var next = Self.request
        next.input = "Thanks. And tomorrow?"
        _ = try await client.createResponse(next, continuing: &conversation)

        #expect(conversation.usage.inputTokens == 128 + 200)
        #expect(conversation.usage.outputTokens == 59 + 20)
        #expect(conversation.usage.totalTokens == 128 + 59 + 200 + 20)
        #expect(conversation.usage.reasoningTokens == 43 + 5)
        #expect(conversation.usage.responses == 2 && conversation.usage.isComplete)
        #expect(conversation.items[5] == .user("Thanks. And tomorrow?"), "new text input is appended as a user message after the output")
    }

    @Test("a response without usage is counted as such, not as zero tokens silently")
    func missingUsageIsCounted() throws {
        var totals = UsageTotals()
        totals.add(Usage(inputTokens: 3, outputTokens: 2, totalTokens: 5))
        totals.add(nil)
        #expect(totals.totalTokens == 5 && totals.responses == 2 && totals.responsesWithoutUsage == 1 && !totals.isComplete)
    }

    @Test("a streamed turn appends the same history as a plain one")
    func streamedTurnMatchesPlainTurn() async throws {
        let plainServer = try ScriptedServer(json: [Self.firstTurn])
        var plain = Conversation()
        _ = try await plainServer.client().createResponse(Self.request, continuing: &plain)

        let streamServer = try ScriptedServer([.stream(Self.firstTurn)])
        var streamed = Conversation()
        let stream = try streamServer.client().createResponseStream(Self.request, continuing: &streamed)
        var events = 0
        for try await _ in stream { events += 1 }
        streamed.append(try await stream.finalResponse())

        #expect(events == 5)
        #expect(streamed.items == plain.items)
        #expect(streamed.usage == plain.usage)
    }

    @Test("an unknown item type round-trips as the same JSON value, nulls and numbers included")
    func unknownItemRoundTrips() throws {
        let item = Fixture.item(Self.unknownItem)
        guard case .unknown = item else {
            Issue.record("web_search_call should stay an unknown item")
            return
        }
        let encoded = try JSONEncoder().encode(item)
        #expect(try JSONDecoder().decode(JSONValue.self, from: encoded) == Fixture.json(Self.unknownItem))
    }

    @Test("a conversation saved as JSON and read back sends the same history")
    func conversationRoundTripsThroughJSON() async throws {
        let server = try ScriptedServer(json: [Self.firstTurn])
        var conversation = Conversation()
        _ = try await server.client().createResponse(Self.request, continuing: &conversation)
        let saved = try JSONEncoder().encode(conversation)
        let restored = try JSONDecoder().decode(Conversation.self, from: saved)
        #expect(restored == conversation)
        let resent = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(restored.items))
        let user = #"{"type":"message","role":"user","content":"What is the weather in Bogotá?"}"#
        #expect(resent == Fixture.json("[" + [user, Self.reasoning, Self.call, Self.unknownItem].joined(separator: ",") + "]"))
        #expect(restored.usage.totalTokens == 187 && restored.responseIDs == ["resp_1"])
    }
}
