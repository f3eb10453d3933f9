import Infercom
import Testing

/// `validate()` finds what the spec forbids before anything is sent, naming the offending field.
@Suite("Validation: request constraints")
struct ValidationTests {
    static func request(
        temperature: Double? = nil, topP: Double? = nil, topK: Int? = nil, tools: [FunctionTool]? = nil,
        format: TextFormat? = nil
    ) -> CreateResponseRequest {
        CreateResponseRequest(
            model: "gpt-oss-120b", input: "Hi", temperature: temperature, topP: topP, topK: topK, tools: tools,
            text: format.map { TextConfig(format: $0) })
    }

    static func tools(_ count: Int) -> [FunctionTool] {
        (0..<count).map { FunctionTool(name: "tool_\($0)") }
    }

    static func schemaFormat(named name: String) -> TextFormat {
        .jsonSchema(TextFormatJSONSchema(name: name, schema: ["type": "object"]))
    }

    @Test("Every request fixture is valid", arguments: Wire.jsonFixtures.filter { $0.hasPrefix("request-") })
    func fixturesAreValid(fixture: String) throws {
        let request = try Wire.decode(CreateResponseRequest.self, fixture: fixture)
        #expect(throws: Never.self) { try request.validate() }
    }

    @Test("A request using every limit at its edge is valid")
    func edgesAreValid() {
        let request = Self.request(
            temperature: 2, topP: 1, topK: 100, tools: Self.tools(128),
            format: Self.schemaFormat(named: String(repeating: "a", count: 64)))
        #expect(throws: Never.self) { try request.validate() }
        #expect(throws: Never.self) { try Self.request(temperature: 0, topP: 0, topK: 1).validate() }
    }

    @Test("An empty input, as text or as items, is refused before sending (the server answers 400 invalid_value)")
    func emptyInput() {
        #expect(throws: SchemaViolation(path: "input", requirement: "must be at least 1 characters long, got 0")) {
            try CreateResponseRequest(model: "MiniMax-M2.5", input: "").validate()
        }
        #expect(throws: SchemaViolation(path: "input", requirement: "must have at least 1 items, got 0")) {
            try CreateResponseRequest(model: "MiniMax-M2.5", input: .items([])).validate()
        }
    }

    @Test("temperature 3 breaks the maximum of 2, at path temperature")
    func temperature() {
        #expect(throws: SchemaViolation(path: "temperature", requirement: "must be at most 2, got 3")) {
            try Self.request(temperature: 3).validate()
        }
    }

    @Test("A negative temperature breaks the minimum of 0")
    func negativeTemperature() {
        #expect(throws: SchemaViolation(path: "temperature", requirement: "must be at least 0, got -0.5")) {
            try Self.request(temperature: -0.5).validate()
        }
    }

    @Test("top_p above 1 is reported at path top_p")
    func topP() {
        #expect(throws: SchemaViolation(path: "top_p", requirement: "must be at most 1, got 1.5")) {
            try Self.request(topP: 1.5).validate()
        }
    }

    @Test("top_k 0 breaks the minimum of 1, at path top_k")
    func topK() {
        #expect(throws: SchemaViolation(path: "top_k", requirement: "must be at least 1, got 0")) {
            try Self.request(topK: 0).validate()
        }
    }

    @Test("129 tools break the limit of 128, at path tools")
    func tooManyTools() {
        #expect(throws: SchemaViolation(path: "tools", requirement: "must have at most 128 items, got 129")) {
            try Self.request(tools: Self.tools(129)).validate()
        }
    }

    @Test("A json_schema name with a space breaks the name pattern, at path text.format.name")
    func schemaNamePattern() {
        #expect(throws: SchemaViolation(path: "text.format.name", requirement: "must match the pattern ^[a-zA-Z0-9_-]+$")) {
            try Self.request(format: Self.schemaFormat(named: "event extraction")).validate()
        }
    }

    @Test("A json_schema name of 65 characters breaks the length limit of 64")
    func schemaNameLength() {
        let name = String(repeating: "a", count: 65)
        #expect(throws: SchemaViolation(path: "text.format.name", requirement: "must be at most 64 characters long, got 65")) {
            try Self.request(format: Self.schemaFormat(named: name)).validate()
        }
    }

    @Test("The violation's description names the field and the rule")
    func description() {
        let violation = SchemaViolation(path: "temperature", requirement: "must be at most 2, got 3")
        #expect(violation.description == "temperature must be at most 2, got 3")
    }
}
