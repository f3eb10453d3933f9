internal import CCurl
import OpenAPITransport

extension CurlTransfer {
    /// No limit in `Timeouts` still needs a number for curl's connect timeout (0 means its 300 s default).
    private static let unlimitedConnectMilliseconds = 365 * 24 * 3600 * 1000

    /// Takes an easy handle (a recycled one when available) and configures it for `request`.
    /// Driver thread only.
    ///
    /// The handle is stored before any option is set, so `complete` frees it even when setup fails.
    func prepareHandle() throws(TransportError) -> CurlEasyHandle {
        try CurlGlobal.ensureInitialized()
        let easy = try driver.makeEasyHandle()
        onDriver.easy = easy
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(ccurl_error_size))
        buffer.initialize(repeating: 0, count: Int(ccurl_error_size))
        onDriver.errorBuffer = buffer
        try easy.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(buffer))

        try easy.set(CURLOPT_URL, request.url)
        try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_NOSIGNAL, true)  // signals cannot reach a Swift program safely
        try easy.set(CURLOPT_FOLLOWLOCATION, false)
        try easy.set(CURLOPT_SUPPRESS_CONNECT_HEADERS, true)  // a proxy's CONNECT reply is not our head
        try easy.set(CURLOPT_TCP_KEEPALIVE, true)  // a model may think for minutes on a silent connection
        try? easy.set(CURLOPT_HTTP_VERSION, Int(ccurl_http_version_2tls))  // tolerated if built without HTTP/2

        try connectionOptions.apply(to: easy)
        try setMethodAndBody(easy)
        try setHeaders(easy)
        try setTimeouts(easy)
        try setCallbacks(easy)
        return easy
    }

    private func setMethodAndBody(_ easy: CurlEasyHandle) throws(TransportError) {
        let method = request.method
        guard !method.isEmpty, method.utf8.allSatisfy(Self.isTokenByte) else {
            throw .invalidRequest(detail: "invalid HTTP method \"\(method)\"")
        }
        switch (method, request.body) {
        case ("GET", nil):
            try easy.set(CURLOPT_HTTPGET, true)
        case ("HEAD", nil):
            try easy.set(CURLOPT_NOBODY, true)
        case ("POST", let body):
            try easy.setBody(body ?? [])
        case (_, let body?):
            try easy.setBody(body)
            try easy.set(CURLOPT_CUSTOMREQUEST, method)
        case (_, nil):
            try easy.set(CURLOPT_CUSTOMREQUEST, method)
        }
    }

    private func setHeaders(_ easy: CurlEasyHandle) throws(TransportError) {
        var sawContentType = false
        var sawExpect = false
        for field in request.headers {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(Self.isTokenByte) else {
                throw .invalidRequest(detail: "invalid header name \"\(field.name)\"")
            }
            guard !field.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
                throw .invalidRequest(detail: "header \(field.name) contains a line break or NUL")
            }
            switch field.name.lowercased() {
            case "content-length", "transfer-encoding": continue  // curl frames the body it was given
            case "content-type": sawContentType = true
            case "expect": sawExpect = true
            default: break
            }
            try onDriver.headerList.append(name: field.name, value: field.value)
        }
        // Without these, curl would add a form-urlencoded type and wait for `100 Continue`.
        if request.body != nil || request.method == "POST", !sawContentType { try onDriver.headerList.suppress("Content-Type") }
        if !sawExpect { try onDriver.headerList.suppress("Expect") }
        try easy.set(CURLOPT_HTTPHEADER, headers: onDriver.headerList)
    }

    private func setTimeouts(_ easy: CurlEasyHandle) throws(TransportError) {
        let timeouts = request.timeouts
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, timeouts.connect?.curlMilliseconds ?? Self.unlimitedConnectMilliseconds)
        try easy.set(CURLOPT_TIMEOUT_MS, timeouts.total?.curlMilliseconds ?? 0)  // 0: no total limit
        // The idle limit is enforced by the driver with millisecond precision (CURLOPT_LOW_SPEED_TIME is whole seconds).
    }

    private func setCallbacks(_ easy: CurlEasyHandle) throws(TransportError) {
        // The transfer outlives its handle (the driver holds it while the handle is in the multi),
        // so an unretained pointer is valid in every callback.
        let context = Unmanaged.passUnretained(self).toOpaque()
        try easy.set(CURLOPT_HEADERFUNCTION, callback: { data, size, count, context in
            guard let data, let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
        })
        try easy.set(CURLOPT_HEADERDATA, pointer: context)
        try easy.set(CURLOPT_WRITEFUNCTION, callback: { data, size, count, context in
            guard let data, let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        })
        try easy.set(CURLOPT_WRITEDATA, pointer: context)
    }

    /// RFC 9110 `tchar`: what a method or header name may contain.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
