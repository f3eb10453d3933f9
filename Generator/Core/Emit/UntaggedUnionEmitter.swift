/// `UntaggedUnionModel` → an enum whose decoder chooses the variant by evidence (JSON kind, tag
/// values, required keys, string values; see `UnionEvidence`) and then decodes it with `try`, so a
/// wrong-shaped value of the chosen variant is an error with its coding path. A shape the spec does
/// not know is kept as `unknown(JSONValue)`. Literal conformances make `input: "Hello"` work where a
/// string is a variant.
struct UntaggedUnionEmitter {
    let context: EmitContext
    let model: UntaggedUnionModel

    func emit() -> [SwiftNode] {
        let access = context.access
        let cases: [SwiftNode] = model.variants.map {
            .line("case \(SwiftNaming.escaped($0.caseName))(\($0.type.swift))")
        } + [
            .documentation(["A value matching none of the shapes above, kept whole and encoded back unchanged."]),
            .line("case unknown(JSONValue)"),
        ]
        var choices: [SwiftNode] = model.variants.enumerated().flatMap { index, variant in
            LineWrapping.caseClause(["\(index)?"], "self = .\(SwiftNaming.escaped(variant.caseName))(try \(initializerCall(variant.type)))", level: 2)
        }
        choices.append(.line("default: self = .unknown(try JSONValue(from: decoder))"))
        let decoder: [SwiftNode] = [
            .block("\(access) init(from decoder: any Decoder) throws", [
                .switchBlock("try Self.evidence.member(for: decoder)", choices),
            ])
        ]
        let table = UnionEvidenceTable.declaration(named: "evidence", members: model.variants.map(\.evidence))
        let encoder: [SwiftNode] = [
            .block("\(access) func encode(to encoder: any Encoder) throws", [
                .switchBlock("self", model.variants.map {
                    .line("case .\(SwiftNaming.escaped($0.caseName))(let value): try value.encode(to: encoder)")
                } + [.line("case .unknown(let value): try value.encode(to: encoder)")]),
            ])
        ]
        var conformances = ["Codable", "Hashable", "Sendable"]
        var literals: [SwiftNode] = []
        let strings = model.variants.filter { $0.type == .string }
        if strings.count == 1 {
            conformances.append("ExpressibleByStringLiteral")
            literals.append(.block("\(access) init(stringLiteral value: String)", [
                .line("self = .\(SwiftNaming.escaped(strings[0].caseName))(value)"),
            ]))
        }
        let arrays = model.variants.compactMap { variant -> (String, TypeUsage)? in
            if case .array(let element) = variant.type { return (variant.caseName, element) }
            return nil
        }
        if arrays.count == 1 {
            conformances.append("ExpressibleByArrayLiteral")
            literals.append(.block("\(access) init(arrayLiteral elements: \(arrays[0].1.swift)...)", [
                .line("self = .\(SwiftNaming.escaped(arrays[0].0))(elements)"),
            ]))
        }
        let keyword = model.isIndirect ? "indirect enum" : "enum"
        return context.typeDocumentation(model.documentation) + [
            .block("\(access) \(keyword) \(model.name): \(conformances.joined(separator: ", "))",
                   .separated([cases, decoder, table, encoder] + literals.map { [$0] }))
        ]
    }
}
