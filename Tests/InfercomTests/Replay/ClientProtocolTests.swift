import Foundation
import Infercom
import Testing

/// App code written against `InfercomClientProtocol`: it runs with the real client and with a fake.
@Suite("Client protocol")
struct ClientProtocolTests {
    /// What an app might do: one plain call and one streamed call, through the protocol only.
    static func summarize(_ text: String, using client: some InfercomClientProtocol) async throws -> (String, Int) {
        let request = CreateResponseRequest(model: "gpt-oss-120b", input: .text("Summarize: \(text)"))
        let summary = try await client.createResponse(request).outputText
        var deltas = 0
        for try await text in client.createResponseStream(request).textDeltas { deltas += text.isEmpty ? 0 : 1 }
        return (summary, deltas)
    }

    /// A fake with canned answers; its stream comes from a one-exchange replay.
    struct FakeClient: InfercomClientProtocol {
        let response: Response
        let streaming: InfercomClient

        func createResponse(_ body: CreateResponseRequest, options: RequestOptions) async throws -> Response { response }

        func createResponseWithMetadata(_ body: CreateResponseRequest, options: RequestOptions) async throws -> APIResult<Response> {
            APIResult(value: response, metadata: ResponseMetadata(status: 200, headers: [:]))
        }

        func createResponseStream(_ body: CreateResponseRequest, options: RequestOptions) -> EventStream<ResponseStreamEvent> {
            streaming.createResponseStream(body, options: options)
        }
    }

    static func fixture(_ name: String) throws -> [UInt8] { try #require(Fixtures.bytes(name)) }

    /// Replays `stream-transcript.sse` for any streamed request.
    static func streamingClient() throws -> InfercomClient {
        let recorded = try ReplayTransport(contentsOf: Fixtures.directory.appendingPathComponent("recorded-stream.jsonl"))
        let stream = try #require(recorded.exchanges.first)
        let anyBody = RecordedExchange(
            number: 1, method: "POST", path: "/v1/responses", requestBody: Array(#"{"model":"gpt-oss-120b","input":"Summarize: notes","stream":true}"#.utf8),
            head: stream.head, chunks: stream.chunks)
        return InfercomClient(configuration: ClientConfiguration(
            baseURL: "https://replay.invalid/v1", transport: ReplayTransport(exchanges: [anyBody])))
    }

    @Test("app code written against the protocol runs with a fake")
    func runsWithFake() async throws {
        let response = try JSONDecoder().decode(Response.self, from: Data(try Self.fixture("response-infercom-example.json")))
        let fake = FakeClient(response: response, streaming: try Self.streamingClient())
        let (summary, deltas) = try await Self.summarize("notes", using: fake)
        #expect(summary == response.outputText)
        #expect(deltas > 0)
    }

    @Test("the same app code runs with the real client (over a replayed plain response and stream)")
    func runsWithRealClient() async throws {
        let plainBody = #"{"model":"gpt-oss-120b","input":"Summarize: notes"}"#
        let plain = RecordedExchange(
            number: 1, method: "POST", path: "/v1/responses", requestBody: Array(plainBody.utf8),
            head: .init(status: 200, headers: ["Content-Type": "application/json"]),
            chunks: [.init(offset: .zero, bytes: try Self.fixture("response-infercom-example.json"))])
        let recorded = try ReplayTransport(contentsOf: Fixtures.directory.appendingPathComponent("recorded-stream.jsonl"))
        var stream = try #require(recorded.exchanges.first)
        stream.requestBody = Array(#"{"model":"gpt-oss-120b","input":"Summarize: notes","stream":true}"#.utf8)
        let client = InfercomClient(configuration: ClientConfiguration(
            baseURL: "https://replay.invalid/v1", transport: ReplayTransport(exchanges: [plain, stream])))
        let (summary, deltas) = try await Self.summarize("notes", using: client)
        #expect(!summary.isEmpty)
        #expect(deltas > 0)
    }
}
