import Foundation
import Infercom
import Testing

@Suite("Tool loop over the loopback server")
struct ToolLoopTests {
    struct CityQuery: Decodable, Sendable { var city: String }
    struct Weather: Encodable, Sendable { var city: String; var temperature: String }

    static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Weather in Bogotá and Lima?")
    static let twoCalls = Fixture.response(
        "resp_1", [Fixture.reasoning("rs_1", "Two cities."), Fixture.call("call_a", "get_weather", #"{"city":"Bogotá"}"#),
                   Fixture.call("call_b", "get_weather", #"{"city":"Lima"}"#)], input: 50, output: 30)
    static let answer = Fixture.response("resp_2", [Fixture.message("msg_2", "Bogotá 18°C, Lima 22°C.")], input: 120, output: 12)

    static func weatherTool(_ body: @escaping @Sendable (CityQuery) async throws -> Void = { _ in }) throws -> ClientTool {
        try ClientTool(name: "get_weather", description: "Current weather for a city", arguments: CityQuery.self) { query in
            try await body(query)
            return Weather(city: query.city, temperature: query.city == "Lima" ? "22°C" : "18°C")
        }
    }

    /// The outputs of the last request, as (call_id, output) pairs in order.
    static func outputs(in body: JSONValue?) -> [(String, String)] {
        guard case .array(let items)? = body?["input"] else { return [] }
        return items.compactMap { item in
            guard item["type"] == "function_call_output", let id = item["call_id"]?.stringValue, let output = item["output"]?.stringValue else { return nil }
            return (id, output)
        }
    }

    @Test("two parallel calls run concurrently: each handler waits until both have started")
    func parallelCallsRunConcurrently() async throws {
        let server = try ScriptedServer(json: [Self.twoCalls, Self.answer])
        let client = server.client()
        let latch = Latch(count: 2)
        // Run one at a time, the first handler would wait for a second that never starts: the
        // watchdog then cancels the loop and the test fails instead of hanging.
        let tool = try Self.weatherTool { _ in try await latch.arriveAndWait() }

        let result = try await withWatchdog { try await client.runToolLoop(Self.request, tools: [tool]) }

        #expect(await latch.arrivals == 2)
        #expect(result.turns == 2)
        #expect(result.response.outputText == "Bogotá 18°C, Lima 22°C.")
        #expect(server.requests.count == 2)
        let outputs = Self.outputs(in: server.bodies.last)
        #expect(outputs.map(\.0) == ["call_a", "call_b"], "outputs follow the model's order")
        #expect(outputs.map(\.1) == [#"{"city":"Bogotá","temperature":"18°C"}"#, #"{"city":"Lima","temperature":"22°C"}"#])
        #expect(result.usage.totalTokens == 50 + 30 + 120 + 12 && result.usage.responses == 2)
        #expect(result.conversation.pendingCalls.isEmpty)
        try result.conversation.validate()
        // The tools were sent with their derived, strict schema.
        #expect(server.bodies.first?["tools"] == Fixture.json(#"""
            [{"type":"function","name":"get_weather","description":"Current weather for a city","strict":true,
              "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}}]
            """#))
    }

    @Test("with parallel_tool_calls false the calls run one after the other, in order")
    func serialCallsRunInOrder() async throws {
        let server = try ScriptedServer(json: [Self.twoCalls, Self.answer])
        let running = SharedCounter()
        let order = E2EBox<[String]>([])
        let overlapped = E2EBox(false)
        let tool = try Self.weatherTool { query in
            running.add(1)
            if running.value > 1 { overlapped.value = true }
            order.value.append(query.city)
            await Task.yield()
            running.add(-1)
        }
        var request = Self.request
        request.parallelToolCalls = false
        let result = try await server.client().runToolLoop(request, tools: [tool])
        #expect(result.turns == 2)
        #expect(order.value == ["Bogotá", "Lima"])
        #expect(!overlapped.value)
    }

    @Test("maxTurns reached while the model still calls tools: a typed error carrying the conversation")
    func maxTurnsExceeded() async throws {
        let again = { (n: Int) in Fixture.response("resp_\(n)", [Fixture.call("call_\(n)", "get_weather", #"{"city":"Quito"}"#)]) }
        let server = try ScriptedServer(json: [again(1), again(2), again(3)])
        do {
            _ = try await server.client().runToolLoop(Self.request, tools: [try Self.weatherTool()], options: ToolLoopOptions(maxTurns: 2))
            Issue.record("the loop did not stop")
        } catch let error as ToolLoopError {
            guard error.kind == .maxTurnsExceeded, let maxTurns = error.maxTurns else {
                Issue.record("expected .maxTurnsExceeded, got \(error)")
                return
            }
            #expect(maxTurns == 2 && error.turns == 2)
            #expect(error.conversation.responseIDs == ["resp_1", "resp_2"])
            #expect(error.conversation.pendingCalls.map(\.callID) == ["call_2"], "the last turn's call is not run")
            #expect(error.usage.responses == 2)
        }
        #expect(server.requests.count == 2)
    }

    @Test("a loop stopped at maxTurns resumes from its conversation: the unanswered call runs first")
    func resumeAfterMaxTurns() async throws {
        let server = try ScriptedServer(json: [Fixture.response("resp_1", [Fixture.call("call_1", "get_weather", #"{"city":"Quito"}"#)]), Self.answer])
        let tool = try Self.weatherTool()
        let client = server.client()
        let stopped: Conversation
        do {
            _ = try await client.runToolLoop(Self.request, tools: [tool], options: ToolLoopOptions(maxTurns: 1))
            Issue.record("the loop did not stop at maxTurns")
            return
        } catch {
            stopped = error.conversation
        }
        #expect(stopped.pendingCalls.map(\.callID) == ["call_1"])
        var resume = Self.request
        resume.input = []
        let result = try await client.runToolLoop(resume, tools: [tool], conversation: stopped)
        #expect(result.turns == 1 && result.response.id == "resp_2")
        #expect(Self.outputs(in: server.bodies.last).map(\.0) == ["call_1"])
        #expect(result.conversation.usage.responses == 2 && result.usage.responses == 1)
    }

    @Test("arguments that do not fit the schema are answered to the model with an error output")
    func badArgumentsAnswerTheModel() async throws {
        let bad = Fixture.response("resp_1", [Fixture.call("call_x", "get_weather", #"{"town":"Bogotá"}"#),
                                              Fixture.call("call_y", "get_forecast", #"{"city":"Lima"}"#)])
        let server = try ScriptedServer(json: [bad, Self.answer])
        let ran = SharedCounter()
        let result = try await server.client().runToolLoop(Self.request, tools: [try Self.weatherTool { _ in ran.add(1) }])

        #expect(ran.value == 0, "the handler never sees arguments that do not decode")
        #expect(result.turns == 2)
        let outputs = Self.outputs(in: server.bodies.last)
        #expect(outputs.map(\.0) == ["call_x", "call_y"])
        let invalid = Fixture.json(outputs[0].1)
        #expect(invalid["error"]?.stringValue?.contains("$.city: required member is missing") == true)
        #expect(invalid["error"]?.stringValue?.contains("$.town: member is not allowed") == true)
        #expect(Fixture.json(outputs[1].1)["error"]?.stringValue?.contains("no function named get_forecast") == true)
    }

    @Test("the app can opt to throw on bad arguments instead; nothing more is sent")
    func badArgumentsCanThrow() async throws {
        let bad = Fixture.response("resp_1", [Fixture.call("call_x", "get_weather", #"{"city":42}"#)])
        let server = try ScriptedServer(json: [bad, Self.answer])
        do {
            _ = try await server.client().runToolLoop(
                Self.request, tools: [try Self.weatherTool()], options: ToolLoopOptions(invalidArguments: .throwError))
            Issue.record("the loop went on")
        } catch let error as ToolLoopError {
            guard error.kind == .invalidArguments, let call = error.call, let failure = error.argumentsError else {
                Issue.record("expected .invalidArguments, got \(error)")
                return
            }
            #expect(call.callID == "call_x")
            #expect(failure.kind == .schemaMismatch && failure.rawText == #"{"city":42}"#)
        }
        #expect(server.requests.count == 1)
    }

    @Test("a handler that throws stops the loop by default, or is reported to the model when asked")
    func handlerErrors() async throws {
        struct Offline: Error {}
        let one = Fixture.response("resp_1", [Fixture.call("call_a", "get_weather", #"{"city":"Bogotá"}"#)])
        let tool = try Self.weatherTool { _ in throw Offline() }

        let stopping = try ScriptedServer(json: [one, Self.answer])
        do {
            _ = try await stopping.client().runToolLoop(Self.request, tools: [tool])
            Issue.record("the loop went on")
        } catch {
            guard error.kind == .toolFailed, let call = error.call, let cause = error.underlyingError else {
                Issue.record("expected .toolFailed, got \(error)")
                return
            }
            #expect(call.callID == "call_a" && cause is Offline)
        }
        #expect(stopping.requests.count == 1)

        let reporting = try ScriptedServer(json: [one, Self.answer])
        let result = try await reporting.client().runToolLoop(Self.request, tools: [tool], options: ToolLoopOptions(handlerErrors: .answerModel))
        #expect(result.turns == 2)
        #expect(Self.outputs(in: reporting.bodies.last).first?.1.contains("get_weather failed") == true)
    }

    @Test("cancelling the task stops the loop while a handler runs: no further request")
    func cancellationDuringHandler() async throws {
        let server = try ScriptedServer(json: [Self.twoCalls, Self.answer])
        let started = Latch(count: 1)
        let tool = try Self.weatherTool { _ in
            try await started.arriveAndWait()
            await suspendUntilCancelled()
            try Task.checkCancellation()
        }
        let client = server.client()
        let loop = Task { try await client.runToolLoop(Self.request, tools: [tool]) }
        #expect(await eventually { server.requests.count == 1 })
        while await started.arrivals == 0 { await Task.yield() }
        loop.cancel()
        let outcome = await loop.result
        guard case .failure(let error as ToolLoopError) = outcome, error.kind == .cancelled else {
            Issue.record("expected ToolLoopError.cancelled, got \(outcome)")
            return
        }
        #expect(error.turns == 1)
        #expect(server.requests.count == 1)
    }

    @Test("cancelling the task stops the loop while a request waits for the server")
    func cancellationDuringRequest() async throws {
        let release = ThreadSignal()
        let server = try LoopbackServer { _, writer in
            _ = release.wait(seconds: 30)
            writer.respondJSON(Array(Self.answer.utf8))
        }
        defer {
            release.signal()
            server.stop()
        }
        let client = E2E.client(server)
        let loop = Task { try await client.runToolLoop(Self.request, tools: [try Self.weatherTool()]) }
        #expect(await eventually { server.requests.count == 1 })
        loop.cancel()
        let outcome = await loop.result
        // Had the loop waited for the server instead, it would have finished with the answer.
        guard case .failure(let error as ToolLoopError) = outcome, error.kind == .cancelled else {
            Issue.record("expected ToolLoopError.cancelled, got \(outcome)")
            return
        }
        #expect(error.turns == 1)
    }

    @Test("the loop refuses tools it cannot send: duplicate names, or tools already in the request")
    func invalidTools() async throws {
        let server = try ScriptedServer(json: [Self.answer])
        let client = server.client()
        var request = Self.request
        for (tools, preset) in [([try Self.weatherTool(), try Self.weatherTool()], nil), ([try Self.weatherTool()], [FunctionTool(name: "x")])] {
            request.tools = preset
            do {
                _ = try await client.runToolLoop(request, tools: tools)
                Issue.record("the loop started")
            } catch {
                guard error.kind == .invalidTools, error.detail != nil else {
                    Issue.record("expected .invalidTools, got \(error)")
                    continue
                }
            }
        }
        #expect(server.requests.isEmpty)
    }

    @Test("a response cut off (status incomplete) stops the loop instead of passing for the answer")
    func incompleteResponseStops() async throws {
        let cut = Fixture.response("resp_1", [Fixture.message("msg_1", "Bogotá is")])
            .replacingOccurrences(of: #""status":"completed","created_at""#, with: #""status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"created_at""#)
        let server = try ScriptedServer(json: [cut, Self.answer])
        do {
            _ = try await server.client().runToolLoop(Self.request, tools: [try Self.weatherTool()])
            Issue.record("an incomplete response passed for the answer")
        } catch let error as ToolLoopError {
            guard error.kind == .responseNotCompleted, let response = error.incompleteResponse else {
                Issue.record("expected .responseNotCompleted, got \(error)")
                return
            }
            #expect(response.status == .incomplete && error.conversation.responseIDs == ["resp_1"])
            #expect(error.description.contains("max_output_tokens"))
        }
        #expect(server.requests.count == 1)
    }
}
