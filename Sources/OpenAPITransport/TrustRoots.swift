import Foundation

/// The certificate authorities a transport trusts for HTTPS.
///
/// Certificates are always verified — chain, expiry and host name — and there is deliberately no
/// way to turn that off. What can change is *whom* to trust: the system's store, or a CA bundle of
/// your own (a private CA, or the CA of a corporate proxy that re-signs TLS traffic). A custom
/// bundle *replaces* the system store; to trust both, append your CA to a copy of the system
/// bundle (on Debian `/etc/ssl/certs/ca-certificates.crt`).
public struct TrustRoots: Sendable, Hashable, CustomStringConvertible {
    package enum Source: Sendable, Hashable {
        case system
        case pemFile(String)
        case pem(String)
    }

    package let source: Source

    /// The platform's trust store (libcurl's built-in bundle on Linux, the keychain on Apple platforms).
    public static let system = TrustRoots(source: .system)

    /// Only the CA certificates in the PEM file at `path` (one or more `BEGIN CERTIFICATE` blocks).
    public static func pemFile(_ path: String) -> TrustRoots { TrustRoots(source: .pemFile(path)) }

    /// Only the CA certificates in `pem`, PEM text held in memory (one or more `BEGIN CERTIFICATE` blocks).
    public static func pem(_ pem: String) -> TrustRoots { TrustRoots(source: .pem(pem)) }

    /// The bundle named by `CURL_CA_BUNDLE`, else by `SSL_CERT_FILE`, when either is set; otherwise
    /// `.system`. This is the default of the transports, matching the `curl` command line; the
    /// variables are read when this is called (when the configuration is made).
    public static func environment() -> TrustRoots {
        environment(ProcessInfo.processInfo.environment)
    }

    static func environment(_ variables: [String: String]) -> TrustRoots {
        for name in ["CURL_CA_BUNDLE", "SSL_CERT_FILE"] {
            if let path = variables[name], !path.isEmpty { return .pemFile(path) }
        }
        return .system
    }

    public var description: String {
        switch source {
        case .system: "system trust store"
        case .pemFile(let path): "CA bundle \(path)"
        case .pem(let text): "in-memory CA bundle (\(Self.certificateBlocks(in: text).count) certificates)"
        }
    }

    /// The DER bytes of each `CERTIFICATE` block of PEM text, in order; malformed blocks are skipped
    /// (and so trusted by nobody).
    package static func certificateBlocks(in pem: String) -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        var base64: String?
        for line in pem.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "-----BEGIN CERTIFICATE-----" {
                base64 = ""
            } else if text == "-----END CERTIFICATE-----" {
                if let encoded = base64, let der = Data(base64Encoded: encoded) { blocks.append([UInt8](der)) }
                base64 = nil
            } else if base64 != nil {
                base64? += text
            }
        }
        return blocks
    }
}
