/// One file the generator produces, before it is written to disk.
public struct GeneratedFile: Sendable, Hashable {
    /// Path relative to the output directory, `/`-separated (e.g. `"Models.swift"`, `"Paths/Pets.swift"`).
    public var name: String
    /// The complete text of the file; written as UTF-8 exactly as given.
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
