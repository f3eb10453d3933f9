/// How the members of a union look in JSON, and which member a value is.
///
/// A generated union keeps one `static let` table, listing its members in case order; decoding
/// asks ``member(for:)`` for the case and then decodes that case's type with `try`, so a failure
/// inside the chosen member is a `DecodingError` with its coding path, never a silent fallback to
/// another member. Everything that does not depend on the value (which members take which kind,
/// in which order) is worked out once, when the table is built.
@_spi(Generated) public struct UnionEvidence: Sendable {
    /// What one member's schema says about its JSON.
    public struct Member: Sendable {
        let kinds: JSONKind.Set
        let shape: ObjectShape
        let values: Set<String>?

        /// A member accepting values of `kinds`; for objects, with the tag values it accepts, the
        /// keys it requires, the kinds of the values where members differ and the keys it knows besides; for strings, with the values its `enum` lists (`nil`: any string).
        public static func member(
            _ kinds: JSONKind.Set, tags: KeyValuePairs<String, Set<String>> = [:], required: [String] = [],
            valueKinds: KeyValuePairs<String, JSONKind.Set> = [:], optional: [String] = [], values: Set<String>? = nil
        ) -> Member {
            let shape = ObjectShape(tags: tags, required: required, valueKinds: valueKinds, optional: optional)
            return Member(kinds: kinds, shape: shape, values: values)
        }
    }

    let union: String
    let members: [Member]
    let kinds: JSONKind.Set
    /// Per kind (by `JSONKind.index`): the members taking it, the most specific (fewest kinds) first.
    let candidates: [[Int]]

    public init(for union: Any.Type, _ members: [Member]) {
        self.union = String(describing: union)
        self.members = members
        kinds = members.reduce(into: JSONKind.Set()) { $0.formUnion($1.kinds) }
        candidates = JSONKind.allCases.map { kind in
            members.indices
                .filter { members[$0].kinds.contains(kind.asSet) }
                .sorted { (members[$0].kinds.rawValue.nonzeroBitCount, $0) < (members[$1].kinds.rawValue.nonzeroBitCount, $1) }
        }
    }

    /// The index of the member the value in `decoder` is, or `nil` when the spec does not know its
    /// shape (a kind no member takes, a tag value no member accepts).
    ///
    /// - Throws: `DecodingError` when the value is of a known kind but fits no member.
    public func member(for decoder: any Decoder) throws -> Int? {
        guard let kind = try JSONKind(of: decoder, among: kinds) else { return nil }
        let candidates = candidates[kind.index]
        switch kind {
        case .object where candidates.count > 1 || candidates.first.map({ members[$0].shape.hasTags }) == true:
            let chosen = try ObjectShape.select(candidates.map { members[$0].shape }, for: decoder, in: union)
            return chosen.map { candidates[$0] }
        case .string where candidates.count > 1:
            let string = try decoder.singleValueContainer().decode(String.self)
            if let index = candidates.first(where: { members[$0].values?.contains(string) == true }) { return index }
            return candidates.first { members[$0].values == nil } ?? candidates.first
        default:
            return candidates.first
        }
    }
}
