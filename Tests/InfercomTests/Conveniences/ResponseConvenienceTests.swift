import Foundation
import Infercom
import Testing

@Suite("Response conveniences")
struct ResponseConvenienceTests {
    @Test("outputText joins the output_text parts of every message item and skips reasoning")
    func outputText() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")
        #expect(response.outputText == "2 + 2 = 4.")
        #expect(response.reasoningText == "The user asks a simple question...")
    }

    @Test("functionCalls lists the calls in output order and call.output answers them by call_id")
    func functionCallRoundTrip() throws {
        let response = try Wire.decode(Response.self, fixture: "response-function-call.json")
        let call = try #require(response.functionCalls.first)
        #expect(response.functionCalls.count == 1)
        #expect(response.outputText.isEmpty)

        struct Arguments: Decodable, Equatable { var city: String }
        #expect(try call.decodeArguments(as: Arguments.self) == Arguments(city: "Bogotá"))

        struct Weather: Encodable { var temperature: String }
        let answer = try call.output(encoding: Weather(temperature: "18°C"))
        #expect(answer == .functionCallOutput(FunctionCallOutput(callID: "call_e52f086a16c94fa796", output: #"{"temperature":"18°C"}"#)))
    }

    @Test("outputAsInput replays every output item, unknown ones included, as the same JSON")
    func outputAsInputKeepsTheJSON() throws {
        let json = #"""
            {"id":"r","object":"response","status":"completed","created_at":1,"model":"m","output":[
              {"type":"reasoning","id":"rs_1","summary":[],"content":[{"type":"reasoning_text","text":"think"}]},
              {"type":"web_search_call","id":"ws_1","status":"completed"},
              {"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"hi"}]}]}
            """#
        let response = try Wire.decode(Response.self, from: json)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let replayed = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(response.outputAsInput))
        let original = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(response.output))

        #expect(replayed == original)
        #expect(response.outputAsInput.count == 3)
        if case .unknown(let payload) = response.outputAsInput[1] {
            #expect(payload["type"] == "web_search_call")
        } else {
            Issue.record("the unknown output item should stay unknown")
        }
    }

    @Test("the message builders produce role-tagged text messages")
    func builders() throws {
        #expect(InputItem.user("hi") == .message(Message(role: .user, content: .text("hi"))))
        #expect(InputItem.system("be brief") == .message(Message(role: .system, content: .text("be brief"))))
        #expect(InputItem.developer("x") == .message(Message(role: .developer, content: .text("x"))))
        #expect(InputItem.assistant("y") == .message(Message(role: .assistant, content: .text("y"))))
    }

    @Test("created_at and completed_at read as dates")
    func dates() throws {
        let response = try Wire.decode(Response.self, fixture: "response-infercom-example.json")
        #expect(response.createdDate == Date(timeIntervalSince1970: 1_778_845_598))
        #expect(response.completedDate == Date(timeIntervalSince1970: 1_778_845_598))
    }

    @Test("a response with status failed is reported as the failure it carries")
    func failedResponseReportsItself() throws {
        let json = #"{"id":"resp_9","object":"response","status":"failed","created_at":1,"model":"m","output":[],"error":{"code":"server_error","message":"boom"}}"#
        let response = try Wire.decode(Response.self, from: json)
        guard let failure = response.serverFailure(operationID: "createResponse")?.serverFailure(ofKind: .responseFailed) else {
            Issue.record("expected .responseFailed")
            return
        }
        #expect(failure.code == "server_error")
        #expect(failure.message == "boom")
        #expect(failure.responseID == "resp_9")
        #expect(try Wire.decode(Response.self, fixture: "response-infercom-example.json").serverFailure(operationID: "x") == nil)
    }
}
