/// What `OutputDirectory.write(_:)` did, each list sorted by name (relative to the directory).
public struct WriteReport: Sendable, Hashable {
    /// Files created or replaced because their bytes differed from what was on disk.
    public var written: [String]
    /// Files whose bytes already matched; left alone so their modification times are preserved.
    public var unchanged: [String]
    /// Stale files deleted: generator-owned `.swift` files that the spec no longer produces.
    public var removed: [String]

    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}
