/// Finds the source location of a JSON pointer (`#/components/schemas/Response/properties/id`)
/// in a YAML tree: the location of the key that names the last token (or of the sequence element),
/// which is where an editor should jump.
enum YAMLPointer {
    static func location(of pointer: String, in root: YAMLNode) -> SourceLocation? {
        guard pointer.hasPrefix("#") else { return nil }
        var node = root
        var location: SourceLocation? = root.location
        for token in tokens(of: pointer) {
            if let entries = node.mappingEntries {
                guard let entry = entries.first(where: { $0.key.stringValue == token }) else { return location }
                location = entry.key.location
                node = entry.value
            } else if let elements = node.sequenceElements, let index = Int(token), elements.indices.contains(index) {
                location = elements[index].location
                node = elements[index]
            } else {
                return location
            }
        }
        return location
    }

    /// The unescaped reference tokens of `#/a/b~1c` (`a`, `b/c`).
    static func tokens(of pointer: String) -> [String] {
        pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: true).map {
            $0.contains("~") ? String($0).replacing("~1", with: "/").replacing("~0", with: "~") : String($0)
        }
    }

    /// `token` escaped for use in a pointer (RFC 6901).
    static func escape(_ token: String) -> String {
        token.contains(where: { $0 == "~" || $0 == "/" }) ? token.replacing("~", with: "~0").replacing("/", with: "~1") : token
    }
}
