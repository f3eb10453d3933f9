import Foundation
import Infercom
import Testing

@Suite("Conversation: histories Infercom would reject are refused before sending")
struct ConversationValidationTests {
    struct BrokenHistory: Sendable, CustomTestStringConvertible {
        var label: String
        var items: [InputItem]
        var index: Int
        var kind: ConversationError.Kind
        var testDescription: String { label }
    }

    static let call = Fixture.item(Fixture.call("call_1", "get_weather", #"{"city":"Bogotá"}"#))
    static let reasoning = Fixture.item(Fixture.reasoning("rs_1", "Need the weather."))
    static let answer = Fixture.item(Fixture.message("msg_1", "18°C"))
    static func output(_ callID: String = "call_1") -> InputItem { .functionCallOutput(callID: callID, output: "{}") }

    static let broken: [BrokenHistory] = [
        BrokenHistory(label: "a function call without its output", items: [.user("Hi"), call], index: 1, kind: .functionCallWithoutOutput),
        BrokenHistory(
            label: "a call answered, a later one not", items: [.user("Hi"), call, output(), Fixture.item(Fixture.call("call_2", "f", "{}"))],
            index: 3, kind: .functionCallWithoutOutput),
        BrokenHistory(label: "an output without its call", items: [.user("Hi"), output("call_9")], index: 1, kind: .outputWithoutCall),
        BrokenHistory(label: "an output before its call", items: [.user("Hi"), output(), call], index: 1, kind: .outputWithoutCall),
        BrokenHistory(label: "two outputs for one call", items: [.user("Hi"), call, output(), output()], index: 3, kind: .duplicateOutput),
        BrokenHistory(label: "two calls with one call_id", items: [.user("Hi"), call, call, output()], index: 2, kind: .duplicateCallID),
        BrokenHistory(label: "reasoning as the last item", items: [.user("Hi"), reasoning], index: 1, kind: .reasoningWithoutFollowingItem),
        BrokenHistory(
            label: "reasoning followed by a user message", items: [.user("Hi"), reasoning, .user("And?")], index: 1,
            kind: .reasoningWithoutFollowingItem),
        BrokenHistory(
            label: "reasoning followed by reasoning", items: [.user("Hi"), reasoning, reasoning, answer], index: 1,
            kind: .reasoningWithoutFollowingItem),
        BrokenHistory(
            label: "reasoning followed by a function call output", items: [.user("Hi"), call, reasoning, output()], index: 2,
            kind: .reasoningWithoutFollowingItem),
        BrokenHistory(
            label: "a message with an unknown role", items: [.message(Message(role: .unknown("critic"), content: "Hm"))], index: 0,
            kind: .unsupportedRole),
        BrokenHistory(
            label: "reasoning without its summary array",
            items: [.user("Hi"), .reasoning(ReasoningItem(id: "rs_9", content: [ReasoningText(text: "Hm.")])), answer], index: 1,
            kind: .reasoningWithoutSummary),
        BrokenHistory(label: "no items at all", items: [], index: 0, kind: .emptyConversation),
    ]

    @Test("validate() names the first offending item and its rule", arguments: broken)
    func validateNamesTheItem(_ history: BrokenHistory) {
        #expect(throws: ConversationError.self) { try Conversation(history.items).validate() }
        do {
            try Conversation(history.items).validate()
        } catch {
            #expect(error.index == history.index)
            #expect(error.kind == history.kind)
            #expect(error.description.contains("item \(history.index)"))
        }
    }

    @Test("no request reaches the server: plain, streamed and tool-loop calls all refuse the history", arguments: broken)
    func nothingIsSent(_ history: BrokenHistory) async throws {
        let server = try ScriptedServer(json: [Fixture.response("resp_1", [Fixture.message("msg_9", "never sent")])])
        let client = server.client()
        let request = CreateResponseRequest(model: "gpt-oss-120b", input: [])

        var conversation = Conversation(history.items)
        await #expect(throws: ConversationError.self) { _ = try await client.createResponse(request, continuing: &conversation) }
        #expect(conversation.items == history.items, "a refused turn leaves the conversation as it was")
        #expect(throws: ConversationError.self) { _ = try client.createResponseStream(request, continuing: &conversation) }
        do {
            _ = try await client.runToolLoop(request, tools: [], conversation: conversation)
            Issue.record("the tool loop sent a broken history")
        } catch {
            guard error.kind == .invalidConversation, let refused = error.conversationError else {
                Issue.record("expected .invalidConversation, got \(error)")
                return
            }
            #expect(refused.index == history.index && refused.kind == history.kind)
            #expect(error.turns == 0)
        }
        #expect(server.requests.isEmpty)
        #expect(server.server.acceptedConnections == 0)
    }

    @Test("valid histories pass: parallel calls answered in any order, reasoning before a call, a message or an unknown item")
    func validHistoriesPass() throws {
        let second = Fixture.item(Fixture.call("call_2", "get_time", "{}"))
        let unknown = Fixture.item(#"{"type":"web_search_call","id":"ws_1","status":"completed"}"#)
        let histories: [[InputItem]] = [
            [.user("Hi"), Self.reasoning, Self.call, second, Self.output("call_2"), Self.output(), Self.reasoning, Self.answer],
            [.system("Be brief"), .developer("Use tools"), .user("Hi"), Self.reasoning, Self.answer, .user("More")],
            [.user("Hi"), Self.reasoning, unknown],
            [.user("Hi"), Self.call, .user("also this"), Self.output()],
        ]
        for items in histories {
            let conversation = Conversation(items)
            #expect(conversation.violations.isEmpty, "\(conversation.violations)")
            try conversation.validate()
        }
    }

    @Test("violations lists every broken rule in item order")
    func violationsListsAll() {
        let conversation = Conversation([.user("Hi"), Self.call, Self.output("call_9"), Self.reasoning])
        #expect(conversation.violations.map(\.index) == [1, 2, 3])
        #expect(conversation.violations.map(\.kind) == [.functionCallWithoutOutput, .outputWithoutCall, .reasoningWithoutFollowingItem])
    }

    @Test("appendOutput refuses an unknown call_id and a second output, leaving the history unchanged")
    func appendOutputChecksTheCall() throws {
        var conversation = Conversation([.user("Hi"), Self.call])
        #expect(conversation.pendingCalls.map(\.callID) == ["call_1"])
        #expect(throws: ConversationError.self) { try conversation.appendOutput("{}", forCallID: "call_9") }
        try conversation.appendOutput(#"{"temperature":"18°C"}"#, forCallID: "call_1")
        #expect(conversation.pendingCalls.isEmpty)
        do {
            try conversation.appendOutput("{}", forCallID: "call_1")
            Issue.record("a second output was appended")
        } catch {
            #expect(error.kind == .duplicateOutput && error.callID == "call_1")
        }
        #expect(conversation.items.count == 3)
        try conversation.validate()
    }
}
