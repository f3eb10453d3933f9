/// What the spec says an object member of a union looks like, for choosing a member by evidence.
///
/// ``UnionEvidence`` keeps one per member, built once, and asks ``select(_:for:in:)`` which member an object is.
@_spi(Generated) public struct ObjectShape: Sendable {
    /// Keys whose string value tells members apart (`const`, `enum`), with the values this member accepts.
    let tags: [(key: JSONKey, values: Swift.Set<String>)]
    /// Keys the member cannot do without.
    let required: [JSONKey]
    /// Keys whose value's JSON kind tells members apart, with the kinds this member accepts.
    let valueKinds: [(key: JSONKey, kinds: JSONKind.Set)]
    /// Keys the member knows but does not require: the last tie-break, where members differ only there.
    let optional: [JSONKey]

    public init(
        tags: KeyValuePairs<String, Swift.Set<String>> = [:], required: [String] = [],
        valueKinds: KeyValuePairs<String, JSONKind.Set> = [:], optional: [String] = []
    ) {
        self.tags = tags.map { (JSONKey($0.key), $0.value) }
        self.required = required.map { JSONKey($0) }
        self.valueKinds = valueKinds.map { (JSONKey($0.key), $0.value) }
        self.optional = optional.map { JSONKey($0) }
    }

    /// Whether the shape can rule an object out (so that even a lone member must be asked).
    var hasTags: Bool { !tags.isEmpty || !valueKinds.isEmpty }

    /// The index of the member of `shapes` the object in `decoder` is, or `nil` when a tag of the
    /// object names a value no member accepts (a kind of object the spec does not know).
    ///
    /// Evidence, strongest first: tag values and value kinds the member accepts (a member whose tag
    /// value or value kind differs is ruled out), then whether all its required keys are present,
    /// then how many required keys it has, then how many of the object's keys it knows, then how
    /// few kinds it accepts for the values it was told apart by (the most specific member wins);
    /// ties go to the first member. A member chosen by its
    /// tags is chosen even if keys are missing, so decoding it reports what is wrong, where.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at the object's coding path when no member has a
    ///   matching tag and none has all its required keys.
    public static func select(_ shapes: [ObjectShape], for decoder: any Decoder, in union: String) throws -> Int? {
        let container = try decoder.container(keyedBy: JSONKey.self)
        var best: (index: Int, score: (Int, Int, Int, Int, Int))?
        var ruledOutByTag = false
        var missing: [String] = []
        shapes: for (index, shape) in shapes.enumerated() {
            var tags = 0
            var breadth = 0
            for tag in shape.tags where container.contains(tag.key) {
                guard let value = try? container.decode(String.self, forKey: tag.key), tag.values.contains(value) else {
                    ruledOutByTag = true
                    continue shapes
                }
                tags += 1
            }
            for entry in shape.valueKinds where container.contains(entry.key) {
                guard try JSONKind(of: container.superDecoder(forKey: entry.key), among: entry.kinds) != nil else {
                    ruledOutByTag = true
                    continue shapes
                }
                tags += 1
                breadth += Int(entry.kinds.rawValue.nonzeroBitCount)
            }
            let absent = shape.required.filter { !container.contains($0) }
            let fits = absent.isEmpty
            if !fits && tags == 0 {
                missing.append(absent.map { "'\($0.stringValue)'" }.joined(separator: ", "))
                continue
            }
            let known = shape.required.count + shape.optional.reduce(0) { $0 + (container.contains($1) ? 1 : 0) }
            let score = (tags, fits ? 1 : 0, shape.required.count, known, -breadth)
            if let best, best.score >= score { continue }
            best = (index, score)
        }
        if let best { return best.index }
        if ruledOutByTag { return nil }
        throw DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: decoder.codingPath,
            debugDescription: "The object is none of the shapes of \(union): each lacks a required key (\(missing.joined(separator: "; ")))."))
    }
}
