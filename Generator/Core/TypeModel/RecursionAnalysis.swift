/// Finds types that contain themselves (directly or through other types) without an array or map
/// in between, and marks where storage must go through the heap: `indirect` enums and
/// `Indirect<T>`-boxed struct properties. Arrays and dictionaries already store elements on the heap.
enum RecursionAnalysis {
    static func markIndirect(_ declarations: inout [Declaration]) {
        let index = Dictionary(declarations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let edges = declarations.map { inlineReferences(of: $0).compactMap { index[$0] } }
        let components = StronglyConnectedComponents.compute(nodeCount: declarations.count, edges: edges)
        for component in components {
            let members = Set(component)
            let isCycle = component.count > 1 || edges[component[0]].contains(component[0])
            guard isCycle else { continue }
            let names = Set(component.map { declarations[$0].name })
            for position in members {
                switch declarations[position] {
                case .structure(var model):
                    for i in model.properties.indices {
                        if case .named(let target) = model.properties[i].type, names.contains(target) {
                            model.properties[i].isIndirect = true
                        }
                    }
                    declarations[position] = .structure(model)
                case .taggedUnion(var model):
                    model.isIndirect = true
                    declarations[position] = .taggedUnion(model)
                case .untaggedUnion(var model):
                    model.isIndirect = true
                    declarations[position] = .untaggedUnion(model)
                case .openEnum, .alias:
                    break
                }
            }
        }
    }

    /// Named types stored inline (not behind an array or a dictionary).
    static func inlineReferences(of declaration: Declaration) -> [String] {
        func inline(_ type: TypeUsage) -> String? {
            if case .named(let name) = type { return name }
            return nil
        }
        switch declaration {
        case .structure(let model): return model.properties.compactMap { inline($0.type) }
        case .taggedUnion(let model): return model.variants.compactMap { inline($0.type) }
        case .untaggedUnion(let model): return model.variants.compactMap { inline($0.type) }
        case .alias(let model): return inline(model.target).map { [$0] } ?? []
        case .openEnum: return []
        }
    }
}

/// Tarjan's algorithm, iterative so deep specs cannot overflow the stack. Components come out in a
/// deterministic order for a given input.
enum StronglyConnectedComponents {
    static func compute(nodeCount: Int, edges: [[Int]]) -> [[Int]] {
        var index = 0
        var indices = [Int?](repeating: nil, count: nodeCount)
        var lowLinks = [Int](repeating: 0, count: nodeCount)
        var onStack = [Bool](repeating: false, count: nodeCount)
        var stack: [Int] = []
        var result: [[Int]] = []

        for root in 0..<nodeCount where indices[root] == nil {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            indices[root] = index; lowLinks[root] = index; index += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let next = edges[node][edge]
                    if indices[next] == nil {
                        indices[next] = index; lowLinks[next] = index; index += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLinks[node] = min(lowLinks[node], indices[next]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent], lowLinks[node]) }
                if lowLinks[node] == indices[node]! {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }
}
