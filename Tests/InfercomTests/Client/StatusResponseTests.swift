import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// An operation whose documented 2xx responses differ returns an enum, and the response's status
/// picks its case (`APIClient.perform(_:options:byStatus:)`, as the generated `…Response` enums use
/// it; the generated side is in Tests/Golden/status-responses). A body is never decoded as the type
/// of another status, and a 2xx status the spec does not list is an error carrying what arrived.
@Suite("Responses decoded by status")
struct StatusResponseTests {
    struct Result: Codable, Hashable, Sendable { var output: String? }
    struct Queued: Codable, Hashable, Sendable { var pollURL: String; enum CodingKeys: String, CodingKey { case pollURL = "poll_url" } }

    /// What the generator writes for `200: Result`, `202: Queued`, `204` without a body.
    enum SubmitResponse: Sendable, Hashable {
        case ok(Result)
        case accepted(Queued)
        case noContent

        init(status: Int, body: ResponseBody) throws {
            switch status {
            case 200: self = .ok(try body.decode(Result.self))
            case 202: self = .accepted(try body.decode(Queued.self))
            case 204: self = .noContent
            default: throw UndocumentedStatus(status: status)
            }
        }
    }

    let request = OperationRequest(operationID: "submitJob", method: "POST", path: "/jobs")

    func submit(_ reply: MockTransport.Reply) async throws -> APIResult<SubmitResponse> {
        try await mockClient(MockTransport(reply)).perform(request, byStatus: SubmitResponse.init(status:body:))
    }

    @Test("each documented status gets its own case, its body decoded as that case's type")
    func statusPicksTheCase() async throws {
        #expect(try await submit(.json(200, #"{"output":"done"}"#)).value == .ok(Result(output: "done")))
        #expect(try await submit(.json(202, #"{"poll_url":"/jobs/7"}"#)).value == .accepted(Queued(pollURL: "/jobs/7")))
        let empty = try await submit(.bytes(204, []))
        #expect(empty.value == .noContent)
        #expect(empty.metadata.status == 204)
    }

    @Test("a 202 body that would also decode as the 200 type is still the 202 case")
    func noBodyIsDecodedAsAnotherStatusType() async throws {
        let body = #"{"poll_url":"/jobs/8"}"#
        // The hazard: `Result` has only optional members, so the 202 body decodes as an empty Result.
        #expect(try JSONDecoder().decode(Result.self, from: Data(body.utf8)) == Result(output: nil))
        #expect(try await submit(.json(202, body)).value == .accepted(Queued(pollURL: "/jobs/8")))
    }

    @Test("an undocumented 2xx status is a decoding error with the status and the body, not a guess")
    func undocumentedStatus() async throws {
        let error = await clientError { _ = try await submit(.json(201, #"{"output":"done"}"#)) }
        #expect(error?.kind == .decoding)
        let failure = try #require(error?.decodingFailure)
        #expect(failure.status == 201)
        #expect(failure.detail.contains("status 201 is not among the operation's documented responses"))
        #expect(failure.snippet.contains("done"))
    }

    @Test("a body that does not fit its status's type is a decoding error at the member")
    func wrongBodyForTheStatus() async throws {
        let error = await clientError { _ = try await submit(.json(202, #"{"poll":"/jobs/9"}"#)) }
        #expect(error?.kind == .decoding)
        #expect(error?.decodingFailure?.status == 202)
    }
}
