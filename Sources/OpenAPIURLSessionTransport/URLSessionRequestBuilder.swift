import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Turns an `HTTPRequest` into a `URLRequest`, refusing what could not be sent exactly as given.
enum URLSessionRequestBuilder {
    /// A year: "no limit" for URLSession, which converts intervals to integer milliseconds
    /// (FoundationNetworking would overflow on an infinite or huge value).
    static let noLimit: TimeInterval = 365 * 24 * 3600

    static func urlRequest(for request: HTTPRequest) throws(TransportError) -> URLRequest {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased(), url.host != nil else {
            throw .invalidRequest(detail: "malformed URL \"\(request.url)\"")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidRequest(detail: "unsupported scheme \"\(scheme)\" (http and https only)")
        }
        guard !request.method.isEmpty, request.method.utf8.allSatisfy(isTokenByte) else {
            throw .invalidRequest(detail: "invalid HTTP method \"\(request.method)\"")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        urlRequest.httpShouldHandleCookies = false
        // URLSession's request timeout restarts with every byte received: it is an idle limit.
        if let limit = request.timeouts.idle ?? request.timeouts.connect {
            urlRequest.timeoutInterval = max(0.001, limit.seconds)
        } else {
            urlRequest.timeoutInterval = noLimit
        }
        for field in request.headers {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(isTokenByte) else {
                throw .invalidRequest(detail: "invalid header name \"\(field.name)\"")
            }
            guard !field.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
                throw .invalidRequest(detail: "header \(field.name) contains a line break or NUL")
            }
            switch field.name.lowercased() {
            case "content-length", "transfer-encoding", "connection", "host": continue  // URLSession frames the request
            default: urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
            }
        }
        if let body = request.body { urlRequest.httpBody = Data(body) }
        return urlRequest
    }

    /// RFC 9110 `tchar`: what a method or header name may contain.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

extension Duration {
    /// The duration in (fractional) seconds, as Foundation's `TimeInterval`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
