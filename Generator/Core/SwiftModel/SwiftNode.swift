/// The structured Swift the emitters produce and the printer turns into text.
///
/// Declarations are structured (blocks nest, doc comments are lines, not prefixed strings); single
/// statements stay as text. That is all the shape the printer needs to indent and space
/// consistently, and it keeps emitters readable.
public indirect enum SwiftNode: Hashable, Sendable {
    /// One line of code, printed at the current indentation.
    case line(String)
    /// An empty line (never carries trailing spaces).
    case blank
    /// A `///` documentation comment; each element is one line without the slashes.
    case documentation([String])
    /// `opening {` … `closing`, with the body indented one level.
    case block(String, [SwiftNode], closing: String = "}")
    /// `switch subject {` with its `case` lines at the level of the `switch`, as Swift style has it.
    case switchBlock(String, [SwiftNode])
    /// A line printed as written, the body indented below it, then `closing` if any: a `case` label
    /// with its statements, or a multi-line literal (`… = [`, elements, `]`).
    case indented(String, [SwiftNode], closing: String?)
}

/// One generated source file.
public struct SwiftFile: Hashable, Sendable {
    public var name: String
    /// Comment lines at the top (without `//`).
    public var header: [String]
    public var imports: [String]
    public var body: [SwiftNode]

    public init(name: String, header: [String], imports: [String], body: [SwiftNode]) {
        self.name = name
        self.header = header
        self.imports = imports
        self.body = body
    }
}

extension Array where Element == SwiftNode {
    /// Joins groups of nodes with one blank line between non-empty groups.
    static func separated(_ groups: [[SwiftNode]]) -> [SwiftNode] {
        var result: [SwiftNode] = []
        for group in groups where !group.isEmpty {
            if !result.isEmpty { result.append(.blank) }
            result.append(contentsOf: group)
        }
        return result
    }
}
