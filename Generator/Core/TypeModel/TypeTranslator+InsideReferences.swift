/// References to schemas inside components (`#/components/schemas/Pet/properties/owner`): such a
/// reference has the very type the component's own translation gives that schema, not a copy.
///
/// The schema is translated once, by whichever comes first (the component or a reference), and
/// its type is remembered by pointer. A reference that comes first names the type as the component
/// would (`PetOwner`), so the name does not depend on which came first in the common cases.
extension TypeTranslator {
    /// Whether a reference names `schema` from outside (the component's copy shares its pointer).
    func isReferencedInside(_ schema: Schema) -> Bool {
        !document.components.insideSchemas.isEmpty && document.components.insideSchemas[schema.pointer] != nil
    }

    /// The type of the schema `reference` names inside a component.
    mutating func insideUsage(_ reference: Reference) -> (TypeUsage, isNullable: Bool) {
        guard let target = document.components.schema(referencedBy: reference) else { return (.json, false) }
        if let known = insideUsages[target.pointer] { return known }
        if let claimedBefore = insideInProgress[target.pointer] {
            // A struct, enum or union is remembered as soon as its name is claimed, so this schema is
            // an array, map or alias still being translated. With a named type claimed since it began
            // (`[Item]` where `Item.children` is this schema), it becomes a type alias so that it can
            // be named before it is complete; with none, it would contain itself: `L = [L]`.
            guard claimedTypeCount > claimedBefore else {
                error(
                    "reference cycle through '\(SpecText.visible(reference.pointer))': the schema contains itself with no object in between; give it structure (an object with properties)",
                    at: reference.location)
                return (.json, false)
            }
            let name = insideAliases[target.pointer] ?? names.claim(insideTypeName(reference))
            insideAliases[target.pointer] = name
            return (.named(name), target.allowsNull || admitsNull(target))
        }
        return usage(for: target, suggestedName: insideTypeName(reference))
    }

    /// Translates a schema that a reference names, once; later uses get the same type.
    mutating func sharedUsage(for schema: Schema, suggestedName: String) -> (TypeUsage, isNullable: Bool) {
        if let known = insideUsages[schema.pointer] { return known }
        insideInProgress[schema.pointer] = claimedTypeCount
        var (type, isNullable) = ownUsage(for: schema, suggestedName: suggestedName)
        insideInProgress[schema.pointer] = nil
        if let alias = insideAliases[schema.pointer] {
            // Referred to from inside itself before it was complete (see `insideUsage`).
            declarations.append(.alias(.init(name: alias, documentation: documentation(schema), target: type)))
            type = .named(alias)
        }
        insideUsages[schema.pointer] = (type, isNullable)
        return (type, isNullable)
    }

    /// Claims a type name for `schema`; if a reference names the schema, remembers the type at
    /// once, so a reference back to it from inside resolves to it (recursion through a struct).
    mutating func claim(_ suggestedName: String, for schema: Schema, isNullable: Bool) -> String {
        let name = names.claim(suggestedName)
        claimedTypeCount += 1
        if isReferencedInside(schema), insideUsages[schema.pointer] == nil {
            insideUsages[schema.pointer] = (.named(name), isNullable)
        }
        return name
    }

    /// The name a component's translation gives the schema at `reference`'s path, following the
    /// schemas along it: a struct's property is the struct's name and the property's, array items
    /// add `Item`, a struct's extra members `AdditionalProperty` and a map's values `Value`, a
    /// union's members `VariantN`; a component that is an alias starts from its name + `Value`.
    func insideTypeName(_ reference: Reference) -> String {
        let component = Reference(section: .schemas, name: reference.name, location: reference.location)
        var name = swiftName(of: component)
        guard var current = document.components.schema(named: reference.name) else { return name }
        if case .other = shape(of: current) { name += "Value" }
        var tokens = reference.path[...]
        while let token = tokens.popFirst() {
            let parent = current
            let isStruct = if case .object = shape(of: parent) { true } else { false }
            switch token {
            case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas":
                let key = tokens.popFirst() ?? ""
                name += SwiftNaming.typeName(key)
                current = parent.properties.first { $0.name == key }?.schema ?? parent
            case "items":
                name += "Item"
                current = parent.items ?? parent
            case "additionalProperties":
                name += isStruct ? "AdditionalProperty" : "Value"
                if case .schema(let values) = parent.additionalProperties { current = values }
            case "allOf":
                // A struct merges its `allOf` members' properties: they are named after the struct.
                let index = tokens.popFirst().flatMap { Int($0) } ?? 0
                if !isStruct { name += "Variant\(index + 1)" }
                current = parent.allOf.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? parent
            case "oneOf", "anyOf", "prefixItems":
                let index = tokens.popFirst().flatMap { Int($0) } ?? 0
                let members = (token == "oneOf" ? parent.oneOf : token == "anyOf" ? parent.anyOf : nil) ?? []
                // A nullable union of one member is that member's type, under the same name.
                if case .union(let nonNull, _) = shape(of: parent), nonNull.count == 1 {} else { name += "Variant\(index + 1)" }
                current = members.indices.contains(index) ? members[index] : parent
            default:
                name += SwiftNaming.typeName(token)
            }
        }
        return name
    }
}
