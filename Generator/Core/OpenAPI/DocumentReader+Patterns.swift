/// `pattern`: a string the generated `validate()` compiles with Swift's `Regex`, as the runtime's
/// `SchemaCheck.pattern` will. A pattern that does not compile is a located warning and is left
/// unchecked, rather than a check that could only ever pass or fail whatever the value.
extension DocumentReader {
    mutating func readPattern(_ node: YAMLNode, pointer: String) -> String? {
        guard let pattern = node.stringValue else {
            error("'pattern' must be a string, found \(Self.quoted(node))", at: node)
            return nil
        }
        do {
            _ = try Regex(pattern)
            return pattern
        } catch {
            let reason = SpecText.visible(String(describing: error).split(separator: "\n").first.map(String.init) ?? "")
            warning(
                "'pattern' \(Self.quoted(node)) is not a regular expression Swift can compile (\(reason.prefix(80))); "
                    + "the generated validate() does not check it",
                at: node.location, pointer: pointer)
            return nil
        }
    }
}
