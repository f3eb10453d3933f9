/// Structs: properties paired by wire name, compared for presence, requiredness, nullability,
/// type, constant, default, constraints and documentation, in the direction the struct travels.
extension SpecDiff {
    /// Where a property is written and the schema its bounds come from.
    struct PropertySource {
        var pointer: String
        var location: SourceLocation?
        /// The schema holding the property's constraints and default (a `$ref`'s target, a nullable union's member).
        var valuePointer: String
    }

    func propertySources(of model: StructModel, in snapshot: SpecSnapshot, translator: TypeTranslator) -> [String: PropertySource] {
        guard let pointer = model.documentation.pointer, let schema = snapshot.schemas.schema(at: pointer) else { return [:] }
        var result: [String: PropertySource] = [:]
        for property in translator.mergedObject(schema).properties {
            result[property.name] = PropertySource(
                pointer: property.schema.pointer, location: property.location,
                valuePointer: translator.valueSchema(of: property.schema).pointer)
        }
        return result
    }

    mutating func compareStructs(_ a: StructModel, _ b: StructModel, direction: UsageDirection) {
        let oldSources = propertySources(of: a, in: old, translator: oldTranslator)
        let newSources = propertySources(of: b, in: new, translator: newTranslator)
        let fallback = PropertySource(pointer: b.documentation.pointer ?? "", location: nil, valuePointer: b.documentation.pointer ?? "")
        let oldByWire = Dictionary(a.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByWire = Dictionary(b.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        var removed = a.properties.filter { newByWire[$0.wireName] == nil }
        var added = b.properties.filter { oldByWire[$0.wireName] == nil }

        // A property removed and one of the same type added: one renamed property.
        for property in removed {
            let matches = added.filter { candidate in
                sameType(property.type, candidate.type) && property.isRequired == candidate.isRequired
                    && property.isNullable == candidate.isNullable && property.constant == candidate.constant
            }
            let reverse = removed.filter { other in matches.count == 1 && sameType(other.type, matches[0].type)
                && other.isRequired == matches[0].isRequired && other.isNullable == matches[0].isNullable && other.constant == matches[0].constant }
            guard matches.count == 1, reverse.count == 1, let source = newSources[matches[0].wireName] else { continue }
            let renamed = matches[0]
            removed.removeAll { $0.wireName == property.wireName }
            added.removeAll { $0.wireName == renamed.wireName }
            report(SpecChange(
                .wireBreaking, rule: "property-renamed", pointer: source.pointer, symbol: "\(b.name).\(renamed.swiftName.trimmingBackticks)",
                location: source.location,
                message: "property '\(property.wireName)' of \(b.name) was renamed to '\(renamed.wireName)' (\(b.name).\(property.swiftName.trimmingBackticks) → .\(renamed.swiftName.trimmingBackticks))",
                explanation: "its JSON key changes, so \(direction.phrase) bodies of the old bindings carry the old key; code that uses .\(property.swiftName.trimmingBackticks) no longer compiles"))
        }
        for property in removed {
            let source = oldSources[property.wireName] ?? fallback
            let symbol = "\(a.name).\(property.swiftName.trimmingBackticks)"
            if direction.contains(.response) {
                report(SpecChange(
                    .wireBreaking, rule: "response-property-removed", pointer: source.pointer, symbol: symbol, location: source.location,
                    message: "property '\(property.wireName)' was removed from \(b.name)",
                    explanation: "responses no longer carry it; code that reads \(symbol) no longer compiles"))
            } else {
                report(SpecChange(
                    .swiftBreaking, rule: "request-property-removed", pointer: source.pointer, symbol: symbol, location: source.location,
                    message: "property '\(property.wireName)' was removed from \(b.name)",
                    explanation: "it is only sent, so the wire is unaffected for clients that stop sending it; code that sets \(symbol) no longer compiles"))
            }
        }
        for property in added {
            let source = newSources[property.wireName] ?? fallback
            let symbol = "\(b.name).\(property.swiftName.trimmingBackticks)"
            let initNeedsIt = !property.isOptional && property.defaultValue == nil && property.constant == nil
            if property.isRequired && direction.contains(.request) {
                report(SpecChange(
                    .wireBreaking, rule: "request-property-added-required", pointer: source.pointer, symbol: symbol, location: source.location,
                    message: "required property '\(property.wireName)' was added to \(b.name)",
                    explanation: "requests of the old bindings do not send it"))
            } else if initNeedsIt {
                report(SpecChange(
                    .swiftBreaking, rule: "required-property-added", pointer: source.pointer, symbol: symbol, location: source.location,
                    message: "required property '\(property.wireName)' was added to \(b.name)",
                    explanation: "old bindings ignore it on the wire, but \(b.name)'s initializer gains a parameter without a default"))
            } else {
                report(SpecChange(
                    .additive, rule: "property-added", pointer: source.pointer, symbol: symbol, location: source.location,
                    message: "\(property.isOptional ? "optional " : "")property '\(property.wireName)' was added to \(b.name)",
                    explanation: "old bindings keep it among additionalProperties; the initializer's new parameter has a default"))
            }
        }
        for property in b.properties {
            guard let before = oldByWire[property.wireName] else { continue }
            compareProperty(
                before, property, of: b.name, source: newSources[property.wireName] ?? fallback, direction: direction)
        }
        if let oldExtra = a.additionalProperties, let newExtra = b.additionalProperties,
           let (category, explanation) = typeChange(from: oldExtra, to: newExtra, direction: direction) {
            let pointer = (b.documentation.pointer ?? "") + "/additionalProperties"
            report(SpecChange(
                category, rule: "additional-properties-changed", pointer: pointer, symbol: "\(b.name).additionalProperties",
                location: new.location(of: pointer),
                message: "the additional properties of \(b.name) changed from \(oldExtra.swift) to \(newExtra.swift)", explanation: explanation))
        }
    }
}
