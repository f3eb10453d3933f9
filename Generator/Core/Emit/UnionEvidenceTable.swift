/// The `static let` table of `UnionEvidence` a union decodes by: one `.member(…)` line per case,
/// in case order, so that `case 0?` in the decoder's `switch` is the first line of the table.
enum UnionEvidenceTable {
    static func declaration(named name: String, members: [MemberEvidence]) -> [SwiftNode] {
        // Optional keys only break ties between object members; a lone object member needs none.
        let objects = members.filter { $0.kinds.contains(.object) }.count
        return [
            .documentation(["How each case looks in JSON, in case order: what decoding chooses the case by."]),
            .indented("private static let \(name) = UnionEvidence(for: Self.self, [",
                      members.map { .line(entry($0, withOptional: objects > 1) + ",") }, closing: "])"),
        ]
    }

    static func entry(_ evidence: MemberEvidence, withOptional: Bool) -> String {
        var arguments = [kinds(evidence.kinds)]
        if !evidence.tags.isEmpty {
            let tags = evidence.tags.map { "\(EmitContext.stringLiteral($0.key)): \(stringSet($0.values))" }
            arguments.append("tags: [\(tags.joined(separator: ", "))]")
        }
        if !evidence.required.isEmpty {
            arguments.append("required: [\(evidence.required.map(EmitContext.stringLiteral).joined(separator: ", "))]")
        }
        if !evidence.valueKinds.isEmpty {
            let entries = evidence.valueKinds.map { "\(EmitContext.stringLiteral($0.key)): \(kinds($0.kinds))" }
            arguments.append("valueKinds: [\(entries.joined(separator: ", "))]")
        }
        if withOptional && !evidence.optional.isEmpty {
            arguments.append("optional: [\(evidence.optional.map(EmitContext.stringLiteral).joined(separator: ", "))]")
        }
        if let values = evidence.stringValues { arguments.append("values: \(stringSet(values))") }
        return ".member(\(arguments.joined(separator: ", ")))"
    }

    static func kinds(_ kinds: Set<MemberEvidence.Kind>) -> String {
        if kinds == Set(MemberEvidence.Kind.allCases) { return ".any" }
        return "[" + kinds.sorted().map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
    }

    static func stringSet(_ values: [String]) -> String {
        "[" + values.map(EmitContext.stringLiteral).joined(separator: ", ") + "]"
    }
}
