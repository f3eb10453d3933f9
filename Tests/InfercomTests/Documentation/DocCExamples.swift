// The DocC articles' examples (Sources/Infercom/Infercom.docc) that the README does not already
// hold, verbatim: this file only has to compile, so an article that drifts from the API breaks the
// build of the test target. Nothing here runs (it would call the real service).

import Foundation
import Infercom

// GettingStarted.md
func doccGettingStarted(client: InfercomClient) async throws {
    var request = CreateResponseRequest(model: "gpt-oss-120b", input: "Explain supervised learning in two sentences.")
    request.instructions = "Answer for a ten-year-old."
    request.maxOutputTokens = 1024

    let response = try await client.createResponse(request)
    print(response.outputText)          // the answer's text
    print(response.reasoningText)       // the model's reasoning, for reasoning models
    print(response.usage?.totalTokens ?? 0)
}

// StreamingResponses.md
func doccStreaming(client: InfercomClient, request: CreateResponseRequest) async throws {
    let stream = client.createResponseStream(request)
    for try await event in stream {
        switch event {
        case .responseReasoningTextDelta(let delta): print(delta.delta, terminator: "")   // thinking
        case .responseOutputTextDelta(let delta): print(delta.delta, terminator: "")      // the answer
        case .responseOutputItemDone(let done):
            if case .functionCall(let call) = done.item { print("\n→ \(call.name)(\(call.arguments))") }
        default: break
        }
    }
    let response = try await stream.finalResponse()   // what the events added up to: no second request
    _ = response
}

// ErrorsAndRetries.md
func doccErrors(client: InfercomClient, request: CreateResponseRequest, key: String) async throws {
    do {
        let response = try await client.createResponse(request)
        print(response.outputText)
    } catch let error as ClientError {
        switch error.kind {
        case .api where error.status == 401: print("check INFERCOM_API_KEY")
        case .api where error.status == 429: print("rate limited; retry after \(String(describing: error.apiFailure?.retryAfter))")
        case .transport where error.transportFailure?.isTimeout == true: print("timed out")
        case .streamEndedEarly: print("cut off after \(error.streamEndedEarly?.eventCount ?? 0) events")
        default: print(error)   // one readable line, never the API key
        }
    }

    var configuration = ClientConfiguration(baseURL: InfercomClient.defaultBaseURL, apiKey: key)
    configuration.retryPolicy = RetryPolicy(maxRetries: 4)
    // or per call:
    let response = try await client.createResponse(request, options: RequestOptions(retryPolicy: .disabled))
    _ = response
}

// ConfiguringTheClient.md
func doccConfiguration(key: String) {
    var configuration = ClientConfiguration(baseURL: InfercomClient.defaultBaseURL, apiKey: key)
    configuration.timeouts = Timeouts(connect: .seconds(10), total: .seconds(900), idle: .seconds(120))
    configuration.retryPolicy = RetryPolicy(maxRetries: 4)
    configuration.defaultHeaders = ["X-Team": "search"]
    let client = InfercomClient(configuration: configuration)

    #if LibcurlTransport
    configuration.transport = CurlTransport(configuration: .init(
        trustRoots: .pemFile("/etc/ssl/corp-ca.pem"),
        proxy: .url("http://proxy.corp:3128", bypass: ["localhost"])))
    #endif
    _ = client
}

// ConversationsAndTools.md
func doccConversation(client: InfercomClient) async throws {
    var history: [InputItem] = [.system("Answer in one sentence."), .user("Name a prime number.")]
    var request = CreateResponseRequest(model: "gpt-oss-120b", input: .items(history))
    let first = try await client.createResponse(request)

    history += first.outputAsInput
    history.append(.user("And the next one?"))
    request.input = .items(history)
    let second = try await client.createResponse(request)

    request.tools = [FunctionTool(name: "get_weather", description: "Current weather for a city",
                                  parameters: ["type": "object", "properties": ["city": ["type": "string"]]])]
    let turn = try await client.createResponse(request)
    history += turn.outputAsInput
    for call in turn.functionCalls {
        struct City: Decodable { var city: String }
        let arguments = try call.decodeArguments(as: City.self)
        history.append(call.output(#"{"city":"\#(arguments.city)","temperature":"18°C"}"#))
    }
    request.input = .items(history)
    let answer = try await client.createResponse(request)
    _ = (second, answer)
}

// ConversationsAndTools.md, the tool loop's errors
func doccToolLoopErrors(client: InfercomClient, request: CreateResponseRequest, tools: [ClientTool]) async {
    do {
        let result = try await client.runToolLoop(request, tools: tools)
        print(result.response.outputText)
    } catch {
        switch error.kind {
        case .maxTurnsExceeded: print("still calling tools after \(error.maxTurns ?? 0) turns")
        case .toolFailed: print("\(error.call?.name ?? "a tool") failed: \(String(describing: error.underlyingError))")
        default: print(error)   // one readable line
        }
    }
}

// StructuredAnswers.md
func doccStructuredOutput(client: InfercomClient, request: CreateResponseRequest) async throws {
    var request = request
    struct Capital: Decodable { var country: String; var city: String }

    request.text = TextConfig(format: .jsonSchema(TextFormatJSONSchema(
        name: "capital",
        schema: [
            "type": "object",
            "properties": ["country": ["type": "string"], "city": ["type": "string"]],
            "required": ["country", "city"],
            "additionalProperties": false,
        ],
        strict: true)))
    let response = try await client.createResponse(request)
    let capital = try JSONDecoder().decode(Capital.self, from: Data(response.outputText.utf8))
    _ = capital
}
