/// Enums and unions. Both are open in these bindings (an `unknown` case keeps values the spec does
/// not list), so a new value or member is additive; a removed one breaks requests that send it and
/// code that names its case.
extension SpecDiff {
    mutating func compareEnums(_ a: EnumModel, _ b: EnumModel, direction: UsageDirection) {
        let oldByValue = Dictionary(a.cases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let newByValue = Dictionary(b.cases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        for item in a.cases where newByValue[item.rawValue] == nil {
            let pointer = enumValuePointer(item.rawValue, of: a.documentation.pointer, in: old)
            let symbol = "\(b.name).\(item.swiftName.trimmingBackticks)"
            let value = "'\(SpecText.visible(item.rawValue))'"
            if direction.contains(.request) {
                report(SpecChange(
                    .wireBreaking, rule: "request-enum-value-removed", pointer: pointer, symbol: symbol, location: old.location(of: pointer),
                    message: "value \(value) was removed from \(b.name)",
                    explanation: "requests of the old bindings may send it; code that names .\(item.swiftName.trimmingBackticks) no longer compiles"))
            } else {
                report(SpecChange(
                    .swiftBreaking, rule: "enum-case-removed", pointer: pointer, symbol: symbol, location: old.location(of: pointer),
                    message: "value \(value) was removed from \(b.name)",
                    explanation: "responses no longer carry it, which old bindings survive; code that names .\(item.swiftName.trimmingBackticks) no longer compiles"))
            }
        }
        for item in b.cases {
            let pointer = enumValuePointer(item.rawValue, of: b.documentation.pointer, in: new)
            let symbol = "\(b.name).\(item.swiftName.trimmingBackticks)"
            guard let before = oldByValue[item.rawValue] else {
                let received = direction.contains(.response)
                report(SpecChange(
                    .additive, severity: received ? .warning : .note, rule: "enum-value-added", pointer: pointer, symbol: symbol,
                    location: new.location(of: pointer), message: "value '\(SpecText.visible(item.rawValue))' was added to \(b.name)",
                    explanation: received
                        ? "enums are open in these bindings: code built from the old spec decodes it as .unknown(\"\(SpecText.visible(item.rawValue))\") instead of failing; a switch over \(b.name) may want a case for it"
                        : "enums are open in these bindings, and requests of the old bindings never send it"))
                continue
            }
            if before.swiftName != item.swiftName {
                report(SpecChange(
                    .swiftBreaking, rule: "enum-case-renamed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                    message: "the case for '\(SpecText.visible(item.rawValue))' of \(b.name) is now .\(item.swiftName.trimmingBackticks) (was .\(before.swiftName.trimmingBackticks))"))
            }
        }
    }

    func enumValuePointer(_ value: String, of pointer: String?, in snapshot: SpecSnapshot) -> String {
        guard let pointer else { return "" }
        guard let index = snapshot.schemas.schema(at: pointer)?.enumValues?.firstIndex(of: .string(value)) else { return pointer }
        return "\(pointer)/enum/\(index)"
    }

    /// The pointer of the `oneOf`/`anyOf` member a union variant of `type` comes from.
    /// `position` is the variant's index among the union's variants, which follow the non-null
    /// members in order for untagged unions (tagged ones may skip members, but their variants are named).
    func memberPointer(of type: TypeUsage, union pointer: String?, in snapshot: SpecSnapshot, position: Int? = nil) -> String {
        guard let pointer, let schema = snapshot.schemas.schema(at: pointer) else { return pointer ?? "" }
        let keyword = schema.oneOf != nil ? "oneOf" : "anyOf"
        guard let members = schema.oneOf ?? schema.anyOf else { return pointer }
        guard case .named(let name) = type else {
            let nonNull = members.indices.filter { !newTranslator.isNullSchema(members[$0]) }
            guard let position, nonNull.indices.contains(position) else { return pointer }
            return "\(pointer)/\(keyword)/\(nonNull[position])"
        }
        let declared = snapshot.declarations[name]?.documentation.pointer
        for (index, member) in members.enumerated() {
            if let reference = member.reference, !reference.isInside, snapshot.componentSwiftNames[reference.name] == name { return "\(pointer)/\(keyword)/\(index)" }
            if member.reference == nil, member.pointer == declared { return "\(pointer)/\(keyword)/\(index)" }
        }
        return pointer
    }

    mutating func compareTaggedUnions(_ a: TaggedUnionModel, _ b: TaggedUnionModel, direction: UsageDirection) {
        if a.propertyName != b.propertyName {
            let pointer = (b.documentation.pointer ?? "") + "/discriminator/propertyName"
            report(SpecChange(
                .wireBreaking, rule: "discriminator-property-changed", pointer: pointer, symbol: b.name, location: new.location(of: pointer),
                message: "\(b.name) is now told apart by '\(b.propertyName)' (was '\(a.propertyName)')",
                explanation: "the old bindings read the member's kind from the old key"))
        }
        var removed = a.variants
        var added: [TaggedUnionModel.Variant] = []
        var pairs: [(TaggedUnionModel.Variant, TaggedUnionModel.Variant)] = []
        // Paired by payload type first (a changed tag keeps its type), then by a shared tag.
        for variant in b.variants {
            if let index = removed.firstIndex(where: { sameType($0.type, variant.type) }) {
                pairs.append((removed.remove(at: index), variant))
            } else {
                added.append(variant)
            }
        }
        for variant in added {
            guard let index = removed.firstIndex(where: { !Set($0.tags).isDisjoint(with: variant.tags) }) else { continue }
            pairs.append((removed.remove(at: index), variant))
        }
        added.removeAll { variant in pairs.contains { $0.1 == variant } }
        for (before, after) in pairs {
            let pointer = memberPointer(of: after.type, union: b.documentation.pointer, in: new)
            let symbol = "\(b.name).\(after.caseName.trimmingBackticks)"
            if before.tags != after.tags {
                report(SpecChange(
                    .wireBreaking, rule: "discriminator-value-changed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                    message: "the \(b.propertyName) of \(after.type.swift) in \(b.name) changed from \(Self.listed(before.tags)) to \(Self.listed(after.tags))",
                    explanation: "the old bindings match members by the old value"))
            } else if let (category, explanation) = typeChange(from: before.type, to: after.type, direction: direction) {
                report(SpecChange(
                    category, rule: "union-member-type-changed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                    message: "the member of \(b.name) for \(Self.listed(after.tags)) changed from \(before.type.swift) to \(after.type.swift)",
                    explanation: explanation))
            } else if before.caseName != after.caseName {
                report(SpecChange(
                    .swiftBreaking, rule: "union-case-renamed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                    message: "the case of \(b.name) for \(after.type.swift) is now .\(after.caseName.trimmingBackticks) (was .\(before.caseName.trimmingBackticks))"))
            }
        }
        reportMembers(removed: removed.map { ($0.caseName, $0.type, Self.listed($0.tags), nil) },
                      added: added.map { ($0.caseName, $0.type, Self.listed($0.tags), nil) }, union: a.name, newName: b.name,
                      pointers: (a.documentation.pointer, b.documentation.pointer), direction: direction)
    }

    mutating func compareUntaggedUnions(_ a: UntaggedUnionModel, _ b: UntaggedUnionModel, direction: UsageDirection) {
        let oldByCase = Dictionary(a.variants.map { ($0.caseName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByCase = Dictionary(b.variants.map { ($0.caseName, $0) }, uniquingKeysWith: { first, _ in first })
        for variant in b.variants {
            guard let before = oldByCase[variant.caseName],
                  let (category, explanation) = typeChange(from: before.type, to: variant.type, direction: direction) else { continue }
            let pointer = memberPointer(
                of: variant.type, union: b.documentation.pointer, in: new, position: b.variants.firstIndex(of: variant))
            report(SpecChange(
                category, rule: "union-member-type-changed", pointer: pointer, symbol: "\(b.name).\(variant.caseName.trimmingBackticks)",
                location: new.location(of: pointer),
                message: "the member .\(variant.caseName.trimmingBackticks) of \(b.name) changed from \(before.type.swift) to \(variant.type.swift)",
                explanation: explanation))
        }
        reportMembers(
            removed: a.variants.enumerated().filter { newByCase[$1.caseName] == nil }.map { ($1.caseName, $1.type, $1.type.swift, $0) },
            added: b.variants.enumerated().filter { oldByCase[$1.caseName] == nil }.map { ($1.caseName, $1.type, $1.type.swift, $0) },
            union: a.name, newName: b.name, pointers: (a.documentation.pointer, b.documentation.pointer), direction: direction)
    }

    mutating func reportMembers(
        removed: [(caseName: String, type: TypeUsage, label: String, position: Int?)],
        added: [(caseName: String, type: TypeUsage, label: String, position: Int?)],
        union: String, newName: String, pointers: (old: String?, new: String?), direction: UsageDirection
    ) {
        for member in removed {
            let pointer = memberPointer(of: member.type, union: pointers.old, in: old, position: member.position)
            let symbol = "\(union).\(member.caseName.trimmingBackticks)"
            let sent = direction.contains(.request)
            report(SpecChange(
                sent ? .wireBreaking : .swiftBreaking, rule: sent ? "request-union-member-removed" : "union-member-removed",
                pointer: pointer, symbol: symbol, location: old.location(of: pointer),
                message: "member .\(member.caseName.trimmingBackticks) (\(member.label)) was removed from \(newName)",
                explanation: sent
                    ? "requests of the old bindings may send it; code that names the case no longer compiles"
                    : "responses no longer carry it, which old bindings survive; code that names the case no longer compiles"))
        }
        for member in added {
            let pointer = memberPointer(of: member.type, union: pointers.new, in: new, position: member.position)
            let received = direction.contains(.response)
            report(SpecChange(
                .additive, severity: received ? .warning : .note, rule: "union-member-added", pointer: pointer,
                symbol: "\(newName).\(member.caseName.trimmingBackticks)", location: new.location(of: pointer),
                message: "member .\(member.caseName.trimmingBackticks) (\(member.label)) was added to \(newName)",
                explanation: received
                    ? "unions are open in these bindings: code built from the old spec decodes it as .unknown, keeping its JSON, instead of failing"
                    : "unions are open in these bindings, and requests of the old bindings never send it"))
        }
    }

    static func listed(_ tags: [String]) -> String {
        tags.map { "'\(SpecText.visible($0))'" }.joined(separator: ", ")
    }
}
