internal import CYAML

/// Parses one YAML document into a ``YAMLNode`` tree whose every node knows where it was written.
///
/// Built on libyaml's event API (not its document loader) so that marks survive, aliases can be
/// resolved with the alias's own location, and duplicate keys are reported instead of silently
/// overwritten.
public enum YAMLParser {
    /// Parses `text` (the contents of `file`) into its single document's root node.
    ///
    /// - Parameters:
    ///   - text: The YAML source.
    ///   - file: The path to put in every ``SourceLocation``, printed verbatim in diagnostics.
    /// - Returns: The root node; an empty stream yields a null plain scalar (`""`) at 1:1.
    ///   - limits: Size, nesting and node-count bounds; exceeding one is a located error.
    /// - Throws: Every semantic error found (duplicate or non-scalar keys, undefined aliases), or the
    ///   first syntax error or exceeded limit, which stops parsing.
    public static func parse(_ text: String, file: String, limits: YAMLLimits = .init()) throws(DiagnosticError) -> YAMLNode {
        if text.utf8.count > limits.maxDocumentBytes {
            throw DiagnosticError(.error(
                "the document is \(text.utf8.count) bytes, more than the limit of \(limits.maxDocumentBytes) (see --max-document-bytes)",
                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var text = text
        // The C parser reads the bytes in place, so everything happens inside `withUTF8`; a Result
        // carries the typed error out because `withUTF8` only rethrows untyped errors.
        let result = text.withUTF8 { bytes in
            Result<YAMLNode, DiagnosticError> { () throws(DiagnosticError) in
                try parse(bytes: bytes, file: file, limits: limits)
            }
        }
        return try result.get()
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) throws(DiagnosticError) -> YAMLNode {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return emptyDocument(file: file) }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw DiagnosticError(.error("out of memory initializing the YAML parser", at: nil))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)

        var builder = YAMLTreeBuilder(file: file, limits: limits)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                builder.diagnostics += syntaxError(parser.pointee, bytes: bytes, file: file)
                throw DiagnosticError(builder.diagnostics)
            }
            defer { yaml_event_delete(&event) }
            let done = try builder.consume(event)
            if done { break }
        }
        if !builder.diagnostics.isEmpty { throw DiagnosticError(builder.diagnostics) }
        return builder.root ?? emptyDocument(file: file)
    }

    /// A stream without documents (empty, or only comments) reads as null, like an empty value.
    private static func emptyDocument(file: String) -> YAMLNode {
        YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// Turns libyaml's error state into `<problem> <context>` at the problem's position, plus a note
    /// where the construct began (an unclosed quote is otherwise reported only at the end of the file).
    private static func syntaxError(
        _ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String
    ) -> [Diagnostic] {
        var message = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        if let context { message += " " + context }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return [.error("out of memory while parsing YAML", at: nil)]
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset and the offending value, not a mark.
            if parser.problem_value >= 0 {
                message += " (#x\(String(parser.problem_value, radix: 16, uppercase: true)))"
            }
            return [.error(message, at: locate(byteOffset: parser.problem_offset, in: bytes, file: file))]
        default:
            let problem = SourceLocation(mark: parser.problem_mark, file: file)
            let start = SourceLocation(mark: parser.context_mark, file: file)
            guard let context, start != problem else { return [.error(message, at: problem)] }
            // "while scanning a quoted scalar" → "the quoted scalar started here"
            var subject = context.split(separator: " ", maxSplits: 2).dropFirst(2).first.map(String.init) ?? context
            for article in ["a ", "an "] where subject.hasPrefix(article) {
                subject = "the " + subject.dropFirst(article.count)
            }
            return [.error(message, at: problem), Diagnostic(.note, subject + " started here", at: start)]
        }
    }

    /// Counts lines and characters (not UTF-8 continuation bytes) up to `byteOffset`, like libyaml's marks.
    private static func locate(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1, column = 1
        var previous: UInt8 = 0
        for byte in bytes.prefix(byteOffset) {
            if byte == UInt8(ascii: "\n") {
                if previous != UInt8(ascii: "\r") { line += 1 }
                column = 1
            } else if byte == UInt8(ascii: "\r") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            previous = byte
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension SourceLocation {
    /// libyaml marks are 0-based; diagnostics are 1-based.
    init(mark: yaml_mark_t, file: String) {
        self.init(file: file, line: mark.line + 1, column: mark.column + 1)
    }
}
