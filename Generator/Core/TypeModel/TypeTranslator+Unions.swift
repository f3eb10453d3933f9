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
        var tagOwners: [String: String] = [:]
        var defaultTag: String?

        for (index, member) in members.enumerated() {
            let variantName = member.reference?.name ?? "\(name)Variant\(index + 1)"
            let resolved = resolve(member)
            // Inline variants are named after their title or tag, not their position.
            let label = member.title ?? mergedObject(resolved).properties
                .first { $0.name == propertyName }.flatMap { inferredTags($0.schema).first }
            let (type, _) = usage(for: member, suggestedName: name + (label.map(SwiftNaming.typeName) ?? "Variant\(index + 1)"))
            var tags = discriminator.mapping.filter { $0.reference.name == member.reference?.name }.map(\.value)
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
            if tags.isEmpty, let reference = member.reference { tags = [reference.name] }
            tags = tags.filter { tag in
                if let owner = tagOwners[tag] {
                    diagnostics.append(.warning(
                        "discriminator value '\(tag)' of '\(variantName)' is already used by '\(owner)'; the first wins",
                        at: member.location))
                    return false
                }
                tagOwners[tag] = variantName
                return true
            }
            guard !tags.isEmpty else { continue }
            if let property, !required.contains(propertyName), case .string(let fallback)? = property.schema.defaultValue,
               tags.contains(fallback) {
                defaultTag = fallback
            }
            let caseName = tags.count == 1 ? SwiftNaming.memberName(tags[0]) : SwiftNaming.memberName(variantName)
            variants.append(.init(caseName: caseNames.claim(caseName), tags: tags, type: type))
        }
        for entry in discriminator.mapping where !members.contains(where: { $0.reference?.name == entry.reference.name }) {
            error(
                "discriminator mapping '\(entry.value)' points to '\(entry.reference.name)', which is not one of the union's variants",
                at: entry.reference.location)
        }
        return TaggedUnionModel(
            name: name, documentation: documentation(schema), propertyName: propertyName, variants: variants,
            defaultTag: defaultTag)
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

    /// Wire values a variant declares for the discriminator property: its `const` or single-value `enum`.
    func inferredTags(_ propertySchema: Schema) -> [String] {
        let schema = resolve(propertySchema)
        if case .string(let value)? = schema.constValue { return [value] }
        if let values = schema.enumValues, values.count == 1, case .string(let value) = values[0] { return [value] }
        return []
    }

    mutating func makeUntaggedUnion(name: String, schema: Schema, members: [Schema]) -> UntaggedUnionModel {
        var caseNames = NameRegistry(reserved: ["unknown"])  // the catch-all case
        var variants: [UntaggedUnionModel.Variant] = []
        for (index, member) in members.enumerated() {
            let label: String
            if let title = member.title {
                label = title
            } else if let reference = member.reference {
                label = reference.name
            } else if let kind = member.types.first {
                label = kind.rawValue
            } else {
                label = "variant\(index + 1)"
            }
            let caseName = caseNames.claim(SwiftNaming.memberName(label))
            let (type, _) = usage(for: member, suggestedName: name + SwiftNaming.typeName(label))
            let resolved = resolve(member)
            variants.append(.init(
                caseName: caseName, type: type, constraints: resolved.constraints,
                elementConstraints: resolved.items.map { resolve($0).constraints } ?? Constraints()))
        }
        return UntaggedUnionModel(name: name, documentation: documentation(schema), variants: variants)
    }
}
