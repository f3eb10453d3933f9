import Foundation
import Infercom
import Testing

@Suite("Tool loop, streaming form")
struct ToolLoopStreamTests {
    @Test("yields every turn's events, each call's start and finish, and the result last")
    func yieldsEveryTurn() async throws {
        let server = try ScriptedServer([.stream(ToolLoopTests.twoCalls), .stream(ToolLoopTests.answer)])
        var log: [String] = []
        var result: ToolLoopResult?
        for try await event in server.client().streamToolLoop(ToolLoopTests.request, tools: [try ToolLoopTests.weatherTool()]) {
            switch event {
            case .turnStarted(let turn): log.append("turn \(turn)")
            case .responseEvent(let event, let turn):
                if case .responseCompleted = event { log.append("completed event \(turn)") }
            case .responseCompleted(let response, let turn): log.append("response \(response.id) \(turn)")
            case .toolCallStarted(let call): log.append("start \(call.callID)")
            case .toolCallFinished(let call, _, let outcome): log.append("finish \(call.callID) \(outcome == .succeeded)")
            case .finished(let finished): result = finished
            }
        }
        let turnOne = ["turn 1", "completed event 1", "response resp_1 1"]
        let turnTwo = ["turn 2", "completed event 2", "response resp_2 2"]
        #expect(Array(log.prefix(3)) == turnOne)
        #expect(Array(log.suffix(3)) == turnTwo)
        // The two calls run concurrently, so only each call's own start-before-finish is fixed.
        let calls = Array(log.dropFirst(3).dropLast(3))
        #expect(Set(calls) == ["start call_a", "start call_b", "finish call_a true", "finish call_b true"])
        for id in ["call_a", "call_b"] {
            #expect(calls.firstIndex(of: "start \(id)")! < calls.firstIndex(of: "finish \(id) true")!)
        }
        #expect(result?.turns == 2 && result?.response.outputText == "Bogotá 18°C, Lima 22°C.")
        #expect(server.requests.count == 2)
        #expect(server.bodies.allSatisfy { $0["stream"] == true })
    }

    @Test("a loop failure ends the stream with the ToolLoopError")
    func failureEndsTheStream() async throws {
        let server = try ScriptedServer([.stream(ToolLoopTests.twoCalls)])
        do {
            for try await _ in server.client().streamToolLoop(
                ToolLoopTests.request, tools: [try ToolLoopTests.weatherTool()], options: ToolLoopOptions(maxTurns: 1)) {}
            Issue.record("the stream ended normally")
        } catch let error as ToolLoopError {
            guard error.kind == .maxTurnsExceeded else {
                Issue.record("expected .maxTurnsExceeded, got \(error)")
                return
            }
            #expect(error.conversation.pendingCalls.count == 2)
        }
    }

    @Test("cancelling the task that iterates cancels the loop: the running handler is cancelled, nothing more is sent")
    func cancellingTheConsumerCancelsTheLoop() async throws {
        let server = try ScriptedServer([.stream(ToolLoopTests.twoCalls), .stream(ToolLoopTests.answer)])
        let sawCancellation = SharedCounter()
        let started = Latch(count: 1)
        let tool = try ToolLoopTests.weatherTool { _ in
            try await started.arriveAndWait()
            await suspendUntilCancelled()
            sawCancellation.add(1)
            try Task.checkCancellation()
        }
        let client = server.client()
        let consumer = Task {
            for try await _ in client.streamToolLoop(ToolLoopTests.request, tools: [tool]) {}
        }
        while await started.arrivals == 0 { await Task.yield() }
        consumer.cancel()
        _ = await consumer.result
        #expect(await eventually { sawCancellation.value == 2 }, "both running handlers were cancelled")
        #expect(server.requests.count == 1)
    }
}
