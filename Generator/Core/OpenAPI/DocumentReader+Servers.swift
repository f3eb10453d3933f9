/// Server URLs with their variables (`https://{region}.example.com/{version}`) replaced by the
/// variables' defaults, so `defaultBaseURL` is a URL a request can be sent to.
extension DocumentReader {
    mutating func readServer(_ node: YAMLNode) -> OpenAPIDocument.Server? {
        guard let urlNode = node["url"], let template = urlNode.stringValue else { return nil }
        if Self.containsControl(template) {
            error("server URL '\(SpecText.visible(template))' contains a control character or line break", at: urlNode)
            return nil
        }
        var url = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            url += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = node["variables"]?[name]?["default"]?.stringValue else {
                error("server URL variable '{\(name)}' needs a 'default' under 'variables'", at: node["variables"]?[name] ?? urlNode)
                return nil
            }
            url += value
            rest = rest[rest.index(after: close)...]
        }
        url += rest
        return OpenAPIDocument.Server(url: url, description: node["description"]?.stringValue)
    }
}
