/// Finds schemas that are defined only in terms of themselves, which no Swift type can express:
/// `A: {allOf: [$ref A]}` and `A: $ref B` + `B: $ref A` (`typealias A = A`), an array whose items
/// are the array itself (`typealias L = [L]`), and a union listing itself as a member (decoding it
/// would try itself forever without reading any input). Each becomes a located error.
///
/// Recursion *through* an object is fine (it is boxed, see `RecursionAnalysis`), and so is a union
/// member that is an array or a dictionary of the union, since decoding it reads input first.
enum SelfReferenceAnalysis {
    /// One diagnostic per cycle, at the first component schema on it.
    static func diagnostics(
        for declarations: [Declaration], components: [(name: String, schema: Schema)], swiftNames: [String: String]
    ) -> [Diagnostic] {
        let index = Dictionary(declarations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let edges = declarations.map { transparentReferences(of: $0, in: index, declarations: declarations) }
        let specName = Dictionary(components.map { (swiftNames[$0.name] ?? $0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Diagnostic] = []
        for component in StronglyConnectedComponents.compute(nodeCount: declarations.count, edges: edges) {
            let isCycle = component.count > 1 || edges[component[0]].contains(component[0])
            guard isCycle else { continue }
            let names = component.map { declarations[$0].name }
            guard let first = names.compactMap({ specName[$0] }).min(by: { $0.schema.location < $1.schema.location }) else { continue }
            let others = names.compactMap { specName[$0]?.name }.filter { $0 != first.name }.sorted()
            let through = others.isEmpty ? "" : " (through \(others.map { "'\($0)'" }.joined(separator: ", ")))"
            result.append(.error(
                "schema '\(first.name)' is defined only in terms of itself\(through); give it structure (an object with properties) or remove the self-reference",
                at: first.schema.location))
        }
        return result
    }

    /// Declarations that must be resolved to know what this one is, without reading any input.
    static func transparentReferences(of declaration: Declaration, in index: [String: Int], declarations: [Declaration]) -> [Int] {
        func isAlias(_ name: String) -> Bool {
            guard let position = index[name], case .alias = declarations[position] else { return false }
            return true
        }
        switch declaration {
        case .alias(let model):
            // A type alias may not mention itself anywhere in its target, not even as an element type.
            var names = [String]()
            collectNames(model.target, into: &names, nestedOnlyIf: isAlias)
            return names.compactMap { index[$0] }
        case .taggedUnion(let model):
            return model.variants.compactMap { direct($0.type).flatMap { index[$0] } }
        case .untaggedUnion(let model):
            return model.variants.compactMap { direct($0.type).flatMap { index[$0] } }
        case .structure, .openEnum:
            return []
        }
    }

    static func direct(_ type: TypeUsage) -> String? {
        if case .named(let name) = type { return name }
        return nil
    }

    /// The name at the top, and names inside arrays and dictionaries that pass `nestedOnlyIf`.
    static func collectNames(_ type: TypeUsage, into names: inout [String], nestedOnlyIf keep: (String) -> Bool, nested: Bool = false) {
        switch type {
        case .named(let name): if !nested || keep(name) { names.append(name) }
        case .array(let element): collectNames(element, into: &names, nestedOnlyIf: keep, nested: true)
        case .map(let value): collectNames(value, into: &names, nestedOnlyIf: keep, nested: true)
        default: break
        }
    }
}

extension SourceLocation {
    static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
