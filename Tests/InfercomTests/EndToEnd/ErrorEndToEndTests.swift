#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// Every documented error body, and the retry rules, as the real client sees them over TCP.
    @Suite("Error responses and retries")
    struct Errors {
        static let request = CreateResponseRequest(model: "MiniMax-M2.5", input: "Explain supervised learning.")

        /// One documented error response and the `APIFailure` it must become.
        struct ErrorCase: Sendable, CustomTestStringConvertible {
            var fixture: String
            var status: Int
            var reason: String
            var headers: [(String, String)] = []
            var message: String
            var type: String?
            var param: String?
            var code: String?
            var requestID: String?
            var testDescription: String { "\(status) \(fixture)" }
        }

        static let documentedErrors: [ErrorCase] = [
            ErrorCase(
                fixture: "error-missing-field.json", status: 400, reason: "Bad Request", message: "Missing required field: 'input'.",
                type: "invalid_request_error", param: "input", code: "missing_required_field", requestID: "abc123"),
            ErrorCase(
                fixture: "error-invalid-api-key.json", status: 401, reason: "Unauthorized", message: "Incorrect API key provided: *****.",
                type: "invalid_request_error", param: nil, code: "invalid_api_key", requestID: "abc126"),
            ErrorCase(
                fixture: "error-model-not-found.json", status: 404, reason: "Not Found",
                // The body's request_id wins over the header.
                headers: [("x-request-id", "req_from_header")],
                message: "The model `abc` does not exist or you do not have access to it.",
                type: "invalid_request_error", param: "model", code: "model_not_found", requestID: "abc128"),
            ErrorCase(
                fixture: "error-simple-not-found.json", status: 404, reason: "Not Found",
                // No request_id in the simple shape: the header supplies it.
                headers: [("x-request-id", "req_simple_404")],
                message: "Not found", requestID: "req_simple_404"),
        ]

        @Test("each documented JSON error body becomes .api with its message, type, param, code and request id", arguments: documentedErrors)
        func documentedErrorBody(_ errorCase: ErrorCase) async throws {
            let body = try E2E.fixture(errorCase.fixture)
            let server = try LoopbackServer { _, writer in
                writer.respondJSON(status: errorCase.status, reason: errorCase.reason, body, headers: errorCase.headers)
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()
            let client = E2E.client(server, retryPolicy: sleeps.policy())

            for streaming in [false, true] {
                let error = await E2E.clientError {
                    if streaming {
                        for try await _ in client.createResponseStream(Self.request) {}
                    } else {
                        _ = try await client.createResponse(Self.request)
                    }
                }
                guard let failure = error?.apiFailure else {
                    Issue.record("expected .api (streaming: \(streaming)), got \(String(describing: error))")
                    continue
                }
                #expect(failure.status == errorCase.status)
                #expect(failure.message == errorCase.message)
                #expect(failure.type == errorCase.type)
                #expect(failure.param == errorCase.param)
                #expect(failure.code == errorCase.code)
                #expect(failure.requestID == errorCase.requestID)
                #expect(failure.operationID == "createResponse")
                #expect(failure.attempts == 1)
                #expect(failure.body == (try E2E.decode(JSONValue.self, body)))
                #expect(error?.status == errorCase.status)
            }
            #expect(server.requests.count == 2, "4xx other than 408/409/429 is not retried")
            #expect(sleeps.durations.isEmpty)
        }

        @Test("a text/plain 503 is retried, then thrown as .api with the text as message once retries are exhausted")
        func plainText503() async throws {
            let body = try E2E.fixture("error-503.txt")
            let server = try LoopbackServer { _, writer in
                writer.respond(status: 503, reason: "Service Unavailable", headers: [("Content-Type", "text/plain")], body: body)
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()

            let error = await E2E.clientError { _ = try await E2E.client(server, retryPolicy: sleeps.policy(maxRetries: 2)).createResponse(Self.request) }

            guard let failure = error?.apiFailure else {
                Issue.record("expected .api, got \(String(describing: error))")
                return
            }
            #expect(failure.status == 503)
            #expect(failure.message == "Service Temporarily Unavailable")
            #expect(failure.body == nil)
            #expect(failure.code == nil)
            #expect(failure.attempts == 3)
            #expect(server.requests.count == 3)
            #expect(sleeps.durations.count == 2, "one wait before each retry")
            #expect(server.acceptedConnections == 1, "an error body is read to its end, so the connection is reused")

            // maxRetries 0: thrown after the first answer.
            let once = await E2E.clientError { _ = try await E2E.client(server, retryPolicy: .disabled).createResponse(Self.request) }
            guard let single = once?.apiFailure else {
                Issue.record("expected .api, got \(String(describing: once))")
                return
            }
            #expect(single.attempts == 1)
            #expect(single.message == "Service Temporarily Unavailable")
            #expect(server.requests.count == 4)
        }

        @Test("HTTP 200 with status \"failed\" is thrown as .responseFailed with the response's error")
        func failedResponse() async throws {
            var json = try E2E.decode(JSONValue.self, try E2E.fixture("response-infercom-example.json"))
            json = json.setting("status", to: "failed")
                .setting("error", to: ["code": "server_error", "message": "The model failed to generate a response."])
            let body = Array(try JSONEncoder().encode(json))
            let server = try LoopbackServer { _, writer in writer.respondJSON(body) }
            defer { server.stop() }
            let sleeps = E2ESleepLog()

            let error = await E2E.clientError { _ = try await E2E.client(server, retryPolicy: sleeps.policy()).createResponse(Self.request) }

            guard let failure = error?.serverFailure(ofKind: .responseFailed) else {
                Issue.record("expected .responseFailed, got \(String(describing: error))")
                return
            }
            #expect(failure.code == "server_error")
            #expect(failure.message == "The model failed to generate a response.")
            #expect(failure.responseID == "resp_abc123")
            #expect(failure.operationID == "createResponse")
            #expect(server.requests.count == 1)
        }

        @Test("429 with Retry-After: 1, then 200: succeeds after one recorded 1 s wait, attempts == 2")
        func retryAfterSeconds() async throws {
            let ok = try E2E.fixture("response-infercom-example.json")
            let counter = SharedCounter()
            let server = try LoopbackServer { _, writer in
                counter.add(1)
                if counter.value == 1 {
                    writer.respondJSON(
                        status: 429, reason: "Too Many Requests",
                        Array(#"{"error":{"message":"Rate limit exceeded","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}"#.utf8),
                        headers: [("Retry-After", "1"), ("x-ratelimit-remaining-requests", "0")])
                } else {
                    writer.respondJSON(ok, headers: [("x-ratelimit-remaining-requests", "149")])
                }
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()

            let result = try await E2E.client(server, retryPolicy: sleeps.policy()).createResponseWithMetadata(Self.request)

            #expect(result.value.outputText == "2 + 2 = 4.")
            #expect(result.metadata.attempts == 2)
            #expect(result.metadata.status == 200)
            #expect(result.metadata.rateLimits.remainingRequests == 149)
            #expect(sleeps.durations == [.seconds(1)])
            #expect(server.requests.count == 2)
            #expect(server.requests.map(\.body).allSatisfy { $0 == server.requests[0].body }, "the retry sends the same body")
        }

        @Test("retry-after-ms is honoured (and wins over Retry-After), for plain and streaming calls")
        func retryAfterMilliseconds() async throws {
            let ok = try E2E.fixture("response-infercom-example.json")
            let transcript = try E2E.fixture("stream-transcript.sse")
            let counter = SharedCounter()
            let server = try LoopbackServer { request, writer in
                counter.add(1)
                if counter.value % 2 == 1 {
                    writer.respondJSON(
                        status: 429, reason: "Too Many Requests", Array(#"{"error":"Too many requests"}"#.utf8),
                        headers: [("retry-after-ms", "250"), ("Retry-After", "7")])
                } else if request.header("Accept") == "text/event-stream" {
                    writer.startEventStream()
                    writer.write(transcript)
                } else {
                    writer.respondJSON(ok)
                }
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()
            let client = E2E.client(server, retryPolicy: sleeps.policy())

            let result = try await client.createResponseWithMetadata(Self.request)
            #expect(result.metadata.attempts == 2)
            #expect(sleeps.durations == [.milliseconds(250)])

            let stream = client.createResponseStream(Self.request)
            let response = try await stream.finalResponse()
            #expect(response.outputText == "Under a moonlit canopy")
            #expect(stream.metadata?.attempts == 2)
            #expect(sleeps.durations == [.milliseconds(250), .milliseconds(250)])
            #expect(server.requests.count == 4)
        }

        @Test("a 429 whose retries run out is thrown with its Retry-After and attempt count")
        func rateLimitExhausted() async throws {
            let server = try LoopbackServer { _, writer in
                writer.respondJSON(
                    status: 429, reason: "Too Many Requests",
                    Array(#"{"error":{"message":"Rate limit exceeded","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"},"request_id":"rl1"}"#.utf8),
                    headers: [("Retry-After", "2"), ("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-limit-requests", "150")])
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()

            let error = await E2E.clientError { _ = try await E2E.client(server, retryPolicy: sleeps.policy(maxRetries: 1)).createResponse(Self.request) }

            guard let failure = error?.apiFailure else {
                Issue.record("expected .api, got \(String(describing: error))")
                return
            }
            #expect(failure.status == 429)
            #expect(failure.code == "rate_limit_exceeded")
            #expect(failure.retryAfter == .seconds(2))
            #expect(failure.attempts == 2)
            #expect(failure.rateLimits.remainingRequests == 0)
            #expect(failure.rateLimits.limitRequests == 150)
            #expect(failure.requestID == "rl1")
            #expect(sleeps.durations == [.seconds(2)])
            #expect(server.requests.count == 2)
        }
    }
}
#endif
