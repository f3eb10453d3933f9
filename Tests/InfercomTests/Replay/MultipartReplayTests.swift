import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// Multipart requests replay although each one is sent with a new random boundary.
@Suite("Replay of multipart requests")
struct MultipartReplayTests {
    static func upload(_ text: String) -> OperationRequest {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: Array(text.utf8), filename: "a.txt"), name: "file")
        return OperationRequest(operationID: "upload", method: "POST", path: "/files", content: .multipart(form))
    }

    static func recording(of text: String) throws -> RecordedExchange {
        // Recorded with a boundary of its own, as an earlier run would have sent it.
        let boundary = "Boundary-recorded0123456789"
        var form = MultipartForm()
        form.append(MultipartFile(bytes: Array(text.utf8), filename: "a.txt"), name: "file")
        return RecordedExchange(
            number: 1, method: "POST", path: "/v1/files",
            requestHeaders: ["Content-Type": "multipart/form-data; boundary=\(boundary)"],
            requestBody: try form.encoded(boundary: boundary),
            head: .init(status: 200, headers: ["Content-Type": "application/json"]),
            chunks: [.init(offset: .zero, bytes: Array(#"{"message":"stored"}"#.utf8))])
    }

    static func client(_ transport: ReplayTransport) -> APIClient {
        APIClient(configuration: ClientConfiguration(baseURL: "http://localhost:1/v1", retryPolicy: .disabled, transport: transport))
    }

    @Test("the same form matches its recording whatever boundary either side used")
    func sameFormMatches() async throws {
        let transport = ReplayTransport(exchanges: [try Self.recording(of: "hello")])
        let reply = try await Self.client(transport).perform(Self.upload("hello"), as: Greeting.self).value
        #expect(reply.message == "stored")
    }

    @Test("a form with other contents does not match")
    func otherFormDoesNotMatch() async throws {
        let transport = ReplayTransport(exchanges: [try Self.recording(of: "hello")])
        let error = await clientError { _ = try await Self.client(transport).perform(Self.upload("hullo"), as: Greeting.self) }
        guard let failure = error?.transportFailure, failure.error.kind == .invalidRequest, let detail = failure.error.detail else {
            Issue.record("expected a replay mismatch, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("body differs"))
    }
}
