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
    /// - Throws: Every semantic error found (duplicate or non-scalar keys, undefined aliases), or the
    ///   first syntax error, which stops parsing.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> YAMLNode {
        var text = text
        // The C parser reads the bytes in place, so everything happens inside `withUTF8`; a Result
        // carries the typed error out because `withUTF8` only rethrows untyped errors.
        let result = text.withUTF8 { bytes in
            Result<YAMLNode, DiagnosticError> { () throws(DiagnosticError) in
                try parse(bytes: bytes, file: file)
            }
        }
        return try result.get()
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(DiagnosticError) -> YAMLNode {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return emptyDocument(file: file) }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw DiagnosticError(.error("out of memory initializing the YAML parser", at: nil))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)

        var builder = YAMLTreeBuilder(file: file)
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

/// Assembles libyaml events into nodes with an explicit stack, so deeply nested input cannot
/// overflow the call stack, and collects semantic errors so one run reports all of them.
private struct YAMLTreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var elements: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        var pendingKey: YAMLNode?
        /// Key text → entry index, built only once a mapping is big enough for linear scans to hurt
        /// (e.g. `paths` or `components.schemas` with thousands of keys).
        var keyIndex: [String: Int]?

        func firstIndex(ofKey text: String) -> Int? {
            if let keyIndex { return keyIndex[text] }
            return entries.firstIndex { $0.key.stringValue == text }
        }

        /// Records `text` as the key of the entry about to be appended.
        mutating func register(key text: String) {
            if keyIndex == nil, entries.count >= 16 {
                var index: [String: Int] = [:]
                for (i, entry) in entries.enumerated() {
                    if let key = entry.key.stringValue, index[key] == nil { index[key] = i }
                }
                keyIndex = index
            }
            if keyIndex != nil, keyIndex?[text] == nil { keyIndex?[text] = entries.count }
        }
    }

    let file: String
    private(set) var root: YAMLNode?
    var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var documentCount = 0

    init(file: String) { self.file = file }

    /// Folds one event into the tree; returns true at the end of the stream.
    mutating func consume(_ event: yaml_event_t) throws(DiagnosticError) -> Bool {
        let location = SourceLocation(mark: event.start_mark, file: file)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                diagnostics.append(.error("only one YAML document per file is supported", at: location))
                throw DiagnosticError(diagnostics)
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLScalar(text: text, style: Self.style(data.style), tag: Self.tag(data.tag))
            complete(YAMLNode(.scalar(scalar), at: location), anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let anchor = Self.string(event.data.sequence_start.anchor)
            stack.append(Frame(isMapping: false, location: location, anchor: anchor))
        case YAML_MAPPING_START_EVENT:
            let anchor = Self.string(event.data.mapping_start.anchor)
            stack.append(Frame(isMapping: true, location: location, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.elements)
            complete(YAMLNode(content, at: frame.location), anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            if var target = anchors[name] {
                // The anchored content, but located where the alias was written.
                target.location = location
                attach(target)
            } else {
                let open = stack.contains { $0.anchor == name }
                let message = open
                    ? "alias '*\(name)' refers to a node that contains it"
                    : "unknown alias '*\(name)'"
                diagnostics.append(.error(message, at: location))
                // A placeholder keeps the enclosing mapping's keys and values paired.
                attach(YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), at: location))
            }
        default:
            break  // stream start, document end, no-event
        }
        return false
    }

    private mutating func complete(_ node: YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        attach(node)
    }

    private mutating func attach(_ node: YAMLNode) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].elements.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            checkKey(node, frame: top)
            stack[top].pendingKey = node
            return
        }
        stack[top].entries.append(YAMLMappingEntry(key: key, value: node))
        stack[top].pendingKey = nil
    }

    private mutating func checkKey(_ key: YAMLNode, frame top: Int) {
        guard let text = key.stringValue else {
            diagnostics.append(.error("mapping keys must be scalars, found a \(key.kindName)", at: key.location))
            return
        }
        if let first = stack[top].firstIndex(ofKey: text) {
            let line = stack[top].entries[first].key.location.line
            diagnostics.append(.error("duplicate key '\(text)' (first defined at line \(line))", at: key.location))
        }
        stack[top].register(key: text)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml expands `!!str` to `tag:yaml.org,2002:str`; give it back in the short form people write.
    /// It reports a tag only when the source wrote one (untagged scalars get the implicit flags instead).
    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer) else { return nil }
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
