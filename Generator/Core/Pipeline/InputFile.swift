/// Reads the generator's inputs (spec and configuration) as UTF-8 text.
public enum InputFile {
    /// The file's text; a missing file, an unreadable one or invalid UTF-8 is a diagnostic rather
    /// than silently repaired text.
    /// - Parameter maxBytes: a larger file is an error, found without reading all of it.
    public static func readText(_ path: String, maxBytes: Int = .max) throws(DiagnosticError) -> String {
        guard let bytes = try FileSystem.contents(of: path, limit: maxBytes) else {
            throw DiagnosticError(.error("cannot read '\(path)': no such file", at: nil))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError(.error("'\(path)' is not valid UTF-8", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return text
    }
}
