import Infercom
import Testing

@Suite("Decoding: request bodies")
struct RequestDecodingTests {
    @Test(
        "A string input decodes as .text",
        arguments: [
            ("request-simple.json", "Explain the difference between supervised and unsupervised learning."),
            ("request-simple-short.json", "Explain supervised vs unsupervised learning."),
            ("request-instructions.json", "How are you today?"),
        ])
    func textInput(fixture: String, text: String) throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: fixture)

        #expect(request.input == .text(text))
    }

    @Test("A request with only model and input leaves every other field nil")
    func minimalRequest() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-simple.json")

        #expect(request == CreateResponseRequest(
            model: "MiniMax-M2.5", input: "Explain the difference between supervised and unsupervised learning."))
    }

    @Test("instructions decode next to a string input")
    func instructions() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-instructions.json")

        #expect(request.model == "MiniMax-M2.5")
        #expect(request.instructions == "You are a helpful assistant that speaks like a pirate.")
    }

    @Test("An input array decodes as .items; items without a type are messages")
    func multiTurn() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-multi-turn.json")
        let items = try #require(request.input.itemsCase)

        #expect(items == [
            .message(Message(role: .user, content: "My name is Thomas.")),
            .message(Message(
                id: "msg_xyz", role: .assistant, content: [.outputText(OutputText(text: "Nice to meet you, Thomas!"))],
                status: .completed)),
            .message(Message(role: .user, content: "What is my name?")),
        ])
    }

    @Test("A replayed function_call and its function_call_output decode as their own items")
    func functionCallOutput() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-function-call-output.json")
        let items = try #require(request.input.itemsCase)

        #expect(items.count == 3)
        #expect(items[0].messageCase == Message(role: .user, content: "What is the weather in Bogotá?"))
        #expect(items[1].functionCallCase == FunctionCall(
            id: "fc_c839dacb61a54c10b6560ad8d161f004", callID: "call_e52f086a16c94fa796",
            name: "get_weather", arguments: #"{"city":"Bogotá"}"#, status: .completed))
        #expect(items[2].functionCallOutputCase == FunctionCallOutput(
            callID: "call_e52f086a16c94fa796", output: #"{"city":"Bogotá","temperature":"18°C","condition":"cloudy"}"#))
    }

    @Test("Tools decode with their parameters schema as JSON; tool_choice \"auto\" is .mode(.auto)")
    func tools() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-tools.json")

        #expect(request.tools == [
            FunctionTool(
                name: "get_weather", description: "Get the current weather for a city",
                parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]),
        ])
        #expect(request.toolChoice == .mode(.auto))
        #expect(request.input == "What is the weather in Bogotá?")
    }

    @Test("reasoning.effort decodes into the ReasoningEffort enum")
    func reasoningEffort() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-tools.json")

        #expect(request.reasoning?.effort == .high)
        #expect(request.reasoning?.summary == nil)
    }

    @Test("text.format json_schema decodes its name, description, strict flag and schema as JSON")
    func jsonSchemaFormat() throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: "request-json-schema.json")
        let format = try #require(request.text?.format?.jsonSchemaCase)

        #expect(format.name == "event_extraction")
        #expect(format.description == "Extract structured event information from text")
        #expect(format.strict == false)
        #expect(format.schema == [
            "type": "object",
            "properties": [
                "title": ["type": "string"], "date": ["type": "string"],
                "time": ["type": "string"], "location": ["type": "string"],
            ],
            "required": ["title", "date", "time", "location"],
            "additionalProperties": false,
        ])
    }

    @Test("A named tool choice object decodes as .function")
    func namedToolChoice() throws {
        let request = try Wire.decode(
            CreateResponseRequest.self,
            from: #"{"model":"m","input":"x","tool_choice":{"type":"function","name":"get_weather"}}"#)

        #expect(request.toolChoice == .function(NamedToolChoice(name: "get_weather")))
    }
}
