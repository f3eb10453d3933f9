/// YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`), which libyaml leaves to its callers and
/// hand-written specs use to share a schema's members. The merged mappings' entries take the
/// place of the `<<` entry; a key the mapping writes itself wins, and among merged mappings the
/// first one that has a key wins, as the merge-key type specifies. A quoted `"<<"` is a plain key.
enum YAMLMergeKeys {
    static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = key.content else { return false }
        return scalar.text == "<<" && scalar.style == .plain && (scalar.tag == nil || scalar.tag == "!!merge")
    }

    /// `entries` with every merge key replaced by the entries it brings in.
    static func apply(_ entries: [YAMLMappingEntry], diagnostics: inout [Diagnostic]) -> [YAMLMappingEntry] {
        guard entries.contains(where: { isMergeKey($0.key) }) else { return entries }
        var taken = Set(entries.compactMap { isMergeKey($0.key) ? nil : $0.key.stringValue })
        var result: [YAMLMappingEntry] = []
        for entry in entries {
            guard isMergeKey(entry.key) else {
                result.append(entry)
                continue
            }
            for source in sources(entry.value, diagnostics: &diagnostics) {
                for merged in source {
                    guard let key = merged.key.stringValue, taken.insert(key).inserted else { continue }
                    result.append(merged)
                }
            }
        }
        return result
    }

    /// The mappings a merge key's value names: one mapping, or a sequence of them.
    private static func sources(_ value: YAMLNode, diagnostics: inout [Diagnostic]) -> [[YAMLMappingEntry]] {
        switch value.content {
        case .mapping(let entries):
            return [entries]
        case .sequence(let elements):
            return elements.compactMap { element in
                if case .mapping(let entries) = element.content { return entries }
                diagnostics.append(.error("a merge key ('<<') list may only hold mappings, found a \(element.kindName)", at: element.location))
                return nil
            }
        case .scalar:
            diagnostics.append(.error("a merge key ('<<') takes a mapping or a list of mappings, found a \(value.kindName)", at: value.location))
            return []
        }
    }
}
