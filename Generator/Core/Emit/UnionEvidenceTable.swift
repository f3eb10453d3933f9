/// The `static let` table of `UnionEvidence` a union decodes by: one `.member(…)` line per case,
/// in case order, so that `case 0?` in the decoder's `switch` is the first line of the table.
enum UnionEvidenceTable {
    static func declaration(named name: String, members: [MemberEvidence]) -> [SwiftNode] {
        // Optional keys only break ties between object members; a lone object member needs none.
        let objects = members.filter { $0.kinds.contains(.object) }.count
        return [
            .documentation(["How each case looks in JSON, in case order: what decoding chooses the case by."]),
            .indented("private static let \(name) = UnionEvidence(for: Self.self, [",
                      members.flatMap { entry($0, withOptional: objects > 1) }, closing: "])"),
        ]
    }

    /// `.member(kinds, label: [elements], …),` on one line when it fits, otherwise one argument per
    /// line, a long list (the values of a string enum can run to hundreds) packed within the width.
    static func entry(_ evidence: MemberEvidence, withOptional: Bool) -> [SwiftNode] {
        var lists: [(label: String, elements: [String])] = []
        if !evidence.tags.isEmpty {
            lists.append(("tags", evidence.tags.map { "\(EmitContext.stringLiteral($0.key)): \(stringSet($0.values))" }))
        }
        if !evidence.required.isEmpty {
            lists.append(("required", evidence.required.map(EmitContext.stringLiteral)))
        }
        if !evidence.valueKinds.isEmpty {
            lists.append(("valueKinds", evidence.valueKinds.map { "\(EmitContext.stringLiteral($0.key)): \(kinds($0.kinds))" }))
        }
        if withOptional && !evidence.optional.isEmpty {
            lists.append(("optional", evidence.optional.map(EmitContext.stringLiteral)))
        }
        if let values = evidence.stringValues { lists.append(("values", values.map(EmitContext.stringLiteral))) }
        let first = kinds(evidence.kinds)
        let arguments = [first] + lists.map { "\($0.label): [\($0.elements.joined(separator: ", "))]" }
        let oneLine = ".member(\(arguments.joined(separator: ", "))),"
        if LineWrapping.fits(oneLine, level: 2) { return [.line(oneLine)] }
        var lines: [SwiftNode] = [.line(first + (lists.isEmpty ? "" : ","))]
        for (index, list) in lists.enumerated() {
            lines += LineWrapping.arrayLiteral("\(list.label): ", list.elements, tail: index == lists.count - 1 ? "" : ",", level: 3)
        }
        return [.indented(".member(", lines, closing: "),")]
    }

    static func kinds(_ kinds: Set<MemberEvidence.Kind>) -> String {
        if kinds == Set(MemberEvidence.Kind.allCases) { return ".any" }
        return "[" + kinds.sorted().map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
    }

    static func stringSet(_ values: [String]) -> String {
        "[" + values.map(EmitContext.stringLiteral).joined(separator: ", ") + "]"
    }
}
