/// Type changes: whether a value's new type still carries what the old one did, in the direction
/// it travels.
extension SpecDiff {
    typealias Kind = MemberEvidence.Kind

    /// The category of changing a value's type from `oldType` to `newType`, with the reason; `nil`
    /// when both spell the same Swift type.
    func typeChange(
        from oldType: TypeUsage, to newType: TypeUsage, direction: UsageDirection
    ) -> (category: SpecChange.Category, explanation: String)? {
        guard !sameType(oldType, newType) else { return nil }
        let oldKinds = kinds(of: oldType, in: old)
        let newKinds = kinds(of: newType, in: new)
        let change = "\(oldType.swift) → \(newType.swift)"
        if direction.contains(.request) && !Self.accepts(newKinds, oldKinds) {
            return (.wireBreaking, "in requests: the server now expects \(Self.describe(newKinds)) where clients send \(Self.describe(oldKinds))")
        }
        if direction.contains(.response) && !Self.accepts(oldKinds, newKinds) {
            return (.wireBreaking, "in responses: the server now sends \(Self.describe(newKinds)) where clients decode \(Self.describe(oldKinds))")
        }
        if case .named(let oldName) = oldType.innermost, case .named(let newName) = newType.innermost,
           fingerprint(oldName, in: old) != fingerprint(newName, in: new) {
            return (.wireBreaking, "\(oldName) and \(newName) are different shapes of the same JSON kind; their members do not match")
        }
        return (.swiftBreaking, "the Swift type changes (\(change)); the JSON is compatible")
    }

    /// Whether every value of `narrow` is a value of `wide` (`nil`: any JSON).
    static func accepts(_ wide: Set<Kind>?, _ narrow: Set<Kind>?) -> Bool {
        guard let wide else { return true }
        guard let narrow else { return false }
        var widened = wide
        if wide.contains(.number) { widened.insert(.integer) }  // an integer is a number
        return narrow.isSubset(of: widened)
    }

    static func describe(_ kinds: Set<Kind>?) -> String {
        guard let kinds else { return "any JSON" }
        return kinds.sorted().map(\.rawValue).joined(separator: " or ")
    }

    /// The JSON kinds a value of `type` is written as (`nil`: any).
    func kinds(of type: TypeUsage, in snapshot: SpecSnapshot, depth: Int = 0) -> Set<Kind>? {
        switch type {
        case .string: return [.string]
        case .int, .int32, .int64: return [.integer]
        case .double, .float: return [.number]
        case .bool: return [.boolean]
        case .json: return nil
        case .array: return [.array]
        case .map: return [.object]
        case .optional(let wrapped): return kinds(of: wrapped, in: snapshot, depth: depth).map { $0.union([.null]) }
        case .named(let name):
            guard depth < 16, let declaration = snapshot.declarations[name] else { return nil }
            switch declaration {
            case .structure, .taggedUnion: return [.object]
            case .openEnum: return [.string]
            case .alias(let model): return kinds(of: model.target, in: snapshot, depth: depth + 1)
            case .untaggedUnion(let model):
                var result: Set<Kind> = []
                for variant in model.variants {
                    guard let variantKinds = kinds(of: variant.type, in: snapshot, depth: depth + 1) else { return nil }
                    result.formUnion(variantKinds)
                }
                return result
            }
        }
    }
}

extension TypeUsage {
    /// The element type of arrays, maps and optionals, at any depth.
    var innermost: TypeUsage {
        switch self {
        case .array(let inner), .map(let inner), .optional(let inner): inner.innermost
        default: self
        }
    }
}
