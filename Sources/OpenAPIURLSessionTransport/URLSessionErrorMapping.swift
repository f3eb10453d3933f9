import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Translates how a `URLSessionTask` failed into the transport's error vocabulary.
enum URLSessionErrorMapping {
    /// - Parameters:
    ///   - receivedResponse: whether the head arrived (a later failure is a lost connection).
    ///   - idleLimited: whether the request's URLSession timeout was the idle limit (else the connect limit).
    static func error(for error: any Error, receivedResponse: Bool, idleLimited: Bool) -> TransportError {
        let nsError = error as NSError
        let detail = "\(nsError.localizedDescription) (NSURLError \(nsError.code))"
        guard nsError.domain == NSURLErrorDomain else { return .connectionFailed(detail: "\(error)") }
        switch nsError.code {
        case NSURLErrorCancelled:
            return .cancelled
        case NSURLErrorTimedOut:
            return .timedOut(idleLimited ? .idle : .connect)
        case NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateHasUnknownRoot, NSURLErrorServerCertificateNotYetValid:
            return .certificateRejected(detail: detail)
        case NSURLErrorSecureConnectionFailed, NSURLErrorClientCertificateRejected, NSURLErrorClientCertificateRequired:
            return .tlsFailed(detail: detail)
        case NSURLErrorBadURL, NSURLErrorUnsupportedURL:
            return .invalidRequest(detail: detail)
        case NSURLErrorNetworkConnectionLost, NSURLErrorBadServerResponse, NSURLErrorZeroByteResource:
            return .connectionLost(detail: detail)
        case NSURLErrorCannotFindHost, NSURLErrorCannotConnectToHost, NSURLErrorDNSLookupFailed,
             NSURLErrorNotConnectedToInternet:
            return .connectionFailed(detail: detail)
        case NSURLErrorUnknown:
            return tlsFailure(from: nsError.localizedDescription, detail: detail)
                ?? (receivedResponse ? .connectionLost(detail: detail) : .connectionFailed(detail: detail))
        default:
            return receivedResponse ? .connectionLost(detail: detail) : .connectionFailed(detail: detail)
        }
    }

    /// FoundationNetworking reports every TLS failure as `NSURLErrorUnknown` with only libcurl's
    /// message, so the message is all there is to tell a rejected certificate (curl error 60) from a
    /// failed handshake. Apple's URLSession has proper codes and never takes this path for TLS.
    private static func tlsFailure(from message: String, detail: String) -> TransportError? {
        let text = message.lowercased()
        let certificateMarkers = ["ssl certificate problem", "certificate subject name", "ssl certificate verify", "ssl peer certificate"]
        if certificateMarkers.contains(where: text.contains) { return .certificateRejected(detail: detail) }
        if text.hasPrefix("ssl") || text.hasPrefix("openssl") || text.contains("tls") { return .tlsFailed(detail: detail) }
        return nil
    }
}
