import Infercom
import Testing

/// Requests built in Swift send exactly what was set: no nulls, no defaults.
@Suite("Encoding: request bodies")
struct RequestEncodingTests {
    @Test("A request from model and a string literal encodes to exactly model and input")
    func minimalRequest() throws {
        let request = CreateResponseRequest(model: "MiniMax-M2.5", input: "Hello")

        #expect(try Wire.encodedText(request) == #"{"input":"Hello","model":"MiniMax-M2.5"}"#)
    }

    @Test("A multi-turn request built from Swift values matches request-multi-turn.json")
    func multiTurn() throws {
        let request = CreateResponseRequest(
            model: "MiniMax-M2.5",
            input: [
                .message(Message(role: .user, content: "My name is Thomas.")),
                .message(Message(
                    id: "msg_xyz", role: .assistant, content: [.outputText(OutputText(text: "Nice to meet you, Thomas!"))],
                    status: .completed)),
                .message(Message(role: .user, content: "What is my name?")),
            ])
        let differences = JSONDifference.between(try Wire.json(ofFixture: "request-multi-turn.json"), try Wire.encodedJSON(request))

        // The fixture leaves `type` out of the user messages; the bindings always write it.
        #expect(differences == [
            .added(path: "$.input[0].type", value: "message"),
            .added(path: "$.input[2].type", value: "message"),
        ])
    }

    @Test("A tool-result request built from Swift values matches request-function-call-output.json")
    func functionCallOutput() throws {
        let callID = "call_e52f086a16c94fa796"
        let request = CreateResponseRequest(
            model: "gpt-oss-120b",
            input: [
                .message(Message(role: .user, content: "What is the weather in Bogotá?")),
                .functionCall(FunctionCall(
                    id: "fc_c839dacb61a54c10b6560ad8d161f004", callID: callID, name: "get_weather",
                    arguments: #"{"city":"Bogotá"}"#, status: .completed)),
                .functionCallOutput(FunctionCallOutput(
                    callID: callID, output: #"{"city":"Bogotá","temperature":"18°C","condition":"cloudy"}"#)),
            ],
            tools: [Self.weatherTool])
        let differences = JSONDifference.between(
            try Wire.json(ofFixture: "request-function-call-output.json"), try Wire.encodedJSON(request))

        #expect(differences == [.added(path: "$.input[0].type", value: "message")])
    }

    @Test("A tools request with reasoning effort and tool_choice matches request-tools.json exactly")
    func tools() throws {
        let request = CreateResponseRequest(
            model: "gpt-oss-120b", input: "What is the weather in Bogotá?",
            tools: [Self.weatherTool], toolChoice: .mode(.auto), reasoning: ReasoningConfig(effort: .high))

        #expect(try Wire.encodedJSON(request) == Wire.json(ofFixture: "request-tools.json"))
    }

    @Test("A json_schema request matches request-json-schema.json exactly")
    func jsonSchema() throws {
        let format = TextFormatJSONSchema(
            name: "event_extraction", description: "Extract structured event information from text",
            schema: [
                "type": "object",
                "properties": [
                    "title": ["type": "string"], "date": ["type": "string"],
                    "time": ["type": "string"], "location": ["type": "string"],
                ],
                "required": ["title", "date", "time", "location"],
                "additionalProperties": false,
            ],
            strict: false)
        let request = CreateResponseRequest(
            model: "gpt-oss-120b", input: "Extract the event: SambaNova demo on 2026-04-18 at 15:30 in San Francisco.",
            text: TextConfig(format: .jsonSchema(format)))

        #expect(try Wire.encodedJSON(request) == Wire.json(ofFixture: "request-json-schema.json"))
    }

    @Test("Const type tags are written for every tagged value")
    func constTags() throws {
        #expect(try Wire.encodedText(ToolChoice.function(NamedToolChoice(name: "f"))) == #"{"name":"f","type":"function"}"#)
        #expect(try Wire.encodedText(TextFormat.jsonObject(TextFormatJSONObject())) == #"{"type":"json_object"}"#)
        #expect(try Wire.encodedText(ContentPart.inputText(InputText(text: "a"))) == #"{"text":"a","type":"input_text"}"#)
        #expect(try Wire.encodedText(FunctionTool(name: "f")) == #"{"name":"f","type":"function"}"#)
    }

    @Test("Optional members left nil are omitted, not written as null")
    func optionalsOmitted() throws {
        let detail = ErrorDetail(message: "m", type: "t")
        let reasoning = ReasoningConfig()

        #expect(try Wire.encodedText(detail) == #"{"message":"m","type":"t"}"#)
        #expect(try Wire.encodedText(reasoning) == "{}")
        #expect(try Wire.encodedText(Message(role: .user, content: "x")) == #"{"content":"x","role":"user","type":"message"}"#)
    }

    @Test("A required member that is nullable writes null when nil")
    func requiredNullableWritesNull() throws {
        #expect(try Wire.encodedText(SimpleError(error: nil)) == #"{"error":null}"#)
        #expect(try Wire.encodedText(ErrorBody.simple(SimpleError(error: nil))) == #"{"error":null}"#)
    }

    @Test("Numbers keep their kind: integers without a fraction, doubles as given")
    func numbers() throws {
        let request = CreateResponseRequest(model: "m", input: "x", maxOutputTokens: 1024, temperature: 0.7, topK: 5)

        #expect(try Wire.encodedText(request) == #"{"input":"x","max_output_tokens":1024,"model":"m","temperature":0.7,"top_k":5}"#)
    }

    static let weatherTool = FunctionTool(
        name: "get_weather", description: "Get the current weather for a city",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])
}
