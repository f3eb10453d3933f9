import Infercom
import Testing

/// What a newer server may send: new item, part, event and annotation types, new enum values,
/// extra fields, integral numbers written as decimals.
@Suite("Decoding: unknown values are kept, not rejected")
struct OpennessTests {
    /// A completed response whose output holds `item` after a known message.
    static func response(with item: String) -> String {
        #"""
        {"id":"resp_1","object":"response","status":"completed","created_at":1,"model":"m","output":[
          {"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Hi"}]},
          \#(item)]}
        """#
    }

    static let webSearchCall = #"{"type":"web_search_call","id":"ws_1","status":"completed","queries":["x"]}"#

    @Test("An unknown output item type inside a response decodes as .unknown with its whole JSON")
    func unknownOutputItem() throws {
        let response = try Wire.decode(Response.self, from: Self.response(with: Self.webSearchCall))

        #expect(response.output.first?.messageCase != nil)
        #expect(response.output.last == .unknown([
            "type": "web_search_call", "id": "ws_1", "status": "completed", "queries": ["x"],
        ]))
    }

    @Test("An unknown output item re-encodes to the same JSON")
    func unknownOutputItemReencodes() throws {
        let response = try Wire.decode(Response.self, from: Self.response(with: Self.webSearchCall))

        #expect(try Wire.encodedJSON(response)["output"] == Wire.json(Self.response(with: Self.webSearchCall))["output"])
    }

    @Test("An unknown content part decodes as .unknown and re-encodes unchanged")
    func unknownContentPart() throws {
        let part = #"{"type":"refusal","refusal":"I can't help with that."}"#
        let item = try Wire.decode(OutputItem.self, from: #"{"type":"message","role":"assistant","content":[\#(part)]}"#)
        let parts = try #require(item.messageCase?.content.partsCase)

        #expect(parts == [.unknown(["type": "refusal", "refusal": "I can't help with that."])])
        #expect(try Wire.encodedJSON(parts[0]) == Wire.json(part))
    }

    @Test("An unknown stream event type decodes as .unknown and re-encodes unchanged")
    func unknownStreamEvent() throws {
        let json = #"{"type":"response.queued","sequence_number":0,"response":{"id":"resp_1","status":"queued"}}"#
        let event = try Wire.decode(ResponseStreamEvent.self, from: json)
        let original = try Wire.json(json)

        #expect(event == .unknown(original))
        #expect(try Wire.encodedJSON(event) == Wire.json(json))
    }

    @Test("An unknown annotation decodes as .unknown next to known ones and re-encodes unchanged")
    func unknownAnnotation() throws {
        let json = #"""
            {"type":"output_text","text":"See docs.","annotations":[
              {"type":"url_citation","url":"https://docs.infercom.ai","start_index":4,"end_index":8},
              {"type":"container_file_citation","container_id":"c_1","file_id":"f_1","start_index":0,"end_index":3}]}
            """#
        let part = try Wire.decode(ContentPart.self, from: json)
        let annotations = try #require(part.outputTextCase?.annotations)

        #expect(annotations == [
            .urlCitation(URLCitation(url: "https://docs.infercom.ai", startIndex: 4, endIndex: 8)),
            .unknown([
                "type": "container_file_citation", "container_id": "c_1", "file_id": "f_1",
                "start_index": 0, "end_index": 3,
            ]),
        ])
        #expect(try Wire.encodedJSON(part) == Wire.json(json))
    }

    @Test("An unknown input item type decodes as .unknown")
    func unknownInputItem() throws {
        let item = try Wire.decode(InputItem.self, from: #"{"type":"item_reference","id":"msg_1"}"#)

        #expect(item == .unknown(["type": "item_reference", "id": "msg_1"]))
    }

    @Test("An unknown text format type decodes as .unknown")
    func unknownTextFormat() throws {
        let config = try Wire.decode(TextConfig.self, from: #"{"format":{"type":"grammar","syntax":"lark"}}"#)

        #expect(config.format == .unknown(["type": "grammar", "syntax": "lark"]))
    }

    @Test("Unknown enum values are kept as .unknown and encoded back unchanged")
    func unknownEnumValues() throws {
        let json = #"""
            {"id":"resp_1","object":"response","status":"cancelled","created_at":1,"model":"m",
             "output":[{"type":"message","role":"tool","status":"searching","content":"42"}],
             "reasoning":{"effort":"xhigh"},"truncation":"smart","tool_choice":"sometimes"}
            """#
        let response = try Wire.decode(Response.self, from: json)
        let message = try #require(response.output.first?.messageCase)

        #expect(response.status == .unknown("cancelled"))
        #expect(message.role == .unknown("tool"))
        #expect(message.status == .unknown("searching"))
        #expect(response.reasoning?.effort == .unknown("xhigh"))
        #expect(response.truncation == .unknown("smart"))
        #expect(response.toolChoice == .mode(.unknown("sometimes")))
        #expect(try Wire.encodedJSON(response) == Wire.json(json))
    }

    @Test("A known enum value decodes into its case, not into .unknown")
    func knownEnumValue() throws {
        #expect(try Wire.decode(ResponseStatus.self, from: #""in_progress""#) == .inProgress)
        #expect(ResponseStatus(rawValue: "in_progress") == .inProgress)
        #expect(ReasoningEffort.unknown("xhigh").rawValue == "xhigh")
    }

    @Test("Extra fields anywhere are kept where they were and re-encode unchanged")
    func extraFields() throws {
        let json = #"""
            {"id":"resp_1","object":"response","status":"completed","created_at":1,"model":"m","shiny":true,
             "output":[
               {"type":"message","role":"assistant","phase":"final","content":[{"type":"output_text","text":"Hi","x":1}]},
               {"type":"reasoning","encrypted_content":"abc","summary":[],"content":[{"type":"reasoning_text","text":"t","y":[]}]},
               {"type":"function_call","call_id":"c","name":"f","arguments":"{}","namespace":"n"}],
             "usage":{"input_tokens":1,"output_tokens":2,"total_tokens":3,"cost":{"usd":0.1},
                      "output_tokens_details":{"reasoning_tokens":1,"audio_tokens":0}},
             "text":{"format":{"type":"text"},"verbosity":"low"},
             "tools":[{"type":"function","name":"f","defer_loading":false}]}
            """#
        let response = try Wire.decode(Response.self, from: json)

        #expect(response.output.map(\.wireType) == ["message", "reasoning", "function_call"])
        #expect(response.usage?.outputTokensDetails?.reasoningTokens == 1)
        #expect(response.tools == [.function(FunctionTool(name: "f", additionalProperties: ["defer_loading": false]))])
        #expect(response.additionalProperties == ["shiny": true])
        #expect(response.output[1].reasoningCase?.additionalProperties == ["encrypted_content": "abc"])
        #expect(response.usage?.additionalProperties == ["cost": ["usd": 0.1]])
        #expect(try Wire.encodedJSON(response) == Wire.json(json))
    }

    @Test("An echoed tool of a type other than function decodes as unknown and keeps its payload")
    func unknownToolType() throws {
        let json = #"{"id":"r","object":"response","status":"completed","created_at":1,"model":"m","output":[],"tools":[{"type":"web_search","search_context_size":"low"},{"type":"function","name":"f"}]}"#
        let response = try Wire.decode(Response.self, from: json)

        #expect(response.tools == [
            .unknown(["type": "web_search", "search_context_size": "low"]),
            .function(FunctionTool(name: "f")),
        ])
    }

    @Test("Extra fields in a stream event and in a request are kept and re-encode unchanged")
    func extraFieldsElsewhere() throws {
        let eventJSON = #"{"type":"response.output_text.delta","sequence_number":3,"item_id":"m","output_index":0,"content_index":0,"delta":"Hi","obfuscation":"zz"}"#
        let requestJSON = #"{"model":"m","input":"x","prompt_cache_key":"k"}"#
        let event = try Wire.decode(ResponseStreamEvent.self, from: eventJSON)
        let request = try Wire.decode(CreateResponseRequest.self, from: requestJSON)

        #expect(event.sequenceNumber == 3)
        #expect(request == CreateResponseRequest(model: "m", input: "x", additionalProperties: ["prompt_cache_key": "k"]))
        #expect(try Wire.encodedJSON(event) == Wire.json(eventJSON))
        #expect(try Wire.encodedJSON(request) == Wire.json(requestJSON))
    }

    @Test("Integral timestamps written as decimals (1778845598.0) still decode")
    func decimalTimestamps() throws {
        let response = try Wire.decode(
            Response.self,
            from: #"{"id":"r","object":"response","status":"completed","created_at":1778845598.0,"completed_at":1778845599.0,"model":"m","output":[]}"#)

        #expect(response.createdAt == 1_778_845_598)
        #expect(response.completedAt == 1_778_845_599)
    }

    @Test("usage: null, as sent while streaming, decodes as nil")
    func nullUsage() throws {
        let response = try Wire.decode(
            Response.self,
            from: #"{"id":"r","object":"response","status":"in_progress","created_at":1,"model":"m","output":[],"usage":null,"completed_at":null}"#)

        #expect(response.usage == nil)
        #expect(response.completedAt == nil)
        #expect(response.status == .inProgress)
    }
}
