import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// Each `ClientError` kind comes from the failure it names, over a real connection, and carries
    /// its details in the property of that kind and no other.
    @Suite("Error kinds")
    struct ErrorKinds {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Hi")

        /// Every kind this version knows, paired with the property that holds its details.
        static let kinds: [(ClientError.Kind, String)] = [
            (.invalidRequest, "invalidRequest"), (.api, "apiFailure"), (.transport, "transportFailure"),
            (.decoding, "decodingFailure"), (.streamFailed, "serverFailure"), (.responseFailed, "serverFailure"),
            (.streamEndedEarly, "streamEndedEarly"), (.streamAlreadyConsumed, "streamAlreadyConsumed"),
        ]

        /// The names of the details properties of `error` that are set.
        static func detailsSet(in error: ClientError) -> [String] {
            [
                ("invalidRequest", error.invalidRequest != nil), ("apiFailure", error.apiFailure != nil),
                ("transportFailure", error.transportFailure != nil), ("decodingFailure", error.decodingFailure != nil),
                ("serverFailure", error.serverFailure != nil), ("streamEndedEarly", error.streamEndedEarly != nil),
                ("streamAlreadyConsumed", error.streamAlreadyConsumed != nil),
            ].filter(\.1).map(\.0)
        }

        /// A server that answers every request with the failure `kind` names.
        static func server(failingWith kind: ClientError.Kind) throws -> LoopbackServer {
            let failedResponse = #"{"id":"resp_e2e","object":"response","created_at":1775853213,"status":"failed","model":"gpt-oss-120b","output":[],"error":{"code":"server_error","message":"Generation failed."}}"#
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            return try LoopbackServer { _, writer in
                switch kind {
                case .api: writer.respondJSON(status: 400, reason: "Bad Request", Array(#"{"error":{"message":"Missing input."}}"#.utf8))
                case .transport: writer.cut()
                case .decoding: writer.respondJSON(Array(#"{"id":5}"#.utf8))
                case .responseFailed: writer.respondJSON(Array(failedResponse.utf8))
                case .streamFailed:
                    writer.startEventStream()
                    writer.write(E2E.textStreamPrelude())
                    writer.write(E2E.sse(#"{"type":"error","sequence_number":3,"code":"server_error","message":"Generation failed.","param":null}"#, event: "error"))
                case .streamEndedEarly:
                    writer.startEventStream()
                    writer.write(E2E.textStreamPrelude())
                default:
                    writer.startEventStream()
                    writer.write(transcript)
                }
            }
        }

        /// Makes the call whose failure is `kind`; returns the error it throws.
        static func call(failingWith kind: ClientError.Kind, on client: InfercomClient) async -> ClientError? {
            switch kind {
            case .invalidRequest:
                var invalid = request
                invalid.temperature = 3
                return await E2E.clientError { _ = try await client.createResponse(invalid) }
            case .api, .transport, .decoding, .responseFailed:
                return await E2E.clientError { _ = try await client.createResponse(request) }
            case .streamAlreadyConsumed:
                let stream = client.createResponseStream(request)
                return await E2E.clientError {
                    for try await _ in stream {}
                    for try await _ in stream {}
                }
            default:
                return await E2E.clientError { for try await _ in client.createResponseStream(request) {} }
            }
        }

        /// The transports of this build: the kinds must not depend on which one moved the bytes.
        static var transports: [String] {
            #if LibcurlTransport
            ["libcurl", "URLSession"]
            #else
            ["URLSession"]
            #endif
        }

        static func transport(named name: String) -> any HTTPTransport {
            #if LibcurlTransport
            if name == "libcurl" { return CurlTransport(configuration: .init()) }
            #endif
            return URLSessionTransport()
        }

        @Test("each kind is thrown for the failure it names, with its details in the property of that kind only",
              arguments: kinds.map(\.0), transports)
        func kindMatchesFailure(_ kind: ClientError.Kind, transport: String) async throws {
            let server = try Self.server(failingWith: kind)
            defer { server.stop() }
            let error = await Self.call(failingWith: kind, on: E2E.client(server, transport: Self.transport(named: transport)))

            let thrown = try #require(error)
            #expect(thrown.kind == kind, "got \(thrown)")
            #expect(Self.detailsSet(in: thrown) == Self.kinds.filter { $0.0 == kind }.map(\.1))
            #expect(thrown.operationID == "createResponse")
            #expect(!thrown.description.isEmpty && !thrown.description.contains("\n"))
            #expect(server.requests.count == (kind == .invalidRequest ? 0 : 1))
        }
    }
}
