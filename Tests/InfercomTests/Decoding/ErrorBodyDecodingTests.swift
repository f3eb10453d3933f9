import Infercom
import Testing

@Suite("Decoding: error bodies")
struct ErrorBodyDecodingTests {
    /// Every `error-*.json` fixture with the value it must decode into.
    static let expected: [(String, ErrorBody)] = [
        ("error-missing-field.json", envelope(
            "Missing required field: 'input'.", type: "invalid_request_error",
            param: "input", code: "missing_required_field", requestID: "abc123")),
        ("error-invalid-role.json", envelope(
            "Invalid value: 'foo'. Supported values are: 'user', 'assistant', 'system', 'developer'.",
            type: "invalid_request_error", param: "input[1].role", code: "invalid_value", requestID: "abc124")),
        ("error-empty-input.json", envelope(
            "Invalid value for 'input': expected a non-empty array or string.", type: "invalid_request_error",
            param: "input", code: "invalid_value", requestID: "abc125")),
        ("error-invalid-api-key.json", envelope(
            "Incorrect API key provided: *****.", type: "invalid_request_error",
            code: "invalid_api_key", requestID: "abc126")),
        ("error-missing-api-key.json", envelope(
            "You didn't provide an API key. Provide it in an Authorization header using Bearer auth.",
            type: "invalid_request_error", requestID: "abc127")),
        ("error-model-not-found.json", envelope(
            "The model `abc` does not exist or you do not have access to it.", type: "invalid_request_error",
            param: "model", code: "model_not_found", requestID: "abc128")),
        ("error-unparsable-json.json", envelope(
            "We could not parse the JSON body of your request.", type: "invalid_request_error", requestID: "3f7db127")),
        ("error-adapter-mapping.json", .envelope(ErrorEnvelope(
            error: ErrorDetail(
                message: "Failed to parse tool call from GPT OSS output: Expecting property name enclosed in double quotes: line 4 column 5 (char 48)",
                type: "server_error", code: "adapter_mapping_failed",
                errorModelOutput: "{\n  \"name\": \"get_weather\",\n  \"arguments\": {\n    city: \"Bogotá\"\n  }\n}"),
            requestID: "494e734dc82b4b37bd914238c79c3e6c"))),
        ("error-simple-not-found.json", .simple(SimpleError(error: "Not found"))),
        ("error-simple-unhandled.json", .simple(SimpleError(error: "Unhandled error"))),
    ]

    static func envelope(
        _ message: String, type: String, param: String? = nil, code: String? = nil, requestID: String
    ) -> ErrorBody {
        .envelope(ErrorEnvelope(error: ErrorDetail(message: message, type: type, param: param, code: code), requestID: requestID))
    }

    @Test("Every error fixture decodes into its envelope or simple body", arguments: expected)
    func decodes(fixture: String, body: ErrorBody) throws {
        #expect(try Wire.decode(ErrorBody.self, fixture: fixture) == body)
    }

    @Test("The table above covers every error-*.json fixture")
    func tableIsComplete() {
        let errorFixtures = Wire.jsonFixtures.filter { $0.hasPrefix("error-") }
        #expect(Set(Self.expected.map(\.0)) == Set(errorFixtures))
    }

    @Test("An envelope exposes message, type, param, code and request_id")
    func envelopeFields() throws {
        let body = try Wire.decode(ErrorBody.self, fixture: "error-invalid-role.json")
        let envelope = try #require(body.envelopeCase)

        #expect(envelope.error.message.hasPrefix("Invalid value: 'foo'."))
        #expect(envelope.error.type == "invalid_request_error")
        #expect(envelope.error.param == "input[1].role")
        #expect(envelope.error.code == "invalid_value")
        #expect(envelope.error.errorModelOutput == nil)
        #expect(envelope.requestID == "abc124")
    }

    @Test("An adapter-mapping failure keeps the raw model output")
    func errorModelOutput() throws {
        let body = try Wire.decode(ErrorBody.self, fixture: "error-adapter-mapping.json")

        #expect(body.envelopeCase?.error.errorModelOutput?.contains(#"city: "Bogotá""#) == true)
        #expect(body.envelopeCase?.error.type == "server_error")
    }

    @Test("A simple body with a null error decodes as .simple(nil)")
    func simpleNull() throws {
        #expect(try Wire.decode(ErrorBody.self, from: #"{"error":null}"#) == .simple(SimpleError(error: nil)))
    }

    @Test("A plain-text 503 body is not JSON, so it is no ErrorBody")
    func plainText503() throws {
        #expect(throws: (any Error).self) {
            try Wire.decode(ErrorBody.self, fixture: "error-503.txt")
        }
    }
}
