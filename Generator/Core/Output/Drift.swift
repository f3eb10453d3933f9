/// A difference between the files the spec produces and those checked in, found by
/// `OutputDirectory.check(_:)`.
public enum Drift: Sendable, Hashable, CustomStringConvertible {
    /// The file exists but its contents differ; `diff` turns the file on disk into the generated one.
    case changed(name: String, diff: String)
    /// The file should exist but does not; `diff` creates it from `/dev/null`.
    case missing(name: String, diff: String)
    /// A generator-owned file that the spec no longer produces.
    case stale(name: String)

    /// The file's path relative to the output directory.
    public var name: String {
        switch self {
        case .changed(let name, _), .missing(let name, _), .stale(let name): name
        }
    }

    /// For humans: the unified diff, or an instruction for a stale file.
    public var description: String {
        switch self {
        case .changed(_, let diff), .missing(_, let diff): diff
        case .stale(let name): "stale file \(name) is not produced by the spec; delete it or regenerate"
        }
    }
}
