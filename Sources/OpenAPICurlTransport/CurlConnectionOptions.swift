internal import CCurl
import OpenAPITransport

/// The TLS trust and proxy settings of a `CurlTransport`, applied to each of its transfers.
struct CurlConnectionOptions: Sendable, Hashable {
    var trustRoots: TrustRoots = .system
    var proxy: ProxyConfiguration = .environment

    /// Sets the options on `easy`. Verification stays on (libcurl's default; set again so a
    /// recycled handle can never carry anything else).
    func apply(to easy: CurlEasyHandle) throws(TransportError) {
        try easy.set(CURLOPT_SSL_VERIFYPEER, true)
        try easy.set(CURLOPT_SSL_VERIFYHOST, 2)
        try applyTrust(to: easy, file: CURLOPT_CAINFO, blob: CURLOPT_CAINFO_BLOB, directory: CURLOPT_CAPATH)
        // An `https://` proxy is verified against the same roots (a corporate proxy's CA).
        try applyTrust(to: easy, file: CURLOPT_PROXY_CAINFO, blob: CURLOPT_PROXY_CAINFO_BLOB, directory: CURLOPT_PROXY_CAPATH)
        switch proxy.mode {
        case .environment:
            break  // libcurl reads the proxy variables itself when CURLOPT_PROXY is unset
        case .direct:
            try easy.set(CURLOPT_PROXY, "")  // an empty proxy disables the environment's too
        case .explicit(let url, let bypass):
            guard !url.isEmpty else { throw .invalidRequest(detail: "empty proxy URL") }
            try easy.set(CURLOPT_PROXY, url)
            try easy.set(CURLOPT_NOPROXY, bypass.joined(separator: ","))  // also overrides NO_PROXY
        }
    }

    private func applyTrust(
        to easy: CurlEasyHandle, file: CURLoption, blob: CURLoption, directory: CURLoption
    ) throws(TransportError) {
        switch trustRoots.source {
        case .system:
            return
        case .pemFile(let path):
            try easy.set(file, path)
        case .pem(let text):
            guard !TrustRoots.certificateBlocks(in: text).isEmpty else {
                throw .tlsFailed(detail: "the in-memory CA bundle holds no PEM certificate")
            }
            try easy.set(blob, bytes: Array(text.utf8))
        }
        // Without this, OpenSSL would still consult the system's hashed certificate directory.
        try easy.set(directory, pointer: nil)
    }
}
