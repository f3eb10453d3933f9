/// A place where a JSON value breaks a ``JSONSchema``.
public struct SchemaMismatch: Sendable, Hashable, CustomStringConvertible {
    /// The JSON path of the offending value, such as `$.stops[2].arrival`.
    public var path: String
    /// What the schema requires there, and what was found.
    public var problem: String

    /// Creates a mismatch; ``JSONSchema/mismatches(in:)`` is what finds these.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
