/// Renames: a schema or operation whose name changed while its shape did not. The inline types
/// the generator names after it (`OldNameItem`, `CreateFooRequest`) are renamed with it, so that
/// they are compared with their counterparts instead of reported as removed and added.
extension SpecDiff {
    /// Operations (paired by method and path) whose `operationId` changed: their inline types follow.
    mutating func findRenamedOperations() {
        for (key, (oldOperation, _)) in old.operations {
            guard let (newOperation, _) = new.operations[key], oldOperation.operationID != newOperation.operationID else { continue }
            renameInlineTypes(
                from: old.configuration.typePrefix + SwiftNaming.typeName(oldOperation.operationID),
                to: new.configuration.typePrefix + SwiftNaming.typeName(newOperation.operationID))
        }
    }

    /// Component schemas gone from the new model paired with added ones of the same structure;
    /// each is reported as one rename (Swift-breaking, wire-compatible).
    mutating func findRenamedSchemas() {
        let removed = old.componentSwiftNames.values.filter { new.declarations[$0] == nil }.sorted()
        let added = new.componentSwiftNames.values.filter { old.declarations[$0] == nil }.sorted()
        guard !removed.isEmpty, !added.isEmpty else { return }
        var addedByShape: [String: [String]] = [:]
        for name in added { addedByShape[fingerprint(name, in: new), default: []].append(name) }
        var removedByShape: [String: [String]] = [:]
        for name in removed { removedByShape[fingerprint(name, in: old), default: []].append(name) }
        for (shape, oldNames) in removedByShape.sorted(by: { $0.key < $1.key }) {
            // Two removed and two added of one shape: which became which is a guess; report neither as a rename.
            guard oldNames.count == 1, let newNames = addedByShape[shape], newNames.count == 1 else { continue }
            let (oldName, newName) = (oldNames[0], newNames[0])
            renamedTypes[oldName] = newName
            renameInlineTypes(from: oldName, to: newName)
            guard let declaration = new.declarations[newName], let pointer = declaration.documentation.pointer else { continue }
            report(SpecChange(
                .swiftBreaking, rule: "schema-renamed", pointer: pointer, symbol: newName, location: new.location(of: pointer),
                message: "type \(oldName) was renamed to \(newName) (schema '\(componentName(of: oldName, in: old))' → '\(componentName(of: newName, in: new))')",
                explanation: "the schema's structure is unchanged, so the wire format is too; code that names \(oldName) must use \(newName)"))
        }
    }

    /// Maps old declarations named `oldStem…` (not otherwise present) to `newStem…` where it exists.
    mutating func renameInlineTypes(from oldStem: String, to newStem: String) {
        for name in old.declarations.keys where name.hasPrefix(oldStem) && new.declarations[name] == nil && renamedTypes[name] == nil {
            let candidate = newStem + name.dropFirst(oldStem.count)
            if new.declarations[candidate] != nil { renamedTypes[name] = candidate }
        }
    }

    func componentName(of swiftName: String, in snapshot: SpecSnapshot) -> String {
        snapshot.componentSwiftNames.first { $0.value == swiftName }?.key ?? swiftName
    }

    /// A text that is equal for two declarations exactly when they describe the same data and the
    /// same Swift members, whatever they are called: references to components by name, inline
    /// types by their own structure.
    func fingerprint(_ name: String, in snapshot: SpecSnapshot, depth: Int = 0) -> String {
        guard depth < 8, let declaration = snapshot.declarations[name] else { return "@\(name)" }
        func usage(_ type: TypeUsage) -> String {
            switch type {
            case .named(let inner):
                snapshot.componentTypeNames.contains(inner) ? "@\(inner)" : "{\(fingerprint(inner, in: snapshot, depth: depth + 1))}"
            case .array(let element): "[\(usage(element))]"
            case .map(let value): "[:\(usage(value))]"
            case .optional(let wrapped): "\(usage(wrapped))?"
            default: type.swift
            }
        }
        switch declaration {
        case .structure(let model):
            let properties = model.properties.sorted { $0.wireName < $1.wireName }.map { property in
                "\(property.wireName)=\(property.swiftName):\(usage(property.type)) r\(property.isRequired) n\(property.isNullable) "
                    + "c\(String(describing: property.constant)) d\(String(describing: property.defaultValue)) "
                    + "\(String(describing: property.constraints)) \(String(describing: property.elementConstraints))"
            }
            return "struct{\(properties.joined(separator: ";"))}+\(model.additionalProperties.map(usage) ?? "-")"
        case .openEnum(let model):
            return "enum[\(model.cases.map { "\($0.rawValue)=\($0.swiftName)" }.joined(separator: ","))]"
        case .taggedUnion(let model):
            let variants = model.variants.map { "\($0.caseName)\($0.tags):\(usage($0.type))" }
            return "tagged(\(model.propertyName))[\(variants.joined(separator: ","))]"
        case .untaggedUnion(let model):
            return "untagged[\(model.variants.map { "\($0.caseName):\(usage($0.type))" }.joined(separator: ","))]"
        case .alias(let model):
            return "alias(\(usage(model.target)))"
        }
    }
}
