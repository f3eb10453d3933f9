import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Security)
import Security
#endif

/// Server-trust evaluation against `TrustRoots` for `URLSessionTransport`.
///
/// With `.system` the platform's default handling runs (full verification). With custom roots
/// (Apple platforms only) the server's chain must lead to one of them *and* pass the default SSL
/// policy (host name, validity dates); the system's anchors are then not trusted.
struct URLSessionTrust: Sendable {
    enum Decision {
        case useDefault
        case trusted(URLCredential)
        case rejected(String)
    }

    /// DER certificates of the custom roots; `nil` means the system's store.
    private let anchors: [[UInt8]]?
    private let rootsDescription: String

    init(_ roots: TrustRoots) {
        rootsDescription = roots.description
        switch roots.source {
        case .system: anchors = nil
        case .pem(let text): anchors = TrustRoots.certificateBlocks(in: text)
        case .pemFile(let path):
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            anchors = TrustRoots.certificateBlocks(in: text)  // unreadable: no anchors, so nothing is trusted
        }
    }

    func evaluate(_ challenge: URLAuthenticationChallenge) -> Decision {
        #if canImport(Security)
        guard let anchors, challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust else {
            return .useDefault
        }
        guard let serverTrust = challenge.protectionSpace.serverTrust else { return .rejected("no server trust to evaluate") }
        let certificates = anchors.compactMap { SecCertificateCreateWithData(nil, Data($0) as CFData) }
        guard !certificates.isEmpty else { return .rejected("\(rootsDescription) holds no usable certificate") }
        SecTrustSetPolicies(serverTrust, SecPolicyCreateSSL(true, challenge.protectionSpace.host as CFString))
        SecTrustSetAnchorCertificates(serverTrust, certificates as CFArray)
        SecTrustSetAnchorCertificatesOnly(serverTrust, true)
        var error: CFError?
        guard SecTrustEvaluateWithError(serverTrust, &error) else {
            return .rejected("not trusted by \(rootsDescription): \(error.map { "\($0)" } ?? "unknown reason")")
        }
        return .trusted(URLCredential(trust: serverTrust))
        #else
        // FoundationNetworking never asks about server trust (it has no Security framework), and
        // `URLSessionTransport` refuses custom roots there, so only HTTP authentication lands here.
        return .useDefault
        #endif
    }
}
