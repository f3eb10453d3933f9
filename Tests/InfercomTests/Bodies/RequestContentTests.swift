@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `RequestContent`: each kind of body's bytes and `Content-Type`.
@Suite("Request content")
struct RequestContentTests {
    @Test("bytes are sent unchanged with their media type")
    func binary() throws {
        let body = try RequestContent.binary([0, 1, 255], contentType: "image/png").encoded()
        #expect(body == EncodedBody(contentType: "image/png", bytes: [0, 1, 255]))
    }

    @Test("text is UTF-8 and says so; a type naming UTF-8 is kept; another charset is refused")
    func text() throws {
        #expect(try RequestContent.text("é", contentType: "text/plain").encoded() == EncodedBody(contentType: "text/plain; charset=utf-8", bytes: [0xC3, 0xA9]))
        #expect(try RequestContent.text("x", contentType: "text/csv; charset=UTF-8").encoded().contentType == "text/csv; charset=UTF-8")
        #expect(throws: BodyEncodingError.self) { try RequestContent.text("x", contentType: "text/plain; charset=iso-8859-1").encoded() }
        #expect(throws: BodyEncodingError.self) { try RequestContent.binary([], contentType: "a/b\r\nX: y").encoded() }
    }

    @Test("a multipart body names its boundary in the Content-Type, and the body uses it")
    func multipartContentType() throws {
        var form = MultipartForm()
        form.append("v", name: "k")
        let body = try RequestContent.multipart(form).encoded()
        let prefix = "multipart/form-data; boundary="
        #expect(body.contentType.hasPrefix(prefix))
        let boundary = String(body.contentType.dropFirst(prefix.count))
        #expect(String(decoding: body.bytes, as: UTF8.self) == "--\(boundary)\r\nContent-Disposition: form-data; name=\"k\"\r\n\r\nv\r\n--\(boundary)--\r\n")
    }

    @Test("the JSON body of an OperationRequest is its content, both ways")
    func jsonBodyIsContent() {
        var request = OperationRequest(operationID: "op", method: "POST", path: "/", body: ["a": 1])
        guard case .json? = request.content else {
            Issue.record("expected JSON content")
            return
        }
        request.content = .text("x", contentType: "text/plain")
        #expect(request.body == nil)
    }
}
