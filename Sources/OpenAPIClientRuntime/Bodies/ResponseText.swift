/// Text response bodies, read in the charset their `Content-Type` names.
enum ResponseText {
    static func decode(_ bytes: [UInt8], contentType: String?, operationID: String, status: Int) throws(ClientError) -> String {
        let charset = contentType.flatMap(MediaTypeText.charset(of:)) ?? "utf-8"
        let text: String?
        switch charset {
        case "utf-8", "utf8":
            text = String(validating: bytes, as: UTF8.self)
        case "us-ascii", "ascii":
            text = bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : nil
        case "iso-8859-1", "latin1", "iso_8859-1":
            // Each byte is the code point of the same number.
            var result = String.UnicodeScalarView()
            for byte in bytes { result.append(Unicode.Scalar(byte)) }
            text = String(result)
        default:
            throw ClientError.decoding(DecodingFailure(
                operationID: operationID, typeName: "String", path: "", detail: "the response's charset '\(charset)' is not supported",
                snippet: DecodingFailure.snippet(bytes), status: status))
        }
        guard let text else {
            throw ClientError.decoding(DecodingFailure(
                operationID: operationID, typeName: "String", path: "", detail: "the body is not valid \(charset.uppercased())",
                snippet: DecodingFailure.snippet(bytes), status: status))
        }
        return text
    }
}
