extension InfercomClientProtocol {
    /// Runs the tool loop: sends the conversation, runs the calls the model asks for
    /// (concurrently unless `request.parallelToolCalls` is `false`), appends their outputs in the
    /// model's order and sends again, until the model answers without calls.
    ///
    /// `request.input` is appended to `conversation` first (text as a user message; `[]` for
    /// none); `request.tools` must be empty — the loop sends `tools`' definitions. Every request's
    /// history is validated before it is sent. Calls left unanswered at the end of `conversation`
    /// (by a loop that stopped at `maxTurns`, say) are run first when `request.input` is `[]` and
    /// each names one of `tools`, so
    /// `runToolLoop(request, tools: tools, conversation: error.conversation)` resumes a loop.
    ///
    /// ```swift
    /// let result = try await client.runToolLoop(request, tools: [weather])
    /// print(result.response.outputText, result.usage)
    /// ```
    ///
    /// - Throws: ``ToolLoopError`` carrying the conversation so far: `maxTurnsExceeded`, a failed
    ///   request, a cancelled task, or a call failure the options say to throw.
    public func runToolLoop(
        _ request: CreateResponseRequest, tools: [ClientTool], conversation: Conversation = Conversation(),
        options: ToolLoopOptions = .init(), requestOptions: RequestOptions = .init()
    ) async throws(ToolLoopError) -> ToolLoopResult {
        let made = ToolLoopRunner<Self>.make(
            client: self, request: request, tools: tools, options: options, requestOptions: requestOptions, emit: { _ in })
        switch made {
        case .success(let runner): return try await runner.run(from: conversation, streaming: false)
        case .failure(let stop): throw ToolLoopError(stop.reason, conversation: conversation, turns: 0, usage: UsageTotals())
        }
    }

    /// The tool loop as a stream: every turn's response events as they arrive, each call's start
    /// and finish, and ``ToolLoopEvent/finished(_:)`` last. The loop starts at once and its events
    /// wait in the stream until read; ending the iteration early, or cancelling the task that
    /// iterates, cancels the loop.
    ///
    /// - Throws (from the iteration): ``ToolLoopError``, as ``runToolLoop(_:tools:conversation:options:requestOptions:)``.
    public func streamToolLoop(
        _ request: CreateResponseRequest, tools: [ClientTool], conversation: Conversation = Conversation(),
        options: ToolLoopOptions = .init(), requestOptions: RequestOptions = .init()
    ) -> AsyncThrowingStream<ToolLoopEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<ToolLoopEvent, any Error>.makeStream()
        let made = ToolLoopRunner<Self>.make(
            client: self, request: request, tools: tools, options: options, requestOptions: requestOptions,
            emit: { event in continuation.yield(event) })
        let task = Task {
            do {
                switch made {
                case .success(let runner): _ = try await runner.run(from: conversation, streaming: true)
                case .failure(let stop): throw ToolLoopError(stop.reason, conversation: conversation, turns: 0, usage: UsageTotals())
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
