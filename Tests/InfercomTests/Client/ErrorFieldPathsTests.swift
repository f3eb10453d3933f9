import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// How the runtime reads an error body through `ErrorFieldPaths` (a spec's `x-error-fields`), and
/// what it reads without them: any spec's bindings, not only Infercom's.
@Suite("API client: error fields read where the spec says")
struct ErrorFieldPathsTests {
    /// Fields of a made-up API whose errors look like `{"fault": {"text", "id", "kind"}, "trace"}`.
    static let faultFields = ErrorFieldPaths(
        message: [["fault", "text"], ["fault"], ["note"]], type: [["fault", "kind"]], code: [["fault", "id"]],
        param: [["fault", "field"]], requestID: [["trace"]])

    /// The `APIFailure` a client with `fields` makes of a `status` response with `body`.
    func apiError(_ body: String, status: Int = 400, fields: ErrorFieldPaths?, headers: HTTPFields = [:]) async throws -> APIFailure {
        let transport = MockTransport(.bytes(status, Array(body.utf8), headers: headers))
        let client = APIClient(configuration: ClientConfiguration(
            baseURL: "https://api.example.test", retryPolicy: .disabled, errorFields: fields, transport: transport))
        let error = await clientError { _ = try await client.perform(createResponse, as: Greeting.self) }
        guard let failure = error?.apiFailure else { throw Unexpected(error: error) }
        return failure
    }

    struct Unexpected: Error { var error: ClientError? }

    @Test("each field takes the first alternative that holds a scalar, in the order listed")
    func firstScalarAlternativeWins() async throws {
        let full = try await apiError(
            #"{"fault":{"text":"Quota used up","kind":"quota","id":"Q1","field":"plan"},"note":"ignored","trace":"t-1"}"#,
            fields: Self.faultFields)
        #expect(full.message == "Quota used up" && full.type == "quota" && full.code == "Q1" && full.param == "plan")
        #expect(full.requestID == "t-1")

        let bare = try await apiError(#"{"fault":"Quota used up"}"#, fields: Self.faultFields)
        #expect(bare.message == "Quota used up", "`fault.text` leads nowhere when `fault` is a string: `fault` is next")
        #expect(bare.type == nil && bare.code == nil && bare.param == nil && bare.requestID == nil)

        let noted = try await apiError(#"{"note":"Try later"}"#, fields: Self.faultFields)
        #expect(noted.message == "Try later")
    }

    @Test("numbers and booleans become their text; null, objects and arrays move on to the next alternative")
    func scalarsAndNonScalars() async throws {
        let numeric = try await apiError(#"{"fault":{"text":"x","id":4031,"kind":true,"field":2.5}}"#, fields: Self.faultFields)
        #expect(numeric.code == "4031" && numeric.type == "true" && numeric.param == "2.5")

        for text in ["null", #"{"nested":"no"}"#, #"["a","b"]"#] {
            let skipped = try await apiError(#"{"fault":{"text":\#(text)},"note":"fallback"}"#, fields: Self.faultFields)
            #expect(skipped.message == "fallback", "fault.text = \(text)")
        }
        let nothing = try await apiError(#"{"fault":null,"note":[1]}"#, fields: Self.faultFields)
        #expect(nothing.message == nil, "no alternative holds a scalar")
    }

    @Test("missing members leave the field nil, the whole body stays in `body`, the header supplies the request ID")
    func missingMembers() async throws {
        let body = #"{"unrelated":{"text":"x"},"count":3}"#
        let error = try await apiError(body, fields: Self.faultFields, headers: ["x-request-id": "req_h"])
        #expect(error.message == nil && error.type == nil && error.code == nil && error.param == nil)
        #expect(error.requestID == "req_h")
        #expect(error.body == ["unrelated": ["text": "x"], "count": 3])
        #expect(error.description == #"HTTP 400: no error message; body {"count":3,"unrelated":{"text":"x"}} (request req_h)"#,
                "a body nobody could read a message from is still shown")
    }

    @Test("the description shows at most 200 characters of an unread JSON body, on one line")
    func longBodySummary() async throws {
        let body = #"{"detail":""# + String(repeating: "x", count: 500) + "\\n" + #""}"#
        let error = try await apiError(body, fields: nil)
        let summary = try #require(error.description.split(separator: "; body ", maxSplits: 1).last)
        #expect(summary.count == 201 && summary.hasSuffix("…"))
        #expect(!error.description.contains("\n"))
    }

    @Test("member names are matched exactly: a dot or an empty name inside a member is just a character")
    func memberNamesAreLiteral() async throws {
        let fields = ErrorFieldPaths(message: [["a.b"], [""], ["a", "b"]])
        #expect(try await apiError(#"{"a.b":"dotted","a":{"b":"nested"}}"#, fields: fields).message == "dotted")
        #expect(try await apiError(#"{"":"empty name","a":{"b":"nested"}}"#, fields: fields).message == "empty name")
        #expect(try await apiError(#"{"a":{"b":"nested"}}"#, fields: fields).message == "nested")
    }

    @Test("without error fields nothing is guessed: a JSON object is kept whole in `body`, its envelope unread")
    func genericRule() async throws {
        let body = #"{"error":{"message":"Bad model","type":"invalid_request_error","code":"model_not_found"},"request_id":"r1"}"#
        for fields in [nil, ErrorFieldPaths.none] {
            let error = try await apiError(body, status: 404, fields: fields)
            #expect(error.message == nil && error.type == nil && error.code == nil && error.param == nil)
            #expect(error.requestID == nil, "`request_id` is only read when the spec names it")
            #expect(error.body?["error"]?["message"] == "Bad model")
            #expect(error.description == #"HTTP 404: no error message; body {"error":{"code":"model_not_found","message":"Bad model","type":"invalid_request_error"},"request_id":"r1"}"#)
        }
        let simple = try await apiError(#"{"error":"Not found"}"#, status: 404, fields: nil)
        #expect(simple.message == nil && simple.body == ["error": "Not found"])
    }

    @Test("a JSON array is kept in `body` and, having no members, is its own message; a bare JSON scalar is text")
    func nonObjectJSON() async throws {
        for fields in [nil, Self.faultFields] {
            let array = try await apiError(#" [{"fault":"a"},{"fault":"b"}] "#, fields: fields)
            #expect(array.body == [["fault": "a"], ["fault": "b"]])
            #expect(array.message == #"[{"fault":"a"},{"fault":"b"}]"#)
            #expect(array.type == nil && array.code == nil)

            let string = try await apiError(#""Overloaded""#, status: 503, fields: fields)
            #expect(string.message == #""Overloaded""# && string.body == nil)
            let number = try await apiError("42", status: 500, fields: fields)
            #expect(number.message == "42" && number.body == nil)
        }
    }

    @Test("a plain-text body is kept, trimmed, as the message, with or without error fields")
    func plainText() async throws {
        for fields in [nil, Self.faultFields] {
            let error = try await apiError("\n  upstream connect error or disconnect/reset before headers\r\n", status: 503, fields: fields)
            #expect(error.message == "upstream connect error or disconnect/reset before headers")
            #expect(error.body == nil && error.code == nil)
            #expect(try await apiError("   \n", status: 502, fields: fields).message == nil, "whitespace only is no message")
            #expect(try await apiError("", status: 502, fields: fields).message == nil)
        }
    }

    @Test("an HTML page from a proxy is text, cut at 500 characters; a body that only starts like JSON is text too")
    func proxyHTML() async throws {
        let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
            + String(repeating: "<p>nginx</p>", count: 100) + "</body></html>"
        for fields in [nil, Self.faultFields] {
            let error = try await apiError(page, status: 502, fields: fields)
            let message = try #require(error.message)
            #expect(message.hasPrefix("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"))
            #expect(message.count == 501 && message.hasSuffix("…"))
            #expect(error.body == nil)
            #expect(!error.description.contains("\n"))

            let broken = try await apiError(#"{"fault":{"text":"cut off"#, status: 502, fields: fields)
            #expect(broken.message == #"{"fault":{"text":"cut off"# && broken.body == nil)
        }
    }

    @Test("Infercom's x-error-fields read the envelope, the simple shape, then a top-level message or detail", arguments: [
        (#"{"error":{"message":"envelope"},"message":"top"}"#, "envelope"),
        (#"{"error":"simple","message":"top"}"#, "simple"),
        (#"{"message":"top","detail":"detail"}"#, "top"),
        (#"{"detail":"Not authenticated"}"#, "Not authenticated"),
        (#"{"error":{"code":5},"detail":"detail"}"#, "detail"),
    ])
    func infercomMessage(body: String, message: String) async throws {
        let error = try await apiError(body, fields: InfercomClient.clientDefaults.errorFields)
        #expect(error.message == message)
    }
}
