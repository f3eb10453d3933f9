@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `MultipartForm`: the exact bytes of each kind of field, and names no value can break out of.
@Suite("Multipart form encoding")
struct MultipartFormTests {
    struct Expiry: Encodable, Sendable {
        var anchor: String
        var seconds: Int
    }

    enum Purpose: String, Encodable, Sendable {
        case batch
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("files, text, numbers, booleans, enums, objects and arrays become the parts RFC 7578 describes")
    func everyKindOfField() throws {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: Array("a\r\nb".utf8), filename: "notes.txt", contentType: "text/plain"), name: "file")
        form.append(MultipartFile(bytes: [0x00, 0xFF], filename: "blob.bin"), name: "raw")
        form.append(Purpose.batch, name: "purpose")
        form.append("Grüße", name: "caption")
        form.append(42, name: "count")
        form.append(0.25, name: "temperature")
        form.append(true, name: "stream")
        form.append(Expiry(anchor: "created_at", seconds: 3600), name: "expires_after")
        form.append(["word", "segment"], name: "granularity")
        form.append("v=0", name: "sdp", contentType: "application/sdp")
        let expected =
            "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\na\r\nb\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"blob.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{FFFD}\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nGrüße\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n42\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"temperature\"\r\n\r\n0.25\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"stream\"\r\n\r\ntrue\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"expires_after\"\r\nContent-Type: application/json\r\n\r\n"
            + "{\"anchor\":\"created_at\",\"seconds\":3600}\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"granularity\"\r\n\r\nword\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"granularity\"\r\n\r\nsegment\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"sdp\"\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n"
            + "--B--\r\n"
        let bytes = try form.encoded(boundary: "B")
        // The binary part's 0xFF is compared as bytes, not through String's repair.
        #expect(Array(bytes[bytes.firstIndex(of: 0x00)!...].prefix(2)) == [0x00, 0xFF])
        #expect(Self.text(bytes) == expected)
    }

    @Test("an object inside an array is a JSON part with its keys sorted, the same bytes every time")
    func objectPartIsJSON() throws {
        var form = MultipartForm()
        form.append([["b": 1, "a": 2]], name: "meta")
        let text = Self.text(try form.encoded(boundary: "B"))
        #expect(text.contains("Content-Type: application/json\r\n\r\n{\"a\":2,\"b\":1}\r\n"))
    }

    @Test("an array of arrays sends each inner array as a JSON part")
    func nestedArrays() throws {
        var form = MultipartForm()
        form.append([[1, 2], [3]], name: "m")
        let text = Self.text(try form.encoded(boundary: "B"))
        #expect(text.components(separatedBy: "name=\"m\"").count == 3)
        #expect(text.contains("\r\n\r\n[1,2]\r\n") && text.contains("\r\n\r\n[3]\r\n"))
    }

    @Test("quotes, backslashes, CR, LF and other controls in names and filenames are percent-encoded, so no header is injected",
          arguments: [
            "evil\"; name=\"x", "a\r\nContent-Type: text/html\r\n\r\n<script>", "back\\slash\\", "nul\u{0}tab\tdel\u{7F}",
          ])
    func hostileNames(_ hostile: String) throws {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: [1], filename: hostile), name: hostile)
        let text = Self.text(try form.encoded(boundary: "B"))
        let lines = text.components(separatedBy: "\r\n")
        // Exactly: delimiter, disposition, content type, blank, content, closing delimiter.
        #expect(lines.count == 7, "\(lines)")
        #expect(lines[1].hasPrefix("Content-Disposition: form-data; name=\""))
        #expect(lines[2] == "Content-Type: application/octet-stream")
        let disposition = lines[1]
        // Only the four quotes that delimit the two values remain, and nothing a parser reads as quoting.
        #expect(disposition.filter { $0 == "\"" }.count == 4)
        #expect(!disposition.contains("\\"))
        #expect(!disposition.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test("the hostile names are encoded the way browsers encode them")
    func escapingIsExact() throws {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: [], filename: "a\"b\r\nc\\d é.txt"), name: "f\"")
        let text = Self.text(try form.encoded(boundary: "B"))
        #expect(text.contains("Content-Disposition: form-data; name=\"f%22\"; filename=\"a%22b%0D%0Ac%5Cd é.txt\"\r\n"))
    }

    @Test("boundaries are random, valid and different for each request")
    func boundaries() {
        let first = MultipartForm.makeBoundary(), second = MultipartForm.makeBoundary()
        #expect(first != second)
        for boundary in [first, second] {
            #expect(boundary.count <= 70)
            #expect(boundary.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        }
    }

    @Test("a part that contains the delimiter is refused instead of being split")
    func boundaryInContent() {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: Array("x\r\n--B--\r\n".utf8), filename: "f"), name: "f")
        #expect(throws: BodyEncodingError.self) { try form.encoded(boundary: "B") }
    }

    @Test("a null value, a media type with a line break and an invalid boundary are refused")
    func refusals() {
        var nullForm = MultipartForm()
        nullForm.append(Optional<String>.none, name: "n")
        #expect(throws: BodyEncodingError.self) { try nullForm.encoded(boundary: "B") }
        var injected = MultipartForm()
        injected.append(MultipartFile(bytes: [], filename: "f", contentType: "text/plain\r\nX-Evil: 1"), name: "f")
        #expect(throws: BodyEncodingError.self) { try injected.encoded(boundary: "B") }
        #expect(throws: BodyEncodingError.self) { try MultipartForm().encoded(boundary: "bad\r\nboundary") }
    }

    @Test("the spec's encoding content type applies to a file unless the file names its own; lists fall back to octet-stream")
    func fileContentTypes() throws {
        var form = MultipartForm()
        form.append(MultipartFile(bytes: [], filename: "a.mp3"), name: "a", contentType: "audio/mpeg")
        form.append(MultipartFile(bytes: [], filename: "b.wav", contentType: "audio/wav"), name: "b", contentType: "audio/mpeg")
        form.append(MultipartFile(bytes: [], filename: "c.png"), name: "c", contentType: "image/png, image/jpeg")
        let text = Self.text(try form.encoded(boundary: "B"))
        #expect(text.contains("filename=\"a.mp3\"\r\nContent-Type: audio/mpeg\r\n"))
        #expect(text.contains("filename=\"b.wav\"\r\nContent-Type: audio/wav\r\n"))
        #expect(text.contains("filename=\"c.png\"\r\nContent-Type: application/octet-stream\r\n"))
    }
}

extension MultipartFormTests {
    struct Ordered: Encodable, Sendable {
        var zeta: Float
        var alpha: Int
    }

    @Test("a Float is sent as JSON spells it, in text and JSON parts; JSON parts sort their keys")
    func exactNumbersAndOrder() throws {
        var form = MultipartForm()
        form.append(Float(0.1), name: "f")
        form.append(Ordered(zeta: 0.1, alpha: 1), name: "o")
        let text = Self.text(try form.encoded(boundary: "B"))
        #expect(text.contains("name=\"f\"\r\n\r\n0.1\r\n"))
        #expect(text.contains("\r\n\r\n{\"alpha\":1,\"zeta\":0.1}\r\n"))
    }
}
