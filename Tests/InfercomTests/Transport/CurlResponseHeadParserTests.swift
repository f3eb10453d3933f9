#if LibcurlTransport
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// Assembling the response head from libcurl's header callback lines.
@Suite("CurlResponseHeadParser")
struct CurlResponseHeadParserTests {
    private func feed(_ lines: [String]) -> [HTTPResponseHead] {
        var parser = CurlResponseHeadParser()
        return lines.compactMap { line in Array(line.utf8).withUnsafeBytes { parser.consume($0) } }
    }

    @Test("the head completes at the blank line after a final status")
    func simple() {
        let heads = feed(["HTTP/1.1 200 OK\r\n", "Content-Type: text/plain\r\n", "X-A:  spaced  \r\n", "\r\n"])
        #expect(heads == [HTTPResponseHead(status: 200, headers: ["Content-Type": "text/plain", "X-A": "spaced"])])
    }

    @Test("interim 1xx heads are skipped and their headers dropped")
    func interim() {
        let heads = feed(["HTTP/1.1 100 Continue\r\n", "X-Early: 1\r\n", "\r\n", "HTTP/1.1 404 Not Found\r\n", "X-Late: 2\r\n", "\r\n"])
        #expect(heads == [HTTPResponseHead(status: 404, headers: ["X-Late": "2"])])
    }

    @Test("HTTP/2 status lines, folded values, and trailers after the head")
    func variants() {
        let heads = feed(["HTTP/2 204\r\n", "X-Long: a\r\n", " b\r\n", "\r\n", "X-Trailer: t\r\n", "\r\n"])
        #expect(heads == [HTTPResponseHead(status: 204, headers: ["X-Long": "a b"])])
    }
}
#endif
