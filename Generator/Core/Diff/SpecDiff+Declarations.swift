/// Declarations: paired by Swift name (after renames), compared member by member. Only component
/// schemas are reported as removed or added: an inline type comes and goes with the property,
/// parameter or operation it is named after, which is reported instead.
extension SpecDiff {
    mutating func compareDeclarations() {
        let newUnsupportedReach = UnsupportedReach(new.document.components)
        for oldDeclaration in old.model.declarations {
            let name = oldDeclaration.name
            guard let newName = newName(of: name), let newDeclaration = new.declarations[newName] else {
                if let pointer = componentPointer(of: oldDeclaration, in: old) {
                    let component = componentName(of: name, in: old)
                    if let construct = newUnsupportedReach.cause(ofComponent: component) {
                        // Still in the spec, but it now reaches a construct the generator skips.
                        report(SpecChange(
                            .swiftBreaking, rule: "schema-not-generated", pointer: pointer, symbol: name, location: construct.location,
                            message: "type \(name) is no longer generated (schema '\(component)'): \(construct.reason)",
                            explanation: "code that names \(name) no longer compiles; where the schema was used, that use is reported too"))
                        continue
                    }
                    report(SpecChange(
                        .swiftBreaking, rule: "schema-removed", pointer: pointer, symbol: name, location: old.location(of: pointer),
                        message: "type \(name) was removed (schema '\(componentName(of: name, in: old))')",
                        explanation: "code that names \(name) no longer compiles; where the schema was used, that use is reported too"))
                }
                continue
            }
            // Most declarations are untouched; equal models have nothing to report.
            if oldDeclaration == newDeclaration { continue }
            let direction = old.direction(of: name).union(new.direction(of: newName))
            compare(oldDeclaration, newDeclaration, direction: direction)
        }
        let renameTargets = Set(renamedTypes.values)
        for newDeclaration in new.model.declarations where old.declarations[newDeclaration.name] == nil && !renameTargets.contains(newDeclaration.name) {
            guard let pointer = componentPointer(of: newDeclaration, in: new) else { continue }
            report(SpecChange(
                .additive, rule: "schema-added", pointer: pointer, symbol: newDeclaration.name, location: new.location(of: pointer),
                message: "type \(newDeclaration.name) was added (schema '\(componentName(of: newDeclaration.name, in: new))')"))
        }
    }

    /// `#/components/schemas/Name` for a component's declaration; `nil` for inline types.
    func componentPointer(of declaration: Declaration, in snapshot: SpecSnapshot) -> String? {
        guard snapshot.componentTypeNames.contains(declaration.name) else { return nil }
        return declaration.documentation.pointer
    }

    mutating func compare(_ oldDeclaration: Declaration, _ newDeclaration: Declaration, direction: UsageDirection) {
        let symbol = newDeclaration.name
        let pointer = newDeclaration.documentation.pointer ?? ""
        compareDocumentation(
            oldDeclaration.documentation, newDeclaration.documentation, pointer: pointer, symbol: symbol, what: "type \(symbol)")
        switch (oldDeclaration, newDeclaration) {
        case (.structure(let a), .structure(let b)): compareStructs(a, b, direction: direction)
        case (.openEnum(let a), .openEnum(let b)): compareEnums(a, b, direction: direction)
        case (.taggedUnion(let a), .taggedUnion(let b)): compareTaggedUnions(a, b, direction: direction)
        case (.untaggedUnion(let a), .untaggedUnion(let b)): compareUntaggedUnions(a, b, direction: direction)
        case (.alias(let a), .alias(let b)):
            guard let (category, explanation) = typeChange(from: a.target, to: b.target, direction: direction) else { return }
            report(SpecChange(
                category, rule: "type-changed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                message: "\(symbol) changed from \(a.target.swift) to \(b.target.swift)", explanation: explanation))
        default:
            let oldKinds = kinds(of: .named(oldDeclaration.name), in: old)
            let newKinds = kinds(of: .named(newDeclaration.name), in: new)
            let breaksWire = direction.contains(.request) && !Self.accepts(newKinds, oldKinds)
                || direction.contains(.response) && !Self.accepts(oldKinds, newKinds)
            report(SpecChange(
                breaksWire ? .wireBreaking : .swiftBreaking, rule: "type-kind-changed", pointer: pointer, symbol: symbol,
                location: new.location(of: pointer),
                message: "\(symbol) changed from a \(oldDeclaration.kindName) to a \(newDeclaration.kindName)",
                explanation: breaksWire
                    ? "its JSON changes from \(Self.describe(oldKinds)) to \(Self.describe(newKinds))"
                    : "the JSON is compatible, but code that uses its members or cases no longer compiles"))
        }
    }

    /// Description and deprecation: documentation only (a deprecation is a warning).
    mutating func compareDocumentation(_ a: Documentation, _ b: Documentation, pointer: String, symbol: String, what: String) {
        if a.text != b.text {
            let verb = a.text == nil ? "gained a description" : b.text == nil ? "lost its description" : "has a new description"
            report(SpecChange(
                .documentation, rule: "description-changed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                message: "\(what) \(verb)"))
        }
        if a.deprecated != b.deprecated {
            report(SpecChange(
                .documentation, severity: b.deprecated ? .warning : .note, rule: b.deprecated ? "deprecated" : "undeprecated",
                pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                message: "\(what) is \(b.deprecated ? "now deprecated" : "no longer deprecated")",
                explanation: b.deprecated ? "uses of \(symbol) compile with a deprecation warning" : nil))
        }
    }
}
