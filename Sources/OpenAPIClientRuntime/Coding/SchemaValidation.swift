/// A value that can check itself against its schema's constraints before it is sent.
public protocol SchemaValidatable {
    /// Throws `SchemaViolation` for the first constraint the value breaks.
    /// `path` is the JSON path of this value, used in the error (for example `tools[3].name`).
    func validate(at path: String) throws(SchemaViolation)
}

extension SchemaValidatable {
    /// Checks the whole value; the error names the offending field.
    public func validate() throws(SchemaViolation) { try validate(at: "") }
}

/// A constraint of the spec that a value breaks, found before any request is sent.
public struct SchemaViolation: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON path of the offending value, such as `temperature` or `tools`.
    public var path: String
    /// What the spec requires, such as `must be at most 2`.
    public var requirement: String

    public init(path: String, requirement: String) {
        self.path = path
        self.requirement = requirement
    }

    public var description: String { "\(path.isEmpty ? "value" : path) \(requirement)" }
}
