// The README's "Conversations, tools and typed answers" examples, verbatim:
// `ConversationReadmeTests` checks that every Swift block of that section is in this file, and this
// file has to compile. Nothing here runs (it would call the real service).

import Foundation
import Infercom

struct CityQuery: Decodable, Sendable {
    var city: String
}

struct Event: Decodable, Sendable, JSONSchemaDescribing {
    var title: String
    var start: Date
    var location: String?
    static let propertyDescriptions = ["start": "ISO 8601 date and time"]
}

func readmeConversationExample(client: InfercomClient, weather: ClientTool) async throws {
    var conversation = Conversation()
    conversation.append(system: "You are a concise travel assistant.")
    var request = CreateResponseRequest(model: "gpt-oss-120b", input: "What is the weather in Bogotá?",
                                        tools: [weather.definition], reasoning: ReasoningConfig(effort: .high))
    let first = try await client.createResponse(request, continuing: &conversation)   // reasoning + call appended
    for call in first.functionCalls {
        try conversation.appendOutput(#"{"temperature":"18°C"}"#, forCallID: call.callID)
    }
    request.input = []                                  // nothing new this turn: send the history as it is
    let reply = try await client.createResponse(request, continuing: &conversation)
    print(reply.outputText, conversation.usage)         // usage of both turns
}

func readmeToolLoopExample(client: InfercomClient) async throws {
    let weather = try ClientTool(name: "get_weather", description: "Current weather for a city",
                                 arguments: CityQuery.self) { query in
        ["city": query.city, "temperature": "18°C"]
    }
    let trip = CreateResponseRequest(model: "gpt-oss-120b", input: "Weather in Bogotá and Lima?")
    let result = try await client.runToolLoop(trip, tools: [weather], options: ToolLoopOptions(maxTurns: 5))
    print(result.response.outputText, result.usage)
    for try await event in client.streamToolLoop(trip, tools: [weather]) {
        switch event {
        case .responseEvent(.responseOutputTextDelta(let delta), _): print(delta.delta, terminator: "")
        case .toolCallStarted(let call): print("→ \(call.name)(\(call.arguments))")
        default: break
        }
    }
}

func readmeStructuredOutputExample(client: InfercomClient) async throws {
    let extraction = CreateResponseRequest(model: "gpt-oss-120b", input: "Extract: demo on 2026-04-18 at 15:30 UTC")
    let event = try await client.createResponse(extraction, returning: Event.self, reaskOnMismatch: true).value
    let streamed = try client.createResponseStream(extraction, returning: Event.self)
    for try await _ in streamed {}
    print(event.title, try await streamed.value().value.start)
}
