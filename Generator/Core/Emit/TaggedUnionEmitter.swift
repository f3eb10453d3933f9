/// `TaggedUnionModel` → an enum with one case per variant, chosen by the discriminator property in a
/// single lookup, and `unknown(JSONValue)` holding the whole payload of any other tag.
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
            .documentation([
                "A `\(model.propertyName)` this version of the bindings does not know.",
                "The whole JSON object is kept and encodes back unchanged.",
            ]),
            .line("case unknown(JSONValue)"),
        ]
        let tagLookup = "try? decoder.container(keyedBy: JSONKey.self).decodeIfPresent(String.self, forKey: JSONKey(\(EmitContext.stringLiteral(model.propertyName))))"
        // Without a default tag the switch is over `String?`, so patterns get a `?`.
        let subject = model.defaultTag.map { "tag ?? \(EmitContext.stringLiteral($0))" } ?? "tag"
        let patternSuffix = model.defaultTag == nil ? "?" : ""
        var switchCases: [SwiftNode] = model.variants.map { variant in
            let labels = variant.tags.map { EmitContext.stringLiteral($0) + patternSuffix }.joined(separator: ", ")
            return .line("case \(labels): self = .\(SwiftNaming.escaped(variant.caseName))(try \(initializerCall(variant.type)))")
        }
        switchCases.append(.line("default: self = .unknown(try JSONValue(from: decoder))"))
        let decoder: [SwiftNode] = [
            .block("\(access) init(from decoder: any Decoder) throws", [
                .line("let tag = \(tagLookup)"),
                .switchBlock("\(subject)", switchCases),
            ])
        ]
        let encoder: [SwiftNode] = [
            .block("\(access) func encode(to encoder: any Encoder) throws", [
                .switchBlock("self", model.variants.map {
                    .line("case .\(SwiftNaming.escaped($0.caseName))(let value): try value.encode(to: encoder)")
                } + [.line("case .unknown(let value): try value.encode(to: encoder)")]),
            ])
        ]
        let keyword = model.isIndirect ? "indirect enum" : "enum"
        return context.documentation(model.documentation) + context.deprecation(model.documentation) + [
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
