/// A position in a source file, 1-based line and column, as printed in diagnostics.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as given on the command line (printed verbatim, so editors can jump to it).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
