import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("API client: retries")
struct RetryTests {
    static let ok = MockTransport.Reply.json(200, #"{"message":"hi"}"#)
    static let rateLimited = #"{"error":{"message":"Rate limit reached","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}"#

    @Test("429 with Retry-After in seconds is retried after exactly that wait")
    func retryAfterSeconds() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.json(429, Self.rateLimited, headers: ["Retry-After": "3"]), Self.ok)
        let result = try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self)
        #expect(sleeps.durations == [.seconds(3)])
        #expect(result.metadata.attempts == 2)
        #expect(transport.requests.count == 2)
    }

    @Test("retry-after-ms takes precedence over Retry-After")
    func retryAfterMilliseconds() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.json(429, Self.rateLimited, headers: ["retry-after-ms": "250", "Retry-After": "9"]), Self.ok)
        _ = try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self)
        #expect(sleeps.durations == [.milliseconds(250)])
    }

    @Test("Retry-After as an HTTP date waits until that date")
    func retryAfterDate() async throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let sent = Date()
        let date = formatter.string(from: sent.addingTimeInterval(30))
        let sleeps = SleepRecorder()
        let transport = MockTransport(.json(503, "{}", headers: ["Retry-After": date]), Self.ok)
        _ = try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self)
        let elapsed = Date().timeIntervalSince(sent)
        let wait = try #require(sleeps.durations.first)
        // The date has whole seconds, and the client read its clock at some point of `elapsed`:
        // bounds that follow from that, not a guess at how fast a loaded machine is.
        #expect(wait <= .seconds(30.01))
        #expect(wait > .seconds(29 - elapsed - 0.01), "waited \(wait) after \(elapsed) s")
    }

    @Test("A Retry-After above the cap is not waited for: the error is thrown at once")
    func retryAfterAboveCap() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.json(429, Self.rateLimited, headers: ["Retry-After": "120"]))
        let client = mockClient(transport, sleeps: sleeps, maxRetryAfter: .seconds(60))
        let error = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.status == 429)
        #expect(error.retryAfter == .seconds(120))
        #expect(error.attempts == 1)
        #expect(sleeps.durations.isEmpty)
        #expect(error.description == "HTTP 429 rate_limit_exceeded: Rate limit reached")
    }

    @Test("400 is not retried")
    func badRequestNotRetried() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.bytes(400, Fixtures.bytes("error-missing-field.json") ?? Array("{}".utf8)))
        let error = try #require(await clientError({ _ = try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.status == 400)
        #expect(transport.requests.count == 1)
        #expect(sleeps.durations.isEmpty)
    }

    @Test("503 is retried maxRetries times with exponential backoff, then thrown with the attempt count")
    func serviceUnavailableExhausted() async throws {
        let sleeps = SleepRecorder()
        let unavailable = MockTransport.Reply.text(503, "Service Temporarily Unavailable")
        let transport = MockTransport(unavailable, unavailable, unavailable)
        let error = try #require(await clientError({ _ = try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.status == 503)
        #expect(error.attempts == 3)
        #expect(transport.requests.count == 3)
        #expect(sleeps.durations == [.milliseconds(500), .seconds(1)])
    }

    @Test("The backoff doubles, is capped, and is jittered by 0.75–1.0")
    func backoff() {
        let policy = RetryPolicy()
        for _ in 0..<50 {
            let first = policy.backoff(forRetry: 0)
            #expect(first >= .milliseconds(375) && first <= .milliseconds(500))
            let third = policy.backoff(forRetry: 2)
            #expect(third >= .milliseconds(1500) && third <= .seconds(2))
            let late = policy.backoff(forRetry: 40)
            #expect(late >= .seconds(6) && late <= .seconds(8))
        }
    }

    @Test("x-should-retry overrides the status rule both ways")
    func shouldRetryHeader() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(
            .json(400, "{}", headers: ["x-should-retry": "true"]), Self.ok,
            .json(503, "{}", headers: ["x-should-retry": "false"]))
        let client = mockClient(transport, sleeps: sleeps)
        #expect(try await client.perform(createResponse, as: Greeting.self).metadata.attempts == 2)
        let error = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.apiFailure)
        #expect(error.status == 503 && error.attempts == 1)
        #expect(transport.requests.count == 3)
    }

    @Test("408, 409, 429 and 5xx without retry headers are retried with backoff", arguments: [408, 409, 429, 500, 502])
    func retryableStatuses(status: Int) async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.json(status, "{}"), Self.ok)
        #expect(try await mockClient(transport, sleeps: sleeps).perform(createResponse, as: Greeting.self).metadata.attempts == 2)
        #expect(sleeps.durations == [.milliseconds(500)])
    }

    @Test("Connection failures and connect timeouts are retried; other timeouts are not")
    func transportRetries() async throws {
        let transport = MockTransport(
            .failure(.connectionFailed(detail: "refused")), .failure(.timedOut(.connect)), Self.ok,
            .failure(.timedOut(.total)))
        let client = mockClient(transport)
        #expect(try await client.perform(createResponse, as: Greeting.self).metadata.attempts == 3)
        let failure = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.transportFailure)
        #expect(failure.error == .timedOut(.total))
        #expect(failure.attempts == 1)
        #expect(transport.requests.count == 4)
    }

    @Test("A body that breaks before its first byte is retried; one that breaks later is not")
    func bodyFailures() async throws {
        let transport = MockTransport(
            .response(status: 200, headers: [:], body: .scripted([], thenFail: .connectionLost(detail: "reset"))), Self.ok,
            .response(status: 200, headers: [:], body: .scripted([Array("{\"mess".utf8)], thenFail: .connectionLost(detail: "reset"))))
        let client = mockClient(transport)
        #expect(try await client.perform(createResponse, as: Greeting.self).metadata.attempts == 2)
        let failure = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.transportFailure)
        #expect(failure.error == .connectionLost(detail: "reset"))
        #expect(transport.requests.count == 3)
    }

    @Test("Exhausted connection retries report every attempt")
    func connectionExhausted() async throws {
        let refused = MockTransport.Reply.failure(.connectionFailed(detail: "refused"))
        let transport = MockTransport(refused, refused, refused)
        let failure = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self) })?.transportFailure)
        #expect(failure.attempts == 3)
        #expect(failure.description == "connection failed: refused (after 3 attempts)")
    }

    @Test("Cancellation during a backoff wait ends the call as cancelled")
    func cancelledDuringWait() async throws {
        let policy = RetryPolicy(sleep: { _ in throw CancellationError() })
        let transport = MockTransport(.text(503, "busy"))
        let client = APIClient(configuration: ClientConfiguration(baseURL: "https://x.test", retryPolicy: policy, transport: transport))
        let failure = try #require(await clientError({ _ = try await client.perform(createResponse, as: Greeting.self) })?.transportFailure)
        #expect(failure.isCancellation)
    }

    @Test("Per-call retry policy replaces the configuration's")
    func perCallPolicy() async throws {
        let transport = MockTransport(.text(503, "busy"))
        let options = RequestOptions(retryPolicy: .disabled)
        let error = try #require(await clientError({ _ = try await mockClient(transport).perform(createResponse, as: Greeting.self, options: options) })?.apiFailure)
        #expect(error.attempts == 1)
    }
}
