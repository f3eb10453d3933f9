@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `performText`: text read in the charset the response names, never repaired into a plausible string.
@Suite("Text responses")
struct TextResponseTests {
    static func text(_ bytes: [UInt8], contentType: String?) async throws -> String {
        let headers: HTTPFields = contentType.map { ["Content-Type": $0] } ?? [:]
        let client = mockClient(MockTransport(.bytes(200, bytes, headers: headers)))
        return try await client.performText(OperationRequest(operationID: "read", method: "GET", path: "/t"), accept: "text/vtt").value
    }

    @Test("UTF-8 without a charset, UTF-8 named, US-ASCII and ISO-8859-1 are read")
    func charsets() async throws {
        #expect(try await Self.text([0x47, 0xC3, 0xBC], contentType: nil) == "Gü")
        #expect(try await Self.text([0x47, 0xC3, 0xBC], contentType: "text/plain; charset=\"UTF-8\"") == "Gü")
        #expect(try await Self.text([0x41], contentType: "text/plain; charset=us-ascii") == "A")
        #expect(try await Self.text([0x47, 0xFC], contentType: "text/plain; charset=ISO-8859-1") == "Gü")
    }

    @Test("bytes invalid in the charset, and a charset the client cannot read, are decoding errors")
    func refusals() async throws {
        for (bytes, contentType) in [([0x47, 0xFC], "text/plain"), ([0xC3], "text/plain; charset=utf-8"), ([0x80], "text/plain; charset=us-ascii"), ([0x41], "text/plain; charset=shift_jis")] as [([UInt8], String)] {
            await #expect {
                _ = try await Self.text(bytes, contentType: contentType)
            } throws: { error in
                guard let failure = (error as? ClientError)?.decodingFailure else { return false }
                return failure.operationID == "read"
            }
        }
    }

    @Test("the declared media type is asked for")
    func acceptHeader() async throws {
        let transport = MockTransport(.text(200, "WEBVTT"))
        _ = try await mockClient(transport).performText(OperationRequest(operationID: "read", method: "GET", path: "/t"), accept: "text/vtt")
        #expect(transport.requests.first?.headers["accept"] == "text/vtt")
    }
}
