/// Bounds on what the YAML layer accepts, checked while parsing so that a hostile document fails
/// with a located error before its cost explodes.
///
/// libyaml's scanner does work proportional to the flow nesting depth for every token (100 000
/// unclosed `[` take half a minute), and aliases can expand a small document into billions of nodes
/// ("billion laughs"). The defaults are far above real specs: OpenAI's 3 MB spec nests 22 levels
/// and has about 110 000 nodes. The node limit also bounds the later stages, whose cost grows with
/// the expanded tree (a 100 KB spec aliasing one 1 200-node schema 4 000 times took 100 s).
public struct YAMLLimits: Sendable, Hashable {
    /// Collections open at once (a scalar inside 3 nested mappings is at depth 3).
    public var maxNestingDepth: Int
    /// The document's size in UTF-8 bytes.
    public var maxDocumentBytes: Int
    /// Nodes after alias expansion: each `*alias` counts every node of what it refers to.
    public var maxNodes: Int

    public static let defaultNestingDepth = 256
    public static let defaultDocumentBytes = 64 << 20
    public static let defaultNodes = 1_000_000

    public init(
        maxNestingDepth: Int = YAMLLimits.defaultNestingDepth, maxDocumentBytes: Int = YAMLLimits.defaultDocumentBytes,
        maxNodes: Int = YAMLLimits.defaultNodes
    ) {
        self.maxNestingDepth = maxNestingDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxNodes = maxNodes
    }
}
