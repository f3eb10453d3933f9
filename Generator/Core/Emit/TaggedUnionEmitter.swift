/// `TaggedUnionModel` → an enum with one case per variant, chosen by the discriminator property in a
/// single lookup, and `unknown(JSONValue)` holding the whole payload of any other tag. Variants that
/// share a tag are told apart by their remaining evidence (`UnionEvidence`), not by document order.
struct TaggedUnionEmitter {
    let context: EmitContext
    let model: TaggedUnionModel

    func emit() -> [SwiftNode] {
        let access = context.access
        let cases: [SwiftNode] = model.variants.flatMap { variant -> [SwiftNode] in
            let tags = variant.tags.map { "`\($0)`" }.joined(separator: ", ")
            return [
                .documentation(["`\(model.propertyName)`: \(tags)."]),
                .line("case \(SwiftNaming.escaped(variant.caseName))(\(variant.type.swift))"),
            ]
        } + [
            .documentation(["A `\(model.propertyName)` this version of the bindings does not know, kept whole and encoded back unchanged."]),
            .line("case unknown(JSONValue)"),
        ]
        let tagLookup = "try? decoder.container(keyedBy: JSONKey.self).decodeIfPresent(String.self, forKey: JSONKey(\(EmitContext.stringLiteral(model.propertyName))))"
        // Without a default tag the switch is over `String?`, so patterns get a `?`.
        let subject = model.defaultTag.map { "tag ?? \(EmitContext.stringLiteral($0))" } ?? "tag"
        let patternSuffix = model.defaultTag == nil ? "?" : ""
        let owners = Dictionary(grouping: model.variants.indices.flatMap { index in model.variants[index].tags.map { ($0, index) } },
                                by: \.0).mapValues { $0.map(\.1) }
        var switchCases: [SwiftNode] = []
        var tables: [SwiftNode] = []
        var emittedClashes: Set<String> = []
        for (index, variant) in model.variants.enumerated() {
            let own = variant.tags.filter { owners[$0]?.count == 1 }
            if !own.isEmpty {
                let patterns = own.map { EmitContext.stringLiteral($0) + patternSuffix }
                let statement = "self = .\(SwiftNaming.escaped(variant.caseName))(try \(initializerCall(variant.type)))"
                switchCases += LineWrapping.caseClause(patterns, statement, level: 2)
            }
            // Variants sharing a tag are told apart by their other evidence (other tags, required keys).
            for tag in variant.tags where owners[tag]!.count > 1 && owners[tag]!.first == index && emittedClashes.insert(tag).inserted {
                let shapes = model.sharedTags[tag] ?? []
                let table = "evidenceFor" + SwiftNaming.typeName(tag)
                var choices: [SwiftNode] = owners[tag]!.map { variantIndex -> [SwiftNode] in
                    let shared = model.variants[variantIndex]
                    let labels = shapes.indices.filter { shapes[$0].variant == variantIndex }.map { "\($0)?" }
                    return LineWrapping.caseClause(labels, "self = .\(SwiftNaming.escaped(shared.caseName))(try \(initializerCall(shared.type)))", level: 3)
                }.flatMap { $0 }
                choices.append(.line("default: self = .unknown(try JSONValue(from: decoder))"))
                switchCases.append(.indented("case \(EmitContext.stringLiteral(tag) + patternSuffix):", [
                    .switchBlock("try Self.\(table).member(for: decoder)", choices),
                ], closing: nil))
                tables += [.blank] + UnionEvidenceTable.declaration(
                    named: table, members: shapes.map(\.evidence))
            }
        }
        switchCases.append(.line("default: self = .unknown(try JSONValue(from: decoder))"))
        let decoder: [SwiftNode] = [
            .block("\(access) init(from decoder: any Decoder) throws", [
                .line("let tag = \(tagLookup)"),
                .switchBlock("\(subject)", switchCases),
            ])
        ] + tables
        let encoder: [SwiftNode] = [
            .block("\(access) func encode(to encoder: any Encoder) throws", [
                .switchBlock("self", model.variants.map {
                    .line("case .\(SwiftNaming.escaped($0.caseName))(let value): try value.encode(to: encoder)")
                } + [.line("case .unknown(let value): try value.encode(to: encoder)")]),
            ])
        ]
        let keyword = model.isIndirect ? "indirect enum" : "enum"
        return context.typeDocumentation(model.documentation) + [
            .block("\(access) \(keyword) \(model.name): Codable, Hashable, Sendable", .separated([cases, decoder, encoder]))
        ]
    }
}

/// `Type(from: decoder)`, spelled so it parses for arrays and dictionaries too.
func initializerCall(_ type: TypeUsage) -> String {
    switch type {
    case .array, .map: "\(type.swift).init(from: decoder)"
    default: "\(type.swift)(from: decoder)"
    }
}
