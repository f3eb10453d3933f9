import Infercom
import Testing

/// The errors' kinds are values that can grow: equal to themselves, named by their description,
/// and a kind a later version adds matches none of today's, so a `switch` needs a `default`.
@Suite("Error kinds")
struct ErrorKindTests {
    static let clientKinds: [ClientError.Kind] = [
        .invalidRequest, .api, .transport, .decoding, .streamFailed, .responseFailed, .streamEndedEarly, .streamAlreadyConsumed,
    ]
    static let transportKinds: [TransportError.Kind] = [
        .connectionFailed, .certificateRejected, .tlsFailed, .connectionLost, .timedOut, .cancelled, .bodyTooLarge, .invalidRequest,
    ]

    /// What `switch` code written today does with a kind: the `default` branch is the only way to
    /// compile it, and it is where a kind added later lands.
    static func handled(_ kind: ClientError.Kind) -> String {
        switch kind {
        case .api: "api"
        case .transport: "transport"
        default: "other: \(kind)"
        }
    }

    @Test("each ClientError kind equals itself only, and its description is its name")
    func clientKindEquality() {
        #expect(Set(Self.clientKinds).count == Self.clientKinds.count)
        #expect(Self.clientKinds.map(\.description) == [
            "invalidRequest", "api", "transport", "decoding", "streamFailed", "responseFailed", "streamEndedEarly", "streamAlreadyConsumed",
        ])
        #expect(ClientError.Kind.api == .api)
        #expect(ClientError.Kind.api != .transport)
    }

    @Test("a kind added later equals none of today's and reaches a switch's default branch")
    func newClientKindIsNotKnown() {
        let later = ClientError.Kind("rateLimitedLocally")
        #expect(!Self.clientKinds.contains(later))
        #expect(Self.handled(later) == "other: rateLimitedLocally")
        #expect(Self.handled(.api) == "api")
        let laterTransport = TransportError.Kind("proxyAuthenticationRequired")
        #expect(!Self.transportKinds.contains(laterTransport))
    }

    @Test("each ClientError factory makes its kind, with the details in that kind's property and the details' description")
    func clientErrorShape() {
        let api = APIFailure(operationID: "op", status: 429, message: "slow down", requestID: "req_1", attempts: 3)
        let transport = TransportFailure(operationID: "op", error: .timedOut(.idle), attempts: 2)
        let decoding = DecodingFailure(operationID: "op", typeName: "Response", path: "output[0]", detail: "bad", snippet: "{}", status: 200)
        let server = ServerFailure(operationID: "op", message: "failed", code: "server_error", sequenceNumber: 4, eventName: "error")
        let ended = StreamEndedEarly(operationID: "op", ending: .bodyEnded, eventCount: 2, lastSequenceNumber: 1, partialValue: "partial")
        let cases: [(ClientError, ClientError.Kind, String)] = [
            (.invalidRequest(InvalidRequest(operationID: "op", detail: "temperature must be at most 2")), .invalidRequest,
             "invalid request: temperature must be at most 2"),
            (.api(api), .api, "HTTP 429: slow down (request req_1)"),
            (.transport(transport), .transport, "timed out (idle timeout) (after 2 attempts)"),
            (.decoding(decoding), .decoding, "cannot decode Response at output[0]: bad — body: {}"),
            (.streamFailed(server), .streamFailed, "stream error server_error: failed (sequence 4)"),
            (.responseFailed(server), .responseFailed, "stream error server_error: failed (sequence 4)"),
            (.streamEndedEarly(ended), .streamEndedEarly,
             "stream ended early: the body ended before the final event, after 2 events (last sequence 1)"),
            (.streamAlreadyConsumed(StreamAlreadyConsumed(operationID: "op")), .streamAlreadyConsumed,
             "stream already consumed: an EventStream is read once; call the streaming method again for a new request"),
        ]
        for (error, kind, description) in cases {
            #expect(error.kind == kind)
            #expect(error.description == description)
            #expect(error.debugDescription == "op: \(description)")
            #expect(error.operationID == "op")
        }
        let (apiError, transportError, decodingError) = (cases[1].0, cases[2].0, cases[3].0)
        #expect(apiError.apiFailure == api && apiError.status == 429 && apiError.transportFailure == nil)
        #expect(transportError.transportFailure == transport && transportError.transportFailure?.isTimeout == true)
        #expect(transportError.apiFailure == nil && transportError.status == nil)
        #expect(decodingError.decodingFailure == decoding && decodingError.status == 200)
        #expect(cases[4].0.serverFailure == server && cases[5].0.serverFailure == server)
        #expect(cases[6].0.streamEndedEarly?.partialValue as? String == "partial")
        #expect(cases[0].0.invalidRequest?.detail == "temperature must be at most 2")
        #expect(cases[7].0.streamAlreadyConsumed?.operationID == "op")
    }

    @Test("each TransportError factory makes its kind, keeps its detail and reads as before")
    func transportErrorShape() {
        let cases: [(TransportError, TransportError.Kind, String)] = [
            (.connectionFailed(detail: "refused"), .connectionFailed, "connection failed: refused"),
            (.certificateRejected(detail: "unknown CA"), .certificateRejected, "server certificate rejected: unknown CA"),
            (.tlsFailed(detail: "no cipher"), .tlsFailed, "TLS handshake failed: no cipher"),
            (.connectionLost(detail: "reset"), .connectionLost, "connection lost: reset"),
            (.timedOut(.connect), .timedOut, "timed out (connect timeout)"),
            (.cancelled, .cancelled, "cancelled"),
            (.bodyTooLarge(limit: 1024), .bodyTooLarge, "body larger than 1024 bytes"),
            (.invalidRequest(detail: "bad URL"), .invalidRequest, "invalid request: bad URL"),
        ]
        for (error, kind, description) in cases {
            #expect(error.kind == kind)
            #expect(error.description == description)
        }
        #expect(cases.map(\.1) == Self.transportKinds)
        #expect(TransportError.connectionFailed(detail: "refused").detail == "refused")
        #expect(TransportError.timedOut(.idle).timeout == .idle && TransportError.timedOut(.idle) != .timedOut(.total))
        #expect(TransportError.bodyTooLarge(limit: 1024).bodyLimit == 1024)
        #expect(TransportError.cancelled.detail == nil && TransportError.cancelled.timeout == nil)
        #expect([TransportError.TimeoutKind.connect, .total, .idle].map(\.description) == ["connect", "total", "idle"])
        #expect([StreamEndedEarly.Ending.bodyEnded, .doneMarker].map(\.description) == ["bodyEnded", "doneMarker"])
    }

    @Test("the kinds of the conversation, structured-output, schema and tool-loop errors are distinct, named, and can grow")
    func infercomErrorKinds() {
        let conversation: [ConversationError.Kind] = [
            .emptyConversation, .functionCallWithoutOutput, .outputWithoutCall, .duplicateOutput, .duplicateCallID,
            .reasoningWithoutFollowingItem, .reasoningWithoutSummary, .unsupportedRole, .unsupportedInput,
        ]
        let structured: [StructuredOutputError.Kind] = [.noAnswer, .notJSON, .schemaMismatch, .decodingFailed]
        let schema: [SchemaDerivationError.Kind] = [
            .recursiveType, .unsupportedType, .unsupportedEnum, .dataDependentDecoding, .decodingFailed, .rootNotObject, .unknownDescribedProperty,
        ]
        let toolLoop: [ToolLoopError.Kind] = [
            .maxTurnsExceeded, .invalidTools, .invalidConversation, .responseNotCompleted, .requestFailed, .invalidArguments,
            .unknownTool, .toolFailed, .cancelled,
        ]
        #expect(Set(conversation).count == conversation.count && !conversation.contains(ConversationError.Kind("later")))
        #expect(Set(structured).count == structured.count && !structured.contains(StructuredOutputError.Kind("later")))
        #expect(Set(schema).count == schema.count && !schema.contains(SchemaDerivationError.Kind("later")))
        #expect(Set(toolLoop).count == toolLoop.count && !toolLoop.contains(ToolLoopError.Kind("later")))
        #expect(conversation.map(\.description).first == "emptyConversation" && toolLoop.map(\.description).last == "cancelled")

        let error = ConversationError(index: 3, kind: .functionCallWithoutOutput, callID: "call_1", detail: "no output")
        #expect(error.description == "invalid conversation: item 3 (functionCallWithoutOutput): no output")
        let derivation = SchemaDerivationError(kind: .recursiveType, typeName: "Node", path: "$.next", detail: "contains itself")
        #expect(derivation.description == "cannot derive a JSON Schema for Node at $.next (recursiveType): contains itself")
        let answer = StructuredOutputError(kind: .notJSON, rawText: "hi", detail: "not JSON")
        #expect(answer.description == "structured output (notJSON): not JSON")
    }
}
