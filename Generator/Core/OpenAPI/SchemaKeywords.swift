/// A schema mapping's keywords (every key but the `x-` extensions) with their values, looked up by name.
///
/// A list scanned in order, not a dictionary: a schema has a handful of keywords and reading one
/// asks for some thirty by name, so hashing every name cost more than comparing it. Keys are
/// unique (the YAML parser rejects duplicate keys), so the first match is the only one.
struct SchemaKeywords {
    private var entries: [(name: String, value: YAMLNode)] = []

    mutating func append(_ name: String, _ value: YAMLNode) {
        entries.append((name, value))
    }

    subscript(name: String) -> YAMLNode? {
        for entry in entries where entry.name == name { return entry.value }
        return nil
    }

    /// The keywords in document order.
    var names: [String] { entries.map(\.name) }
}
