/// Moves large values to the heap: a union with a large member becomes an `indirect enum`, and a
/// struct property whose type is a large struct is stored in an `Indirect` box.
///
/// Swift stores a struct's members inline, so a struct holding a `Response` holds every member of
/// it, and an enum is as large as its largest case. Every copy, comparison and destruction of the
/// outer value then touches each of those members, and the compiler emits (and, in a debug build,
/// compiles) that code again for every type the large value is nested in. Behind a box the outer
/// value holds one reference: copies cost a retain, and the code to copy it is a few instructions.
/// `Indirect` is copy-on-write, so mutating through the property stays in place.
///
/// Runs after `RecursionAnalysis`, whose boxes count as one reference here.
enum InlineSizeAnalysis {
    /// Values above this many machine words inline (an open struct of four strings: two words
    /// each, plus its unknown members and decoded nulls) are moved to the heap. Below it a box
    /// would cost an allocation for little saved.
    static let largestInlineWords = 8

    static func markBoxed(_ declarations: inout [Declaration]) {
        let index = Dictionary(declarations.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Sizes are read from the declarations as they were, and count each box the analysis
        // decides on as one reference, so one pass sees every decision at once.
        var sizes = Sizes(declarations: declarations, index: index)
        for position in declarations.indices {
            switch declarations[position] {
            case .structure(var model):
                for i in model.properties.indices where sizes.isBoxed(model.properties[i]) {
                    model.properties[i].isIndirect = true
                }
                declarations[position] = .structure(model)
            case .taggedUnion(var model):
                model.isIndirect = sizes.isIndirect(model.isIndirect, variants: model.variants.map(\.type))
                declarations[position] = .taggedUnion(model)
            case .untaggedUnion(var model):
                model.isIndirect = sizes.isIndirect(model.isIndirect, variants: model.variants.map(\.type))
                declarations[position] = .untaggedUnion(model)
            case .openEnum, .alias:
                break
            }
        }
    }

    /// Estimated inline size of each type, in machine words; memoised, with a guard for cycles
    /// (which `RecursionAnalysis` has already broken with boxes).
    struct Sizes {
        let declarations: [Declaration]
        let index: [String: Int]
        private var known: [String: Int] = [:]
        private var inProgress: Set<String> = []

        init(declarations: [Declaration], index: [String: Int]) {
            self.declarations = declarations
            self.index = index
        }

        /// Whether a struct keeps the property in a box: a cycle already put it there, or it is a
        /// large struct. A struct's size counts its boxed members as one reference each.
        mutating func isBoxed(_ property: PropertyModel) -> Bool {
            guard !property.isIndirect else { return true }
            return property.constant == nil && isStruct(property.type) && words(of: property.type) > largestInlineWords
        }

        /// Whether a union is an `indirect enum`: a cycle already made it one, or a member is large.
        mutating func isIndirect(_ alreadyIndirect: Bool, variants: [TypeUsage]) -> Bool {
            alreadyIndirect || variants.contains { words(of: $0) > largestInlineWords }
        }

        /// Whether the type is a struct of the model (through aliases): what a property box is for.
        func isStruct(_ type: TypeUsage) -> Bool {
            guard case .named(let name) = type, let position = index[name] else { return false }
            switch declarations[position] {
            case .structure: return true
            case .alias(let model): return isStruct(model.target)
            default: return false
            }
        }

        mutating func words(of type: TypeUsage) -> Int {
            switch type {
            case .string: return 2
            case .json: return 3
            case .int, .int32, .int64, .double, .float, .bool, .array, .map: return 1
            case .optional(let wrapped): return words(of: wrapped)
            case .named(let name): return words(ofDeclaration: name)
            }
        }

        private mutating func words(ofDeclaration name: String) -> Int {
            if let size = known[name] { return size }
            guard let position = index[name], inProgress.insert(name).inserted else { return 1 }
            defer { inProgress.remove(name) }
            let size: Int
            switch declarations[position] {
            case .structure(let model):
                // Members, plus an open struct's unknown members and record of decoded nulls.
                size = model.properties.reduce(model.additionalProperties == nil ? 0 : 2) { total, property in
                    guard property.constant == nil else { return total }
                    return total + (isBoxed(property) ? 1 : words(of: property.type))
                }
            case .openEnum:
                size = 3    // a case, or an unknown raw string
            case .taggedUnion(let model):
                size = unionWords(model.isIndirect, variants: model.variants.map(\.type))
            case .untaggedUnion(let model):
                size = unionWords(model.isIndirect, variants: model.variants.map(\.type))
            case .alias(let model):
                size = words(of: model.target)
            }
            known[name] = size
            return size
        }

        /// One reference when indirect; otherwise the largest member (at least the `unknown`
        /// case's JSON) and the case tag.
        private mutating func unionWords(_ alreadyIndirect: Bool, variants: [TypeUsage]) -> Int {
            if isIndirect(alreadyIndirect, variants: variants) { return 1 }
            return 1 + max(3, variants.map { words(of: $0) }.max() ?? 0)
        }
    }
}
