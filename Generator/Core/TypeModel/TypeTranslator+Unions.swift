/// `oneOf`/`anyOf` → enums with associated values.
extension TypeTranslator {
    mutating func declareUnion(name: String, schema: Schema, members: [Schema]) {
        if let discriminator = schema.discriminator {
            declarations.append(.taggedUnion(makeTaggedUnion(name: name, schema: schema, members: members, discriminator: discriminator)))
        } else {
            declarations.append(.untaggedUnion(makeUntaggedUnion(name: name, schema: schema, members: members)))
        }
    }

    mutating func makeTaggedUnion(
        name: String, schema: Schema, members: [Schema], discriminator: Schema.Discriminator
    ) -> TaggedUnionModel {
        let propertyName = discriminator.propertyName
        var caseNames = NameRegistry(reserved: ["unknown"])
        var variants: [TaggedUnionModel.Variant] = []
        var defaultTag: String?
        var names: [(variant: String, tagName: String?)] = []
        var locations: [SourceLocation] = []
        var sources: [Schema] = []
        let keys = implicitDiscriminators(members).union([propertyName])

        for (index, member) in members.enumerated() {
            let variantName = member.reference?.label ?? "\(name)Variant\(index + 1)"
            let resolved = resolve(member)
            // Inline variants are named after their title or tag, not their position.
            let label = member.title ?? mergedObject(resolved).properties
                .first { $0.name == propertyName }.flatMap { inferredTags($0.schema).first }
            let (type, _) = usage(for: member, suggestedName: name + (label.map(SwiftNaming.typeName) ?? "Variant\(index + 1)"))
            var tags = discriminator.mapping.filter { $0.reference == member.reference }.map(\.value)
            var property: Schema.Property?
            var required: Set<String> = []
            if let nested = resolved.oneOf ?? resolved.anyOf, tags.isEmpty {
                // A variant that is itself a union answers to every tag of its own variants.
                tags = nestedTags(nested, propertyName: propertyName)
            } else {
                let object = mergedObject(resolved)
                property = object.properties.first(where: { $0.name == propertyName })
                required = object.required
            }
            if property == nil && tags.isEmpty {
                error(
                    "discriminator property '\(propertyName)' is not defined in variant '\(variantName)'",
                    at: member.reference?.location ?? member.location)
                continue
            }
            if tags.isEmpty, let property { tags = inferredTags(property.schema) }
            if tags.isEmpty, let reference = member.reference { tags = [reference.label] }
            tags = tags.reduce(into: []) { unique, tag in if !unique.contains(tag) { unique.append(tag) } }
            guard !tags.isEmpty else { continue }
            if let property, !required.contains(propertyName), case .string(let fallback)? = property.schema.defaultValue,
               tags.contains(fallback) {
                defaultTag = fallback
            }
            names.append((variantName, tags.count == 1 ? tags[0] : nil))
            locations.append(member.location)
            sources.append(member)
            variants.append(.init(caseName: "", tags: tags, type: type))
        }
        // A variant is named after its tag. Where variants share a tag, decoding tells them apart by
        // their other evidence (see `TaggedUnionEmitter`); the first keeps the tag's name (the name
        // it had when it was the only one reachable) and the others are named after their schema.
        let tagCounts = Dictionary(variants.flatMap(\.tags).map { ($0, 1) }, uniquingKeysWith: +)
        var namedTags: Set<String> = []
        for index in variants.indices {
            let (variantName, tagName) = names[index]
            let label = tagName.flatMap { namedTags.insert($0).inserted ? $0 : nil } ?? variantName
            variants[index].caseName = caseNames.claim(SwiftNaming.memberName(label))
        }
        var sharedTags: [String: [TaggedUnionModel.SharedTagShape]] = [:]
        for tag in Set(variants.flatMap(\.tags)).sorted() where tagCounts[tag, default: 0] > 1 {
            let rows = variants.indices.filter { variants[$0].tags.contains(tag) }.flatMap { index in
                shapes(of: sources[index], keys: keys, answering: tag, on: propertyName).map { (index, $0) }
            }
            var evidence = keepingTellingValueKinds(rows.map(\.1))
            for index in evidence.indices {
                evidence[index].tags.removeAll { $0.key == propertyName }
                evidence[index].required.removeAll { $0 == propertyName }
                evidence[index].optional.removeAll { $0 == propertyName }
            }
            sharedTags[tag] = zip(rows, evidence).map { .init(variant: $0.0.0, evidence: $0.1) }
            warnUnreachable(
                union: name, members: rows.indices.map { (names[rows[$0].0].variant, evidence[$0], locations[rows[$0].0]) })
        }
        for entry in discriminator.mapping where !members.contains(where: { $0.reference == entry.reference }) {
            error(
                "discriminator mapping '\(entry.value)' points to '\(entry.reference.label)', which is not one of the union's variants",
                at: entry.reference.location)
        }
        return TaggedUnionModel(
            name: name, documentation: documentation(schema), propertyName: propertyName, variants: variants,
            defaultTag: defaultTag, sharedTags: sharedTags)
    }

    /// The tags of a nested union's variants (from each variant's const, enum or nested union).
    func nestedTags(_ members: [Schema], propertyName: String, depth: Int = 0) -> [String] {
        guard depth < 8 else { return [] }
        var tags: [String] = []
        for member in members {
            let resolved = resolve(member)
            if let nested = resolved.oneOf ?? resolved.anyOf {
                tags += nestedTags(nested, propertyName: propertyName, depth: depth + 1)
            } else if let property = mergedObject(resolved).properties.first(where: { $0.name == propertyName }) {
                tags += inferredTags(property.schema)
            }
        }
        return tags
    }

    /// Wire values a variant declares for the discriminator property: its `const` or `enum`
    /// (every value of it), also when wrapped in `anyOf: [enum, null]`.
    func inferredTags(_ propertySchema: Schema) -> [String] {
        stringValues(of: propertySchema) ?? []
    }

    mutating func makeUntaggedUnion(name: String, schema: Schema, members: [Schema]) -> UntaggedUnionModel {
        var caseNames = NameRegistry(reserved: ["unknown"])  // the catch-all case
        var variants: [UntaggedUnionModel.Variant] = []
        var located: [(name: String, evidence: MemberEvidence, location: SourceLocation)] = []
        let keys = implicitDiscriminators(members)
        for (index, member) in members.enumerated() {
            let label: String
            if let title = member.title {
                label = title
            } else if let reference = member.reference {
                label = reference.label
            } else if let kind = member.types.first {
                label = kind.rawValue
            } else {
                label = "variant\(index + 1)"
            }
            let caseName = caseNames.claim(SwiftNaming.memberName(label))
            let (type, _) = usage(for: member, suggestedName: name + SwiftNaming.typeName(label))
            let resolved = resolve(member)
            let evidence = evidence(for: member, keys: keys)
            located.append((member.reference?.label ?? label, evidence, member.location))
            variants.append(.init(
                caseName: caseName, type: type, evidence: evidence, constraints: resolved.constraints,
                elementConstraints: elementConstraintLevels(type, resolved)))
        }
        let pruned = keepingTellingValueKinds(variants.map(\.evidence))
        for index in variants.indices {
            variants[index].evidence = pruned[index]
            located[index].evidence = pruned[index]
        }
        warnUnreachable(union: name, members: located)
        return UntaggedUnionModel(name: name, documentation: documentation(schema), variants: variants)
    }
}
