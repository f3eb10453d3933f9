/// The evidence unions decode by: which JSON kinds a member takes, the tag values and required keys
/// of object members, the values of string members; and the warning for members that can never be
/// chosen because an earlier member takes everything they take.
extension TypeTranslator {
    typealias Kind = MemberEvidence.Kind

    /// Keys that some object member fixes to one string (`const`, single-value `enum`): the union's
    /// implicit discriminators.
    func implicitDiscriminators(_ members: [Schema], depth: Int = 0) -> Set<String> {
        guard depth < 8 else { return [] }
        var keys: Set<String> = []
        for member in members {
            let resolved = resolve(member)
            if let nested = resolved.oneOf ?? resolved.anyOf {
                keys.formUnion(implicitDiscriminators(nested, depth: depth + 1))
                continue
            }
            for property in mergedObject(resolved).properties where stringValues(of: property.schema)?.count == 1 {
                keys.insert(property.name)
            }
        }
        return keys
    }

    /// The strings a schema allows when it lists them (`const`, `enum`), else `nil`. `depth` bounds
    /// unions of unions (a union that lists itself is reported elsewhere; here it must not recurse forever).
    func stringValues(of schema: Schema, depth: Int = 0) -> [String]? {
        let resolved = resolve(schema)
        if let members = resolved.oneOf ?? resolved.anyOf {
            guard depth < 8 else { return nil }
            // `anyOf: [{enum: [a]}, {type: null}]`: the values of the non-null members, if all list theirs.
            let lists = members.filter { !isNullSchema($0) }.map { stringValues(of: $0, depth: depth + 1) }
            guard !lists.isEmpty, lists.allSatisfy({ $0 != nil }) else { return nil }
            return lists.flatMap { $0! }.reduce(into: []) { unique, value in if !unique.contains(value) { unique.append(value) } }
        }
        if let constant = resolved.constValue { return constant.stringValue.map { [$0] } }
        guard let values = resolved.enumValues else { return nil }
        let strings = values.compactMap(\.stringValue)
        return strings.isEmpty ? nil : strings
    }

    /// What `member` says about its JSON, with `keys` as the tags objects are told apart by.
    /// `shallow` gives only the kinds (for the value kinds of an object's properties).
    func evidence(for member: Schema, keys: Set<String>, shallow: Bool = false, depth: Int = 0) -> MemberEvidence {
        let schema = resolve(member)
        let nullable: Set<Kind> = member.allowsNull || schema.allowsNull ? [.null] : []
        if let nested = (schema.oneOf ?? schema.anyOf)?.filter({ !isNullSchema($0) }), !nested.isEmpty, depth < 8 {
            return nestedEvidence(nested.map { evidence(for: $0, keys: keys, shallow: shallow, depth: depth + 1) }, nullable: nullable)
        }
        if case .object = shape(of: schema), shallow {
            return MemberEvidence(kinds: Set<Kind>([.object]).union(nullable))
        }
        if case .object = shape(of: schema) {
            let object = mergedObject(schema)
            let tags = object.properties.filter { keys.contains($0.name) }.compactMap { property in
                stringValues(of: property.schema).map { MemberEvidence.Tag(key: property.name, values: $0) }
            }
            let required = object.properties.map(\.name).filter { name in
                object.required.contains(name) && !decodesLeniently(name, object.properties.first { $0.name == name }!.schema)
            }
            var evidence = MemberEvidence(kinds: Set<Kind>([.object]).union(nullable), tags: tags, required: required)
            evidence.optional = object.properties.map(\.name).filter { !required.contains($0) }
            evidence.valueKinds = object.properties.map { property in
                .init(key: property.name, kinds: self.evidence(for: property.schema, keys: [], shallow: true, depth: depth + 1).kinds)
            }
            return evidence
        }
        if let values = stringValues(of: schema) {
            return MemberEvidence(kinds: Set<Kind>([.string]).union(nullable), stringValues: values)
        }
        var kinds: Set<Kind> = nullable
        for type in schema.types {
            switch type {
            case .string: kinds.insert(.string)
            case .integer: kinds.insert(.integer)
            case .number: kinds.formUnion([.integer, .number])
            case .boolean: kinds.insert(.boolean)
            case .array: kinds.insert(.array)
            case .object: kinds.insert(.object)
            }
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.types.isEmpty, depth < 8 {
            return evidence(for: allOf[0], keys: keys, shallow: shallow, depth: depth + 1)
        }
        return kinds.subtracting(nullable).isEmpty ? MemberEvidence() : MemberEvidence(kinds: kinds)
    }

    /// Keeps, of each object member's value kinds, only the keys where members disagree: a key all
    /// members type alike tells nothing, and checking it would cost every decode.
    func keepingTellingValueKinds(_ members: [MemberEvidence]) -> [MemberEvidence] {
        var kindsByKey: [String: Set<Set<Kind>>] = [:]
        var owners: [String: Int] = [:]
        for member in members where member.kinds.contains(.object) {
            for entry in member.valueKinds {
                kindsByKey[entry.key, default: []].insert(entry.kinds)
                owners[entry.key, default: 0] += 1
            }
        }
        return members.map { member in
            var member = member
            member.valueKinds = member.valueKinds.filter { entry in
                owners[entry.key, default: 0] > 1 && kindsByKey[entry.key, default: []].count > 1
                    && entry.kinds != Set(Kind.allCases)
            }
            return member
        }
    }

    /// The shapes of a variant of a tagged union for one tag it shares with other variants: one per
    /// member answering to that tag when the variant is itself a union, so that each is weighed on
    /// its own evidence.
    func shapes(of member: Schema, keys: Set<String>, answering tag: String, on key: String, depth: Int = 0) -> [MemberEvidence] {
        let schema = resolve(member)
        guard let nested = (schema.oneOf ?? schema.anyOf)?.filter({ !isNullSchema($0) }), !nested.isEmpty, depth < 8 else {
            return [evidence(for: member, keys: keys, depth: depth)]
        }
        let all = nested.flatMap { shapes(of: $0, keys: keys, answering: tag, on: key, depth: depth + 1) }
        let answering = all.filter { part in part.tags.first { $0.key == key }.map { $0.values.contains(tag) } ?? true }
        return answering.isEmpty ? all : answering
    }

    /// A member that is itself a union takes what any of its members takes; a tag or required key
    /// counts only when every object member has it.
    private func nestedEvidence(_ parts: [MemberEvidence], nullable: Set<Kind>) -> MemberEvidence {
        var result = MemberEvidence(kinds: parts.reduce(nullable) { $0.union($1.kinds) })
        let objects = parts.filter { $0.kinds.contains(.object) }
        if let first = objects.first {
            result.tags = first.tags.compactMap { tag in
                var values = tag.values
                for other in objects.dropFirst() {
                    guard let match = other.tags.first(where: { $0.key == tag.key }) else { return nil }
                    values += match.values.filter { !values.contains($0) }
                }
                return MemberEvidence.Tag(key: tag.key, values: values)
            }
            result.required = first.required.filter { key in objects.allSatisfy { $0.required.contains(key) } }
            var known: [String] = []
            for part in objects { for key in part.required + part.optional where !known.contains(key) { known.append(key) } }
            result.optional = known.filter { !result.required.contains($0) }
            result.valueKinds = first.valueKinds.compactMap { entry in
                var kinds = entry.kinds
                for other in objects.dropFirst() {
                    guard let match = other.valueKinds.first(where: { $0.key == entry.key }) else { return nil }
                    kinds.formUnion(match.kinds)
                }
                return MemberEvidence.ValueKinds(key: entry.key, kinds: kinds)
            }
        }
        let strings = parts.filter { $0.kinds.contains(.string) }
        if !strings.isEmpty, strings.allSatisfy({ $0.stringValues != nil }) {
            result.stringValues = strings.flatMap { $0.stringValues! }
        }
        return result
    }

    /// A required array decoded as empty when absent, if the configuration asks for that leniency.
    func decodesLeniently(_ name: String, _ propertySchema: Schema) -> Bool {
        guard configuration.missingRequiredArraysDecodeAsEmpty,
              configuration.lenientArrayNames?.contains(name) ?? true else { return false }
        let resolved = resolve(propertySchema)
        return resolved.types == [.array] && !propertySchema.allowsNull && resolved.defaultValue == nil
    }

    /// Warns about each member that can never be chosen: for every kind it takes, an earlier (or
    /// more specific) member takes the same values with at least the same evidence.
    mutating func warnUnreachable(union: String, members: [(name: String, evidence: MemberEvidence, location: SourceLocation)]) {
        for (index, member) in members.enumerated() {
            var shadowing: String?
            var reachable = false
            for kind in member.evidence.kinds.sorted() {
                let others = members.indices.filter { $0 != index && members[$0].evidence.kinds.contains(kind) }
                let rival = others.first { other in
                    let a = members[other].evidence, b = member.evidence
                    let earlier = (a.kinds.count, other) < (b.kinds.count, index)
                    switch kind {
                    case .object:
                        return earlier && Set(a.tags) == Set(b.tags) && Set(a.required) == Set(b.required)
                            && Set(a.valueKinds) == Set(b.valueKinds) && Set(b.optional).isSubset(of: a.optional + a.required)
                    case .string:
                        guard earlier else { return false }
                        guard let values = b.stringValues else { return a.stringValues == nil }
                        return a.stringValues.map { Set(values).isSubset(of: $0) } ?? false
                    default:
                        return earlier
                    }
                }
                if let rival { shadowing = shadowing ?? members[rival].name } else { reachable = true }
            }
            if !reachable, let shadowing, shadowing != member.name {
                diagnostics.append(.warning(
                    "'\(member.name)' in '\(union)' can never be chosen: every value it accepts also fits '\(shadowing)', "
                        + "with no tag, required key or JSON kind to tell them apart; '\(shadowing)' is chosen",
                    at: member.location))
            }
        }
    }
}
