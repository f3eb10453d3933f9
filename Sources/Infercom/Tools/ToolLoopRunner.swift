import Foundation

/// The tool loop shared by the plain and the streaming form: send → run the calls → append their
/// outputs → send again, until the model answers without calls.
struct ToolLoopRunner<Client: InfercomClientProtocol>: Sendable {
    let client: Client
    let request: CreateResponseRequest
    let tools: [String: ClientTool]
    let options: ToolLoopOptions
    let requestOptions: RequestOptions
    /// Receives progress; the streaming form forwards it, the plain form ignores it.
    let emit: @Sendable (ToolLoopEvent) -> Void

    private struct State {
        var conversation: Conversation
        var turns = 0
        var usage = UsageTotals()
    }

    /// Checks the tools and builds the runner; the request's own `tools` must be empty.
    static func make(
        client: Client, request: CreateResponseRequest, tools: [ClientTool], options: ToolLoopOptions,
        requestOptions: RequestOptions, emit: @escaping @Sendable (ToolLoopEvent) -> Void
    ) -> Result<ToolLoopRunner, LoopStop> {
        if let listed = request.tools, !listed.isEmpty {
            return .failure(LoopStop(.invalidTools("the request already lists tools; pass every tool as a ClientTool")))
        }
        var byName: [String: ClientTool] = [:]
        for tool in tools {
            guard byName.updateValue(tool, forKey: tool.name) == nil else {
                return .failure(LoopStop(.invalidTools("two tools are named \(tool.name)")))
            }
        }
        var request = request
        request.tools = tools.isEmpty ? nil : tools.map(\.definition)
        return .success(ToolLoopRunner(
            client: client, request: request, tools: byName, options: options, requestOptions: requestOptions, emit: emit))
    }

    func run(from start: Conversation, streaming: Bool) async throws(ToolLoopError) -> ToolLoopResult {
        var state = State(conversation: start)
        func stop(_ reason: ToolLoopError.Details) -> ToolLoopError {
            ToolLoopError(reason, conversation: state.conversation, turns: state.turns, usage: state.usage)
        }
        do {
            state.conversation = try start.appending(request.input)
        } catch {
            throw stop(.invalidConversation(error))
        }
        // Resuming a loop that stopped (say, at maxTurns) with its calls unanswered: run them first.
        // Only when every one of them is a tool of this loop: otherwise the history is just broken.
        var calls = Self.trailingPendingCalls(of: state.conversation)
        if !calls.allSatisfy({ tools[$0.name] != nil }) { calls = [] }
        while true {
            if !calls.isEmpty {
                let outputs: [String]
                do {
                    outputs = try await runCalls(calls, concurrently: request.parallelToolCalls ?? true)
                } catch {
                    throw stop(Task.isCancelled ? .cancelled : error.reason)
                }
                // In the model's order, whatever order the handlers finished in.
                for (call, output) in zip(calls, outputs) {
                    state.conversation.append(.functionCallOutput(callID: call.callID, output: output))
                }
            }
            if Task.isCancelled { throw stop(.cancelled) }
            do {
                try state.conversation.validate()
            } catch {
                throw stop(.invalidConversation(error))
            }
            state.turns += 1
            let turn = state.turns
            emit(.turnStarted(turn: turn))
            let response: Response
            do {
                response = try await send(state.conversation, turn: turn, streaming: streaming)
            } catch {
                throw stop(Task.isCancelled ? .cancelled : .requestFailed(error))
            }
            state.conversation.append(response)
            state.usage.add(response.usage)
            emit(.responseCompleted(response, turn: turn))
            // A cut-off response is no final answer, and its calls may carry cut-off arguments.
            guard response.status == .completed else { throw stop(.responseNotCompleted(response)) }

            calls = response.functionCalls
            if calls.isEmpty {
                let result = ToolLoopResult(response: response, conversation: state.conversation, turns: turn, usage: state.usage)
                emit(.finished(result))
                return result
            }
            if turn >= options.maxTurns { throw stop(.maxTurnsExceeded(maxTurns: options.maxTurns)) }
        }
    }

    /// The unanswered calls at the end of the history — after the last tool output and the last
    /// message not from the assistant — which a loop that stopped before running them left there.
    static func trailingPendingCalls(of conversation: Conversation) -> [FunctionCall] {
        let items = conversation.items
        let boundary = items.lastIndex { item in
            switch item {
            case .functionCallOutput: true
            case .message(let message): message.role != .assistant
            default: false
            }
        }
        let pending = Set(conversation.pendingCalls.map(\.callID))
        return items[((boundary ?? -1) + 1)...].compactMap { item in
            if case .functionCall(let call) = item, pending.contains(call.callID) { return call }
            return nil
        }
    }

    private func send(_ conversation: Conversation, turn: Int, streaming: Bool) async throws -> Response {
        let body = conversation.request(from: request)
        guard streaming else { return try await client.createResponse(body, options: requestOptions) }
        let stream = client.createResponseStream(body, options: requestOptions)
        for try await event in stream { emit(.responseEvent(event, turn: turn)) }
        return try await stream.finalResponse()
    }

    /// The outputs of `calls`, in their order.
    private func runCalls(_ calls: [FunctionCall], concurrently: Bool) async throws(LoopStop) -> [String] {
        guard concurrently, calls.count > 1 else {
            var outputs: [String] = []
            for call in calls {
                if Task.isCancelled { throw LoopStop(.cancelled) }
                outputs.append(try await runCall(call))
            }
            return outputs
        }
        do {
            return try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for (index, call) in calls.enumerated() {
                    group.addTask { (index, try await runCall(call)) }
                }
                var outputs = [String](repeating: "", count: calls.count)
                for try await (index, output) in group { outputs[index] = output }
                return outputs
            }
        } catch let stop as LoopStop {
            throw stop
        } catch {
            throw LoopStop(.cancelled)
        }
    }

    /// One call's output; throws the loop's reason to stop when the options say so.
    private func runCall(_ call: FunctionCall) async throws(LoopStop) -> String {
        emit(.toolCallStarted(call))
        guard let tool = tools[call.name] else {
            if options.invalidArguments == .throwError { throw LoopStop(.unknownTool(call)) }
            return finish(call, Self.errorOutput("there is no function named \(call.name); call one of: \(tools.keys.sorted().joined(separator: ", "))"), .unknownTool)
        }
        do {
            let output = try await tool(call)
            return finish(call, output, .succeeded)
        } catch let invalid as InvalidToolArguments {
            if options.invalidArguments == .throwError { throw LoopStop(.invalidArguments(call, invalid.failure)) }
            return finish(
                call, Self.errorOutput("invalid arguments for \(call.name): \(invalid.failure.detail). Call it again with arguments that match its parameters."),
                .invalidArguments(invalid.failure))
        } catch {
            if Task.isCancelled { throw LoopStop(.cancelled) }
            if options.handlerErrors == .throwError { throw LoopStop(.toolFailed(call, error)) }
            return finish(call, Self.errorOutput("\(call.name) failed: \(error)"), .failed("\(error)"))
        }
    }

    private func finish(_ call: FunctionCall, _ output: String, _ outcome: ToolCallOutcome) -> String {
        emit(.toolCallFinished(call, output: output, outcome: outcome))
        return output
    }

    static func errorOutput(_ message: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(["error": message])) ?? Data(#"{"error":"tool error"}"#.utf8), as: UTF8.self)
    }
}

/// Why the loop stops, while it unwinds to where the conversation is at hand.
struct LoopStop: Error {
    var reason: ToolLoopError.Details
    init(_ reason: ToolLoopError.Details) { self.reason = reason }
}
