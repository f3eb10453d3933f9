import Foundation

/// Where a request carries the client's `apiKey`, as the spec's security scheme says. Generated
/// bindings set it from their spec (in `ClientDefaults`, and per operation where one differs), so
/// the key goes where the server looks for it, never into a header the server ignores.
public enum CredentialPlacement: Sendable, Hashable, CustomStringConvertible {
    /// `Authorization: Bearer <key>` (HTTP bearer, OAuth 2, OpenID Connect).
    case bearer
    /// `Authorization: Basic <base64>` of the key as `user:password`; a key without `:` is the
    /// user name, with an empty password.
    case basic
    /// A header of its own, such as `X-API-Key: <key>`.
    case header(String)
    /// A query parameter, such as `?api_key=<key>`.
    case query(String)
    /// A cookie, such as `Cookie: session=<key>`.
    case cookie(String)
    /// No credential: the operation is public (its spec says `security: []`). Not `none`, which
    /// an optional placement would read as `nil`.
    case omitted

    public var description: String {
        switch self {
        case .bearer: "an `Authorization: Bearer` header"
        case .basic: "an `Authorization: Basic` header"
        case .header(let name): "the `\(name)` header"
        case .query(let name): "the `\(name)` query parameter"
        case .cookie(let name): "the `\(name)` cookie"
        case .omitted: "no credential"
        }
    }

    /// A cookie joins the cookies the request's other headers set, so it is added after them; any
    /// other credential is added first and can be overridden by them.
    var joinsOtherHeaders: Bool {
        if case .cookie = self { return true }
        return false
    }

    /// Adds `key` to a request's headers or query; returns the key as the request spells it, for
    /// `HTTPRequest.secrets`.
    func apply(_ key: String, headers: inout HTTPFields, query: inout [QueryItem]) -> [String] {
        switch self {
        case .bearer:
            headers["Authorization"] = "Bearer \(key)"
            return [key]
        case .basic:
            let credentials = Data((key.contains(":") ? key : key + ":").utf8).base64EncodedString()
            headers["Authorization"] = "Basic " + credentials
            return [credentials, key]
        case .header(let name):
            headers[name] = key
            return [key]
        case .query(let name):
            query.append(QueryItem(name: name, value: key))
            return [PercentEncoding.encode(key), key]
        case .cookie(let name):
            let cookie = "\(name)=\(key)"
            headers["Cookie"] = headers["Cookie"].map { $0 + "; " + cookie } ?? cookie
            return [key]
        case .omitted:
            return []
        }
    }
}

extension ClientConfiguration {
    /// Where `request` carries the API key: its operation's own scheme, else the client's.
    func credentialPlacement(for request: OperationRequest) -> CredentialPlacement {
        request.credentialPlacement ?? credentialPlacement ?? .bearer
    }
}
