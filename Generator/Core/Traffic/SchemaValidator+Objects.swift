/// Objects: required members, described properties, and members the spec does not describe.
extension SchemaValidator {
    func validateObject(_ members: [JSONValue.Member], against schema: Schema, at position: Position, into issues: inout [Issue]) {
        let present = Set(members.map(\.key))
        for name in schema.required where !present.contains(name) {
            let property = schema.properties.first { $0.name == name }
            let tolerated = property.map { isLenientArray(named: name, $0.schema) } ?? false
            issues.append(issue(
                .missingRequiredField, tolerated ? .tolerated : .breaking,
                pointer: property == nil ? schema.pointer + "/required" : propertyPointer(schema, name),
                location: property?.location ?? schema.location,
                "required field '\(SpecText.visible(name))' is missing"
                    + (tolerated ? " (tolerated by missingRequiredArraysDecodeAsEmpty: the bindings decode it as [])" : ""),
                key: name, at: position))
        }
        let known = knownPropertyNames(of: schema, depth: 0)
        let reportsExtras = position.checksExtras && (!known.isEmpty || schema.additionalProperties.isForbidden)
        for member in members {
            if let property = schema.properties.first(where: { $0.name == member.key }) {
                validate(member.value, against: property.schema, at: position.descending(into: member.key), into: &issues)
                continue
            }
            if case .schema(let additional) = schema.additionalProperties {
                validate(member.value, against: additional, at: position.descending(into: member.key), into: &issues)
                continue
            }
            guard reportsExtras, !known.contains(member.key) else { continue }
            if case .allowed(true) = schema.additionalProperties { continue }
            let forbidden = schema.additionalProperties.isForbidden
            issues.append(issue(
                .undocumentedField, .drift, pointer: propertyPointer(schema, member.key), location: schema.location,
                "field '\(SpecText.visible(member.key))' is not in the spec"
                    + (forbidden ? ", which forbids other fields (additionalProperties: false)" : ""),
                key: member.key, at: position, isMismatch: forbidden))
        }
    }

    func propertyPointer(_ schema: Schema, _ name: String) -> String {
        schema.pointer + "/properties/" + Self.escape(name)
    }

    /// The property names `schema` describes, its `allOf` members' included (and, beside its own
    /// properties, its union members'), so a member described by one of them is not undocumented.
    func knownPropertyNames(of schema: Schema, depth: Int) -> Set<String> {
        guard depth < 32 else { return [] }
        if let reference = schema.reference {
            return components.schema(referencedBy: reference).map { knownPropertyNames(of: $0, depth: depth + 1) } ?? []
        }
        var names = Set(schema.properties.map(\.name))
        for member in schema.allOf ?? [] { names.formUnion(knownPropertyNames(of: member, depth: depth + 1)) }
        if !schema.properties.isEmpty {
            for member in (schema.oneOf ?? []) + (schema.anyOf ?? []) { names.formUnion(knownPropertyNames(of: member, depth: depth + 1)) }
        }
        return names
    }

    /// What `missingRequiredArraysDecodeAsEmpty` makes the bindings decode as `[]` when absent:
    /// a non-nullable array without a default, under a listed name (or any name with `true`).
    func isLenientArray(named name: String, _ schema: Schema) -> Bool {
        guard configuration.missingRequiredArraysDecodeAsEmpty,
              configuration.lenientArrayNames?.contains(name) ?? true else { return false }
        var current = schema
        for _ in 0..<16 {
            guard let reference = current.reference else { break }
            if current.allowsNull || current.defaultValue != nil { return false }
            guard let target = components.schema(referencedBy: reference) else { return false }
            current = target
        }
        return current.types == [.array] && !current.allowsNull && current.defaultValue == nil
    }
}

extension Schema.AdditionalProperties {
    var isForbidden: Bool {
        if case .allowed(false) = self { return true }
        return false
    }
}
