import Infercom
import Testing

@Suite("Decoding: responses and output items")
struct ResponseDecodingTests {
    @Test("Infercom's documented example decodes: reasoning first, then the message")
    func infercomExample() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")

        #expect(response.id == "resp_abc123")
        #expect(response.status == .completed)
        #expect(response.model == "MiniMax-M2.5")
        #expect(response.createdAt == 1_778_845_598)
        #expect(response.completedAt == 1_778_845_598)
        #expect(response.output.map(\.wireType) == ["reasoning", "message"])
        #expect(response.parallelToolCalls == true)
        #expect(response.tools == [])
        #expect(response.store == false)
    }

    @Test("The reasoning item carries its text and an empty summary")
    func reasoningItem() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")
        let reasoning = try #require(response.output.first?.reasoningCase)

        #expect(reasoning.id == "rs_xyz")
        #expect(reasoning.status == .completed)
        #expect(reasoning.content == [ReasoningText(text: "The user asks a simple question...")])
        #expect(reasoning.summary == [])
    }

    @Test("The message item is an assistant message with one output_text part")
    func messageItem() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")
        let message = try #require(response.output.last?.messageCase)

        #expect(message.id == "msg_xyz")
        #expect(message.role == .assistant)
        #expect(message.status == .completed)
        #expect(message.content == [.outputText(OutputText(text: "2 + 2 = 4."))])
    }

    @Test("Usage counts tokens, reasoning tokens included; absent details stay nil")
    func usage() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")

        #expect(response.usage == Usage(
            inputTokens: 45, outputTokens: 89, totalTokens: 134,
            outputTokensDetails: OutputTokensDetails(reasoningTokens: 77)))
        #expect(response.usage?.inputTokensDetails == nil)
    }

    @Test("A function-call response decodes the call's id, call_id, name and arguments string")
    func functionCall() throws {
        let response = try Wire.decode(Response.self, fixture: "response-function-call.json")

        #expect(response.status == .completed)
        #expect(response.output.map(\.wireType) == ["reasoning", "function_call"])
        #expect(response.output.last?.functionCallCase == FunctionCall(
            id: "fc_c839dacb61a54c10b6560ad8d161f004", callID: "call_e52f086a16c94fa796",
            name: "get_weather", arguments: #"{"city":"Bogotá"}"#, status: .completed))
        #expect(response.output.first?.reasoningCase?.content?.first?.text.hasPrefix("User asks:") == true)
    }

    @Test("A function-call response decodes usage with both token breakdowns")
    func functionCallUsage() throws {
        let response = try Wire.decode(Response.self, fixture: "response-function-call.json")

        #expect(response.usage == Usage(
            inputTokens: 128, outputTokens: 59, totalTokens: 187,
            inputTokensDetails: InputTokensDetails(cachedTokens: 0),
            outputTokensDetails: OutputTokensDetails(reasoningTokens: 43)))
    }

    @Test("The echoed request parameters decode; explicit nulls become nil")
    func echoedParameters() throws {
        let response = try Wire.decode(Response.self, fixture: "response-function-call.json")

        #expect(response.toolChoice == .mode(.auto))
        guard case .function(let tool)? = response.tools?.first else {
            Issue.record("expected the echoed tool to be a function tool")
            return
        }
        #expect(response.tools?.count == 1)
        #expect(tool.name == "get_weather")
        #expect(tool.strict == nil)
        #expect(response.temperature == 1)
        #expect(response.topP == 1)
        #expect(response.frequencyPenalty == 0)
        #expect(response.presencePenalty == 0)
        #expect(response.reasoning == ReasoningConfig(effort: .medium))
        #expect(response.text == TextConfig(format: .text(TextFormatText())))
        #expect(response.truncation == .disabled)
        #expect(response.metadata == [:])
        #expect(response.serviceTier == "free")
        #expect(response.store == false)
        #expect(response.background == false)
        #expect(response.error == nil)
        #expect(response.incompleteDetails == nil)
        #expect(response.instructions == nil)
        #expect(response.user == nil)
        #expect(response.previousResponseID == nil)
    }

    @Test("A structured-output item is a message whose output_text holds the JSON document as a string")
    func structuredOutputItem() throws {
        let item = try Wire.decode(OutputItem.self, fixture: "output-item-structured.json")
        let message = try #require(item.messageCase)
        let part = try #require(message.content.partsCase?.first?.outputTextCase)

        #expect(message.id == "msg_3b1e13019bd84ebcbcf0c15f45f91dfe")
        #expect(message.role == .assistant)
        #expect(message.status == .completed)
        #expect(part.annotations == [])
        #expect(part.logprobs == [])
        #expect(try Wire.json(part.text) == [
            "title": "SambaNova demo", "date": "2026-04-18", "time": "15:30", "location": "San Francisco",
        ])
    }

    @Test("An output item without a type decodes as a message")
    func untypedOutputItem() throws {
        let item = try Wire.decode(OutputItem.self, from: #"{"role":"assistant","content":"Hi"}"#)

        #expect(item == .message(Message(role: .assistant, content: "Hi")))
    }
}
