internal import CCurl
import OpenAPITransport

/// libcurl's process-wide initialisation, performed exactly once.
///
/// `curl_global_init` is not thread-safe against itself, so it hides behind a Swift global
/// `static let`, whose lazy initialisation the runtime guarantees to run once (swift_once).
/// It is never undone: `curl_global_cleanup` would race with any other libcurl user in the process.
enum CurlGlobal {
    private static let initResult: CURLcode = curl_global_init(ccurl_global_all)

    /// Initialises libcurl if needed; fails only if libcurl itself could not start (e.g. TLS backend).
    static func ensureInitialized() throws(TransportError) {
        let code = initResult
        guard code == CURLE_OK else {
            throw .connectionFailed(detail: "libcurl initialisation failed: \(String(cString: curl_easy_strerror(code)))")
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up and at least 1, because libcurl reads 0 as "no limit".
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds.multipliedReportingOverflow(by: 1000)
        guard !millis.overflow else { return Int.max / 2 }
        let fraction = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return max(1, Int(millis.partialValue + fraction))
    }
}
