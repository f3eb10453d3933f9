/// `allOf` members that define one property with JSON types no value can have at once (`string`
/// in one, `integer` in the other). The later definition still decides the Swift type, as for
/// every refinement, but such a schema accepts no value at all, so the spec is wrong and says so.
extension TypeTranslator {
    mutating func warnAboutContradictions(_ overridden: [(earlier: Schema.Property, later: Schema.Property)]) {
        for (earlier, later) in overridden {
            let first = resolve(earlier.schema).types, second = resolve(later.schema).types
            guard !first.isEmpty, !second.isEmpty, !Self.overlap(first, second) else { continue }
            let spelled = { (types: [JSONType]) in types.map(\.rawValue).joined(separator: " or ") }
            diagnostics.append(.warning(
                "'allOf' defines property '\(SpecText.visible(later.name))' as \(spelled(second)) here and as "
                    + "\(spelled(first)) at line \(earlier.location.line); no value is both, so the generated type "
                    + "follows this definition",
                at: later.location))
        }
    }

    /// Whether some value has a type of each list (`integer` is also a `number`).
    static func overlap(_ first: [JSONType], _ second: [JSONType]) -> Bool {
        func widened(_ types: [JSONType]) -> Set<JSONType> {
            Set(types).union(types.contains(.integer) ? [.number] : [])
        }
        return !widened(first).intersection(second).isEmpty || !widened(second).intersection(first).isEmpty
    }
}
