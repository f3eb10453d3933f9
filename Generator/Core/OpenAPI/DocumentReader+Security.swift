/// `securitySchemes` and `security` lists. What reaches a request (a header or cookie name) is
/// checked here, as header parameter names are: a line break or colon in it would let the spec
/// write its own header, so that is an error. A scheme that lacks what the client needs to use it
/// is a warning and stays defined but unusable: requests it covers carry no credential.
extension DocumentReader {
    mutating func readSecuritySchemes(_ node: YAMLNode?) -> [String: SecurityScheme] {
        var schemes: [String: SecurityScheme] = [:]
        for entry in node?.mappingEntries ?? [] {
            guard let name = entry.key.stringValue, expectMapping(entry.value, "security scheme '\(SpecText.visible(name))'") else { continue }
            let value = entry.value
            let type = value["type"]?.stringValue ?? ""
            if type.isEmpty { diagnostics.append(.warning("security scheme '\(SpecText.visible(name))' has no 'type'; it cannot be used", at: value.location)) }
            var scheme = SecurityScheme(
                type: type, scheme: value["scheme"]?.stringValue?.lowercased(), description: value["description"]?.stringValue,
                location: entry.key.location)
            if type == "apiKey" { scheme.apiKey = readAPIKeyPlacement(value, scheme: name) }
            schemes[name] = scheme
        }
        return schemes
    }

    private mutating func readAPIKeyPlacement(_ node: YAMLNode, scheme: String) -> (Parameter.Location, String)? {
        let shown = SpecText.visible(scheme)
        guard let locationText = node["in"]?.stringValue, let location = Parameter.Location(rawValue: locationText), location != .path else {
            diagnostics.append(.warning(
                "apiKey security scheme '\(shown)' needs 'in' to be header, query or cookie; it cannot be used", at: (node["in"] ?? node).location))
            return nil
        }
        guard let name = node["name"]?.stringValue, !name.isEmpty else {
            diagnostics.append(.warning("apiKey security scheme '\(shown)' needs a 'name'; it cannot be used", at: (node["name"] ?? node).location))
            return nil
        }
        // Header and cookie names are sent as written; a query name is percent-encoded.
        if location != .query, !Self.isHTTPToken(name) {
            error("apiKey security scheme '\(shown)' names \(location.rawValue) '\(SpecText.visible(name))', which is not a valid HTTP token",
                  at: node["name"] ?? node)
            return nil
        }
        return (location, name)
    }

    /// A `security` list. A scheme it names that `securitySchemes` does not define is a warning
    /// and is left out of its requirement (no credential can be sent for it).
    mutating func readSecurity(_ node: YAMLNode?, schemes: [String: SecurityScheme], pointer: String) -> [SecurityRequirement]? {
        guard let node else { return nil }
        guard let elements = node.sequenceElements else {
            error("'security' must be a list of requirements", at: node)
            return nil
        }
        return elements.compactMap { element in
            guard expectMapping(element, "a security requirement") else { return nil }
            var names: [String] = []
            for entry in element.mappingEntries ?? [] {
                guard let name = entry.key.stringValue, schemes[name] != nil else {
                    warning(
                        "security requirement names '\(SpecText.visible(entry.key.stringValue ?? ""))', which 'securitySchemes' does not "
                            + "define; no credential is sent for it",
                        at: entry.key.location, pointer: pointer)
                    continue
                }
                names.append(name)
            }
            return SecurityRequirement(schemes: names, location: element.location)
        }
    }
}
