// The README's examples, verbatim: this file only has to compile, so a README that drifts from
// the API breaks the build of the test target. Nothing here runs (it would call the real service).

import Foundation
import Infercom

func readmeExamples(key: String) async throws {
    let client = InfercomClient()
    let response = try await client.createResponse(.init(model: "MiniMax-M2.5",
                                                         input: "Explain supervised vs unsupervised learning."))
    print(response.outputText)

    var request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a three-sentence bedtime story.")
    let stream = client.createResponseStream(request)   // nothing is sent before the first event is asked for
    for try await event in stream {
        if case .responseOutputTextDelta(let delta) = event { print(delta.delta, terminator: "") }
    }
    let final = try await stream.finalResponse()        // what those events added up to: no second request
    for try await text in client.createResponseStream(request).textDeltas { print(text, terminator: "") }
    let story = try await client.createResponseStream(request).finalResponse()
    _ = (final, story)

    request.tools = [FunctionTool(name: "get_weather", description: "Current weather for a city",
                                  parameters: ["type": "object", "properties": ["city": ["type": "string"]]])]
    let first = try await client.createResponse(request)
    var history: [InputItem] = [.user("What is the weather in Bogotá?")] + first.outputAsInput
    for call in first.functionCalls { history.append(call.output(#"{"temperature":"18°C"}"#)) }
    request.input = .items(history)
    let answer = try await client.createResponse(request)
    _ = answer

    do { _ = try await client.createResponse(request) } catch let error as ClientError {
        switch error.kind {
        case .api where error.status == 429: print("retry after", error.apiFailure?.retryAfter ?? .zero)
        case .streamEndedEarly: print("partial:", error.streamEndedEarly?.partialResponse?.outputText ?? "")
        default: print(error)   // one line
        }
    }

    var configuration = ClientConfiguration(baseURL: InfercomClient.defaultBaseURL, apiKey: key)
    configuration.timeouts = Timeouts(connect: .seconds(10), total: .seconds(900), idle: .seconds(120))
    configuration.retryPolicy = RetryPolicy(maxRetries: 4)
    let tuned = InfercomClient(configuration: configuration)
    let result = try await tuned.createResponseWithMetadata(request)
    _ = result
}

// "Observing calls: middleware"
struct Logger: ClientMiddleware {
    func observe(_ event: ClientEvent) async {
        switch event {
        case .retry(let retry): print("\(retry.call.operationID): retry after \(retry.delay) (\(retry.reason))")
        case .completed(let done):
            print("\(done.call.operationID): \(done.timings.total), \(done.usage?.totalTokens ?? 0) tokens")
        case .failed(let failure): print("\(failure.call.operationID) failed: \(failure.error)")
        default: break
        }
    }
}

func readmeMiddlewareExample(configuration: ClientConfiguration) {
    var configuration = configuration
    configuration.middlewares = [Logger()]
    _ = configuration
}

// "Testing code that uses the client"
func summarize(_ text: String, with client: some InfercomClientProtocol) async throws -> String {
    try await client.createResponse(.init(model: "gpt-oss-120b", input: .text("Summarize: \(text)"))).outputText
}

func readmeReplayExample(key: String) throws {
    var recording = ClientConfiguration(baseURL: InfercomClient.defaultBaseURL, apiKey: key)
    recording.transport = try RecordingTransport(wrapping: recording.transport, to: URL(fileURLWithPath: "story.jsonl"))
    // … run the code once against the real service, then in the test:
    let replay = try ReplayTransport(contentsOf: URL(fileURLWithPath: "story.jsonl"), timing: .recorded)
    let testClient = InfercomClient(configuration: ClientConfiguration(baseURL: InfercomClient.defaultBaseURL, transport: replay))
    _ = (recording, testClient)
}
