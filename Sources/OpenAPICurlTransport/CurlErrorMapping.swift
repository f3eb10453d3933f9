internal import CCurl
import OpenAPITransport

/// Translates how a libcurl transfer ended into the transport's error vocabulary.
enum CurlErrorMapping {
    private static let connectionFailures: Set<UInt32> = [
        CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_PROXY,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    /// The peer's certificate (or its chain) failed verification.
    private static let certificateRejections: Set<UInt32> = [
        CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
        CURLE_SSL_INVALIDCERTSTATUS,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    private static let tlsFailures: Set<UInt32> = [
        CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE,
        CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_CRL_BADFILE, CURLE_USE_SSL_FAILED,
        CURLE_SSL_CLIENTCERT, CURLE_SSL_SHUTDOWN_FAILED,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    private static let invalidRequests: Set<UInt32> = [
        CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL, CURLE_BAD_FUNCTION_ARGUMENT,
        CURLE_NOT_BUILT_IN, CURLE_UNKNOWN_OPTION,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    private static let connectionLosses: Set<UInt32> = [
        CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING,
        CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    /// The error for a transfer that ended with `code`.
    /// - Parameters:
    ///   - errorBuffer: curl's CURLOPT_ERRORBUFFER text (more specific than `curl_easy_strerror`).
    ///   - receivedResponse: whether any response byte arrived (the connection certainly worked).
    ///   - elapsedMilliseconds: the transfer's CURLINFO_TOTAL_TIME, to tell which time limit fired.
    ///   - totalLimitMilliseconds: the request's total timeout as given to curl, if any.
    static func error(
        for code: CURLcode, errorBuffer: String, receivedResponse: Bool,
        elapsedMilliseconds: Int, totalLimitMilliseconds: Int?
    ) -> TransportError {
        let detail = describe(code, errorBuffer: errorBuffer)
        if code == CURLE_OPERATION_TIMEDOUT {
            // curl has one error code for both limits. A response byte, or having reached the total
            // limit, means it was the total; otherwise the connect limit (the shorter one) fired.
            if receivedResponse { return .timedOut(.total) }
            if let total = totalLimitMilliseconds, elapsedMilliseconds + 20 >= total { return .timedOut(.total) }
            return .timedOut(.connect)
        }
        if connectionFailures.contains(code.rawValue) { return .connectionFailed(detail: detail) }
        if certificateRejections.contains(code.rawValue) { return .certificateRejected(detail: detail) }
        if tlsFailures.contains(code.rawValue) { return .tlsFailed(detail: detail) }
        if invalidRequests.contains(code.rawValue) { return .invalidRequest(detail: detail) }
        if connectionLosses.contains(code.rawValue) || receivedResponse { return .connectionLost(detail: detail) }
        return .connectionFailed(detail: detail)
    }

    /// curl's own message (its error buffer when filled, else the generic text) with the code number.
    static func describe(_ code: CURLcode, errorBuffer: String) -> String {
        let text = errorBuffer.isEmpty ? String(cString: curl_easy_strerror(code)) : errorBuffer
        return "\(text) (curl error \(code.rawValue))"
    }
}
