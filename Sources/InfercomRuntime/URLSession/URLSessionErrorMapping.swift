import Foundation
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
        default:
            return receivedResponse ? .connectionLost(detail: detail) : .connectionFailed(detail: detail)
        }
    }
}
