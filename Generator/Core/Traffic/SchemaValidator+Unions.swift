/// `oneOf` / `anyOf`: by discriminator when the schema has one, otherwise by which member fits.
extension SchemaValidator {
    func validateUnion(_ value: JSONValue, against schema: Schema, at position: Position, into issues: inout [Issue]) {
        let keyword = schema.oneOf != nil ? "oneOf" : "anyOf"
        let members = (schema.oneOf ?? []) + (schema.anyOf ?? [])
        // Beside its own properties, the union's members describe the rest of one object.
        let memberPosition = position.step(checksExtras: schema.properties.isEmpty ? position.checksExtras : false)
        if let discriminator = schema.discriminator {
            validateDiscriminated(value, schema, discriminator, members, keyword: keyword, at: memberPosition, into: &issues)
            return
        }
        var candidates: [(issues: [Issue], mismatches: Int, fitsType: Bool)] = []
        for member in members {
            var memberIssues: [Issue] = []
            validate(value, against: member, at: memberPosition, into: &memberIssues)
            candidates.append((memberIssues, memberIssues.filter(\.isMismatch).count, fitsType(value, member, depth: 0)))
        }
        // A member the value satisfies; among several, the one with the fewest findings.
        if let match = candidates.filter({ $0.mismatches == 0 }).min(by: { $0.issues.count < $1.issues.count }) {
            issues += match.issues
            return
        }
        // No member fits: the findings of the one member of the value's type that comes closest,
        // when exactly one does; otherwise naming a member would be a guess.
        let fitting = candidates.filter(\.fitsType)
        if let fewest = fitting.map(\.mismatches).min(), fitting.filter({ $0.mismatches == fewest }).count == 1,
           let closest = fitting.first(where: { $0.mismatches == fewest }) {
            issues += closest.issues
            return
        }
        issues.append(issue(
            .noMatchingMember, .breaking, pointer: schema.pointer + "/" + keyword, location: schema.location,
            "\(value.typeName) value matches none of the \(members.count) members of \(keyword)", key: value.typeName, at: position))
    }

    private func validateDiscriminated(
        _ value: JSONValue, _ schema: Schema, _ discriminator: Schema.Discriminator, _ members: [Schema], keyword: String,
        at position: Position, into issues: inout [Issue]
    ) {
        let property = discriminator.propertyName
        guard value.members != nil else {
            issues.append(issue(
                .typeMismatch, .breaking, pointer: schema.pointer, location: schema.location,
                "expected object, found \(value.typeName)", key: value.typeName, at: position))
            return
        }
        guard let tagValue = value[property] else {
            issues.append(issue(
                .missingRequiredField, .breaking, pointer: schema.pointer + "/discriminator", location: discriminator.location,
                "discriminator field '\(SpecText.visible(property))' is missing", key: property, at: position))
            return
        }
        guard let tag = tagValue.stringValue else {
            issues.append(issue(
                .typeMismatch, .breaking, pointer: schema.pointer + "/discriminator", location: discriminator.location,
                "discriminator field '\(SpecText.visible(property))' must be a string, found \(tagValue.typeName)",
                key: tagValue.typeName, at: position.descending(into: property)))
            return
        }
        let reference = discriminator.mapping.first { $0.value == tag }?.reference
            ?? members.compactMap(\.reference).first { $0.name == tag }
        if let reference, let target = components.schema(referencedBy: reference) {
            validate(value, against: target, at: position.step(), into: &issues)
            return
        }
        // Unknown members are kept by the bindings (`unknown`), so this is drift, not a failure.
        let pointer = discriminator.mapping.isEmpty
            ? schema.pointer + "/" + keyword
            : schema.pointer + "/discriminator/mapping/" + Self.escape(tag)
        let isEvent = position.isEventRoot
        issues.append(issue(
            isEvent ? .unknownEventType : .unknownUnionMember, .drift, pointer: pointer, location: discriminator.location,
            isEvent
                ? "event type '\(SpecText.visible(tag))' is not in the spec"
                : "'\(SpecText.visible(property))' value '\(SpecText.visible(tag))' names no member of the union",
            key: tag, at: position))
    }

    /// Whether the value's JSON type is one the schema allows at all (ignoring everything else).
    func fitsType(_ value: JSONValue, _ schema: Schema, depth: Int) -> Bool {
        guard depth < 32 else { return true }
        if let reference = schema.reference {
            if value == .null, schema.allowsNull { return true }
            return components.schema(referencedBy: reference).map { fitsType(value, $0, depth: depth + 1) } ?? true
        }
        if value == .null, schema.allowsNull { return true }
        if !schema.types.isEmpty { return Self.accepts(schema.types, value) }
        let members = (schema.oneOf ?? []) + (schema.anyOf ?? [])
        if !members.isEmpty, !members.contains(where: { fitsType(value, $0, depth: depth + 1) }) { return false }
        return (schema.allOf ?? []).allSatisfy { fitsType(value, $0, depth: depth + 1) }
    }
}
