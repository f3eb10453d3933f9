internal import CCurl
import OpenAPITransport

/// A libcurl easy handle with typed option setters and info getters.
///
/// A plain value wrapper: the owning `CurlTransfer` decides when to `cleanup()`, and only the
/// driver thread ever calls into it.
struct CurlEasyHandle {
    let raw: UnsafeMutableRawPointer

    init() throws(TransportError) {
        guard let raw = curl_easy_init() else {
            throw .connectionFailed(detail: "curl_easy_init failed (out of memory?)")
        }
        self.raw = raw
    }

    func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(ccurl_easy_setopt_long(raw, option, value), option)
    }

    func set(_ option: CURLoption, _ value: Bool) throws(TransportError) {
        try set(option, value ? 1 : 0)
    }

    func set(_ option: CURLoption, int64 value: Int64) throws(TransportError) {
        try check(ccurl_easy_setopt_int64(raw, option, curl_off_t(value)), option)
    }

    /// Sets a string option; libcurl copies string options, so the Swift string need not outlive the call.
    func set(_ option: CURLoption, _ value: String) throws(TransportError) {
        try check(value.withCString { ccurl_easy_setopt_string(raw, option, $0) }, option)
    }

    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws(TransportError) {
        try check(ccurl_easy_setopt_ptr(raw, option, value), option)
    }

    /// Sets a `struct curl_blob` option; libcurl copies the bytes.
    func set(_ option: CURLoption, bytes: [UInt8]) throws(TransportError) {
        try check(bytes.withUnsafeBytes { ccurl_easy_setopt_blob(raw, option, $0.baseAddress, $0.count) }, option)
    }

    func set(_ option: CURLoption, headers: CurlHeaderList) throws(TransportError) {
        try check(ccurl_easy_setopt_slist(raw, option, headers.head), option)
    }

    func set(_ option: CURLoption, callback: curl_write_callback) throws(TransportError) {
        try check(ccurl_easy_setopt_write_callback(raw, option, callback), option)
    }

    /// Copies `bytes` into libcurl as the request body (CURLOPT_COPYPOSTFIELDS), size first.
    func setBody(_ bytes: [UInt8]) throws(TransportError) {
        try set(CURLOPT_POSTFIELDSIZE_LARGE, int64: Int64(bytes.count))
        let code = bytes.withUnsafeBytes { buffer in
            // A zero-length body still needs a valid pointer; libcurl copies `count` bytes from it.
            let base = buffer.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
            return ccurl_easy_setopt_ptr(raw, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
        }
        try check(code, CURLOPT_COPYPOSTFIELDS)
    }

    func info(_ info: CURLINFO) -> Int {
        var value = 0
        return ccurl_easy_getinfo_long(raw, info, &value) == CURLE_OK ? value : 0
    }

    func info(int64 info: CURLINFO) -> Int64 {
        var value: curl_off_t = 0
        return ccurl_easy_getinfo_int64(raw, info, &value) == CURLE_OK ? Int64(value) : 0
    }

    /// Resumes a transfer paused by `CURL_WRITEFUNC_PAUSE`; may call the write callback re-entrantly.
    func unpause() {
        _ = curl_easy_pause(raw, ccurl_pause_cont)
    }

    func cleanup() {
        curl_easy_cleanup(raw)
    }

    /// Clears every option for reuse; the handle keeps its buffers and DNS cache.
    func reset() {
        curl_easy_reset(raw)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(TransportError) {
        guard code == CURLE_OK else {
            let reason = String(cString: curl_easy_strerror(code))
            throw .invalidRequest(detail: "libcurl rejected option \(option.rawValue): \(reason)")
        }
    }
}
