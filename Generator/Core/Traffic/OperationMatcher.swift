/// Finds the spec operation a recorded request was made to: method + path template, after the
/// path of one of the spec's server URLs (`https://api.infercom.ai/v1` → `/v1`).
struct OperationMatcher {
    let operations: [Operation]
    /// Server base paths, longest first, always ending with `""` (paths recorded without one).
    let basePaths: [[String]]

    init(document: OpenAPIDocument) {
        operations = document.operations
        var paths = Set<[String]>()
        for server in document.servers { paths.insert(Self.segments(of: Self.path(ofServerURL: server.url))) }
        paths.insert([])
        basePaths = paths.sorted { $0.count > $1.count }
    }

    /// The operation and the request path relative to the server (`/responses`), or `nil` with that relative path.
    func match(method: String, target: String) -> (operation: Operation?, relativePath: String) {
        let path = String(target.prefix { $0 != "?" && $0 != "#" })
        let segments = Self.segments(of: path)
        var fallback: String?
        for base in basePaths where base.count <= segments.count && zip(base, segments).allSatisfy(Self.segmentMatches) {
            let rest = Array(segments[base.count...])
            let relative = "/" + rest.joined(separator: "/")
            if fallback == nil { fallback = relative }
            // Fewest template variables first: `/responses/input_items` beats `/responses/{id}`.
            let candidates = operations.filter { $0.method == method.uppercased() && Self.matches(template: $0.path, rest) }
            if let best = candidates.min(by: { Self.variableCount($0.path) < Self.variableCount($1.path) }) {
                return (best, relative)
            }
        }
        return (nil, fallback ?? path)
    }

    static func matches(template: String, _ segments: [String]) -> Bool {
        let parts = Self.segments(of: template)
        return parts.count == segments.count && zip(parts, segments).allSatisfy(segmentMatches)
    }

    /// A template segment against a recorded one: literally, or with `{name}` standing for a non-empty run.
    static func segmentMatches(_ template: String, _ segment: String) -> Bool {
        guard let open = template.firstIndex(of: "{"), let close = template[open...].firstIndex(of: "}") else {
            return template == segment
        }
        let prefix = template[..<open]
        let suffix = template[template.index(after: close)...]
        guard segment.hasPrefix(prefix), segment.dropFirst(prefix.count).count > 0 else { return false }
        let rest = String(segment.dropFirst(prefix.count))
        if suffix.contains("{") {
            // Several variables in one segment: the rest must fit the remaining template.
            return (1...rest.count).contains { segmentMatches(String(suffix), String(rest.dropFirst($0))) }
        }
        return rest.hasSuffix(suffix) && rest.count > suffix.count
    }

    static func variableCount(_ template: String) -> Int { template.filter { $0 == "{" }.count }

    static func segments(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// `/v1` of `https://api.infercom.ai/v1`; `/v1` of a relative server URL `/v1`.
    static func path(ofServerURL url: String) -> String {
        guard let schemeEnd = url.firstRange(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        return String(rest[slash...])
    }
}
