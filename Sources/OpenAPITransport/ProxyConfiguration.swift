import Foundation

/// Whether and how a transport goes through an HTTP proxy.
///
/// HTTPS requests go through a proxy as a `CONNECT` tunnel, so TLS still runs end to end with the
/// server and its certificate is verified against the transport's `TrustRoots`.
public struct ProxyConfiguration: Sendable, Hashable, CustomStringConvertible {
    package enum Mode: Sendable, Hashable {
        case environment
        case direct
        case explicit(url: String, bypass: [String])
    }

    package let mode: Mode

    /// The default: the conventional environment variables, as libcurl reads them —
    /// `https_proxy`/`HTTPS_PROXY` for `https` URLs, `http_proxy` for `http` URLs (lower case
    /// only, for CGI safety), `all_proxy`/`ALL_PROXY` otherwise, and `no_proxy`/`NO_PROXY` (a
    /// comma-separated list of host names, domains and IP addresses, or `*`) for hosts to reach directly.
    public static let environment = ProxyConfiguration(mode: .environment)

    /// Always connect directly, whatever the environment says.
    public static let direct = ProxyConfiguration(mode: .direct)

    /// Always use the proxy at `url` (such as `http://proxy.corp:3128`, credentials as
    /// `http://user:password@host:port`), except for the hosts in `bypass` (host names, domain
    /// suffixes or IP addresses, as in `NO_PROXY`). The environment is not consulted.
    public static func url(_ url: String, bypass: [String] = []) -> ProxyConfiguration {
        ProxyConfiguration(mode: .explicit(url: url, bypass: bypass))
    }

    /// Never shows a proxy password.
    public var description: String {
        switch mode {
        case .environment: "proxy from the environment"
        case .direct: "no proxy"
        case .explicit(let url, let bypass):
            "proxy \(Self.redactingCredentials(url))" + (bypass.isEmpty ? "" : " except \(bypass.joined(separator: ","))")
        }
    }

    static func redactingCredentials(_ url: String) -> String {
        let authorityStart = url.range(of: "://")?.upperBound ?? url.startIndex
        let authority = url[authorityStart...].prefix { $0 != "/" }
        guard let at = authority.lastIndex(of: "@") else { return url }
        return url[..<authorityStart] + "<redacted>" + url[at...]
    }
}
