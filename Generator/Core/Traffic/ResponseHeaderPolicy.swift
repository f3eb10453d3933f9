/// Which recorded response headers the spec is expected to document.
///
/// - A spec that documents no response header anywhere is taken not to describe headers at all:
///   then no header is reported (every header would be "undocumented", which says nothing).
/// - Otherwise a header the matched response does not document is reported unless it belongs to
///   HTTP or the transport rather than to the API: the RFC 9110/9111/9112 fields, CORS, the common
///   security and proxy headers and CDN/load-balancer headers (`cf-*`, `x-amz-*`, `x-envoy-*`, …).
///   Everything else — `x-ratelimit-…`, `x-request-id`, `openai-…` — is the API's and is reported.
/// - A documented header's value is checked against its schema (`integer`, `number`, `boolean`).
enum ResponseHeaderPolicy {
    static let standardHeaders: Set<String> = [
        // RFC 9110 / 9111 / 9112: representation, content negotiation, caching, connection management
        "accept-ranges", "age", "allow", "cache-control", "connection", "content-disposition", "content-encoding",
        "content-language", "content-length", "content-location", "content-range", "content-type", "date", "etag",
        "expires", "keep-alive", "last-modified", "location", "pragma", "proxy-authenticate", "retry-after", "server",
        "trailer", "transfer-encoding", "upgrade", "vary", "via", "warning", "www-authenticate", "alt-svc",
        "set-cookie", "link", "priority",
        // Security and reporting headers set by servers and proxies for every route
        "strict-transport-security", "content-security-policy", "content-security-policy-report-only",
        "x-content-type-options", "x-frame-options", "x-xss-protection", "referrer-policy", "permissions-policy",
        "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy", "nel",
        "report-to", "reporting-endpoints", "x-powered-by", "x-accel-buffering", "x-robots-tag", "server-timing",
    ]

    static let infrastructurePrefixes = ["access-control-", "cf-", "x-amz-", "x-amzn-", "x-envoy-", "x-cache", "x-served-by", "x-timer", "x-forwarded-", "x-real-ip", "x-cloud-trace", "x-goog-"]

    /// Whether the header is HTTP's or the infrastructure's, never the API's.
    static func isStandard(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return standardHeaders.contains(lowered) || infrastructurePrefixes.contains { lowered.hasPrefix($0) }
    }

    /// Whether the document documents any response header, which makes it responsible for all of them.
    static func documentDescribesHeaders(_ document: OpenAPIDocument) -> Bool {
        document.operations.contains { $0.responses.contains { !$0.response.headers.isEmpty } }
            || !document.components.headers.isEmpty
    }

    /// A header value as the JSON value its schema describes (headers are text on the wire):
    /// a number or boolean when the schema asks for one and the text is one, else the string.
    static func value(_ text: String, for schema: Schema, components: OpenAPIDocument.Components) -> JSONValue {
        var current = schema
        for _ in 0..<16 {
            guard let reference = current.reference, let target = components.schema(referencedBy: reference) else { break }
            current = target
        }
        let trimmed = text.trimmingWhitespace
        if current.types.contains(.integer) || current.types.contains(.number), let number = try? JSONParser.parse(trimmed),
           case .number = number {
            return number
        }
        if current.types.contains(.boolean), trimmed == "true" || trimmed == "false" { return .bool(trimmed == "true") }
        return .string(text)
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        let start = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.endIndex
        let end = scalars.lastIndex { $0 != " " && $0 != "\t" }.map { scalars.index(after: $0) } ?? start
        return String(scalars[start..<max(start, end)])
    }
}
