#if LibcurlTransport
import Foundation
import Infercom
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

extension EndToEndTests {
    /// Requests that break the spec's constraints never leave the process.
    @Suite("Validation before sending")
    struct Validation {
        static func tools(_ count: Int) -> [FunctionTool] {
            (0..<count).map { FunctionTool(name: "tool_\($0)") }
        }

        struct InvalidCase: Sendable, CustomTestStringConvertible {
            var label: String
            var request: CreateResponseRequest
            var path: String
            var testDescription: String { label }
        }

        static let invalidRequests: [InvalidCase] = [
            InvalidCase(
                label: "temperature 3", request: CreateResponseRequest(model: "gpt-oss-120b", input: "Hi", temperature: 3),
                path: "temperature"),
            InvalidCase(
                label: "129 tools", request: CreateResponseRequest(model: "gpt-oss-120b", input: "Hi", tools: tools(129)),
                path: "tools"),
        ]

        @Test("an invalid request throws .invalidRequest and the server receives nothing", arguments: invalidRequests)
        func invalidRequestNotSent(_ invalid: InvalidCase) async throws {
            let server = try LoopbackServer { _, writer in writer.respondJSON(Array("{}".utf8)) }
            defer { server.stop() }
            let transport = CurlTransport(configuration: .init())
            let client = E2E.client(server, retryPolicy: E2ESleepLog().policy(), transport: transport)

            for streaming in [false, true] {
                let error = await E2E.clientError {
                    if streaming {
                        for try await _ in client.createResponseStream(invalid.request) {}
                    } else {
                        _ = try await client.createResponse(invalid.request)
                    }
                }
                guard let failure = error?.invalidRequest else {
                    Issue.record("expected .invalidRequest (streaming: \(streaming)), got \(String(describing: error))")
                    continue
                }
                #expect(failure.violation?.path == invalid.path)
                #expect(failure.operationID == "createResponse")
            }
            // Every exchange the transport started is counted before its caller resumes, so no grace period is needed.
            #expect(transport.statistics.transfers == 0 && transport.statistics.active == 0, "nothing reached the transport")
            #expect(server.acceptedConnections == 0)
            #expect(server.requests.isEmpty)
        }

        @Test("the limits themselves are allowed: temperature 2 and 128 tools are sent")
        func boundariesAreSent() async throws {
            let body = try E2E.fixture("response-infercom-example.json")
            let server = try LoopbackServer { _, writer in writer.respondJSON(body) }
            defer { server.stop() }
            let client = E2E.client(server)

            _ = try await client.createResponse(CreateResponseRequest(model: "gpt-oss-120b", input: "Hi", temperature: 2))
            _ = try await client.createResponse(CreateResponseRequest(model: "gpt-oss-120b", input: "Hi", tools: Self.tools(128)))

            #expect(server.requests.count == 2)
            if case .array(let tools)? = server.requests.last?.jsonBody?["tools"] {
                #expect(tools.count == 128)
            } else {
                Issue.record("the second request has no tools array")
            }
        }
    }
}
#endif
