#if LibcurlTransport
import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

extension EndToEndTests {
    /// Form bodies through the real encoder, libcurl and TCP: the exact bytes the server received.
    @Suite("Form bodies on the wire")
    struct FormBodies {
        struct Reply: Decodable, Sendable, Equatable {
            var id: String
        }

        struct Expiry: Encodable, Sendable {
            var anchor: String
            var seconds: Int
        }

        static func client(_ server: LoopbackServer) -> APIClient {
            APIClient(configuration: ClientConfiguration(
                baseURL: server.url("/v1"), apiKey: E2E.apiKey, timeouts: E2E.timeouts, retryPolicy: .disabled,
                transport: CurlTransport(configuration: .init())))
        }

        /// A form as the generated `CreateFileForm.multipartForm` builds it, with a hostile filename.
        static var uploadForm: MultipartForm {
            var form = MultipartForm()
            form.append(MultipartFile(bytes: [0x00, 0x0D, 0x0A, 0xFF, 0x2D, 0x2D], filename: "re\"port\r\nX-Evil: 1.bin"), name: "file")
            form.append("fine-tune", name: "purpose")
            form.append(["a", "b"], name: "tags")
            form.append(Expiry(anchor: "created_at", seconds: 60), name: "expires_after")
            return form
        }

        @Test("a multipart body arrives byte for byte as encoded, with its boundary in the Content-Type")
        func multipart() async throws {
            let server = try LoopbackServer { _, writer in writer.respondJSON(Array(#"{"id":"file_1"}"#.utf8)) }
            defer { server.stop() }
            let request = OperationRequest(operationID: "createFile", method: "POST", path: "/files", content: .multipart(Self.uploadForm))
            let reply = try await Self.client(server).perform(request, as: Reply.self).value
            #expect(reply == Reply(id: "file_1"))

            let received = try #require(server.requests.first)
            let contentType = try #require(received.header("Content-Type"))
            let prefix = "multipart/form-data; boundary="
            #expect(contentType.hasPrefix(prefix))
            let boundary = String(contentType.dropFirst(prefix.count))
            var expected = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"re%22port%0D%0AX-Evil: 1.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            expected += [0x00, 0x0D, 0x0A, 0xFF, 0x2D, 0x2D]
            expected += Array(("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"expires_after\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"anchor\":\"created_at\",\"seconds\":60}\r\n--\(boundary)--\r\n").utf8)
            #expect(received.body == expected)
            #expect(received.header("Content-Length") == String(expected.count))

            // An independent parser (Python's `email`, as CGI-era servers parse forms) reads the same fields.
            let parsed = try Self.parseWithPython(contentType: contentType, body: received.body)
            #expect(parsed == [
                "file|re%22port%0D%0AX-Evil: 1.bin|application/octet-stream|000d0aff2d2d",
                "purpose|||\(Self.hex("fine-tune"))",
                "tags|||\(Self.hex("a"))",
                "tags|||\(Self.hex("b"))",
                "expires_after||application/json|\(Self.hex("{\"anchor\":\"created_at\",\"seconds\":60}"))",
            ])
        }

        @Test("a URL-encoded body arrives byte for byte as the form rules encode it")
        func urlEncoded() async throws {
            let server = try LoopbackServer { _, writer in writer.respondJSON(Array(#"{"id":"tok_1"}"#.utf8)) }
            defer { server.stop() }
            var form = URLEncodedForm()
            form.append("client_credentials", name: "grant_type")
            form.append("ann & bob/ü", name: "client_id")
            form.append(["read", "write"], name: "scope", explode: false)
            form.append(["team": "a b"], name: "meta", style: .deepObject)
            let request = OperationRequest(operationID: "createToken", method: "POST", path: "/oauth/token", content: .urlEncodedForm(form))
            #expect(try await Self.client(server).perform(request, as: Reply.self).value == Reply(id: "tok_1"))

            let received = try #require(server.requests.first)
            #expect(received.header("Content-Type") == "application/x-www-form-urlencoded")
            let expected = "grant_type=client_credentials&client_id=ann+%26+bob%2F%C3%BC&scope=read%2Cwrite&meta%5Bteam%5D=a+b"
            #expect(received.body == Array(expected.utf8))
        }

        @Test("deepObject arrays arrive in the form's notation, in the body and in the query")
        func deepObjectArrays() async throws {
            let server = try LoopbackServer { _, writer in writer.respondJSON(Array(#"{"id":"in_1"}"#.utf8)) }
            defer { server.stop() }
            // What a client generated with `deepObjectArrays: indices` builds for Stripe-style calls.
            var form = URLEncodedForm(deepObjectArrays: .indices)
            form.append("cus_1", name: "customer")
            form.append([["price": "p1", "quantity": 2]] as JSONValue, name: "lines", style: .deepObject)
            let query = ["customer", "lines"].enumerated().map { QueryItem(name: "expand[" + String($0) + "]", value: $1) }
            let request = OperationRequest(
                operationID: "createInvoice", method: "POST", path: "/invoices", query: query, content: .urlEncodedForm(form))
            #expect(try await Self.client(server).perform(request, as: Reply.self).value == Reply(id: "in_1"))

            let received = try #require(server.requests.first)
            #expect(received.path.hasSuffix("/invoices?expand%5B0%5D=customer&expand%5B1%5D=lines"), "\(received.path)")
            let expected = "customer=cus_1&lines%5B0%5D%5Bprice%5D=p1&lines%5B0%5D%5Bquantity%5D=2"
            #expect(received.body == Array(expected.utf8))
        }

        static func hex(_ text: String) -> String { Array(text.utf8).map { String(format: "%02x", $0) }.joined() }

        /// `name|filename|content type|payload hex` per part, as Python's `email` package parses the body.
        static func parseWithPython(contentType: String, body: [UInt8]) throws -> [String] {
            let script = """
                import sys, email, email.policy
                data = sys.stdin.buffer.read()
                message = email.message_from_bytes(b"Content-Type: " + sys.argv[1].encode() + b"\\r\\n\\r\\n" + data, policy=email.policy.HTTP)
                assert message.is_multipart() and not message.defects, message.defects
                for part in message.iter_parts():
                    assert not part.defects, part.defects
                    explicit = part.get("Content-Type") is not None
                    print("|".join([part.get_param("name", header="content-disposition"), part.get_filename() or "",
                        part.get_content_type() if explicit else "", part.get_payload(decode=True).hex()]))
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, contentType]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(body))
            try input.fileHandleForWriting.close()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "python3 could not parse the body")
            return text.split(separator: "\n").map(String.init)
        }
    }
}
#endif
