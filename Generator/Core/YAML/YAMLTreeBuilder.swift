internal import CYAML

/// Assembles libyaml events into nodes with an explicit stack, so deeply nested input cannot
/// overflow the call stack, and collects semantic errors so one run reports all of them.
struct YAMLTreeBuilder {
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
        /// `YAMLTreeBuilder.nodeCount` when the collection opened, to size it for aliases.
        var nodeCountAtStart = 0

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
    let limits: YAMLLimits
    private(set) var root: YAMLNode?
    var diagnostics: [Diagnostic] = []
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    /// Nodes in each anchored subtree, so an alias adds what it expands to.
    private var anchorSizes: [String: Int] = [:]
    private var documentCount = 0
    /// Nodes so far, aliases expanded.
    private var nodeCount = 0

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// Stops parsing as soon as a limit is passed; the scanner's cost grows with the depth, so
    /// waiting for the end of the document is what must not happen.
    private mutating func count(_ nodes: Int, at location: SourceLocation) throws(DiagnosticError) {
        nodeCount += nodes
        if nodeCount > limits.maxNodes {
            diagnostics.append(.error(
                "the document has more than \(limits.maxNodes) nodes (aliases expanded), the limit (see --max-nodes)",
                at: location))
            throw DiagnosticError(diagnostics)
        }
    }

    private mutating func open(_ frame: Frame) throws(DiagnosticError) {
        if stack.count >= limits.maxNestingDepth {
            diagnostics.append(.error(
                "collections nest more than \(limits.maxNestingDepth) levels deep, the limit (see --max-nesting-depth)",
                at: frame.location))
            throw DiagnosticError(diagnostics)
        }
        try count(1, at: frame.location)
        var frame = frame
        frame.nodeCountAtStart = nodeCount
        stack.append(frame)
    }

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
            try count(1, at: location)
            complete(YAMLNode(.scalar(scalar), at: location), anchor: Self.string(data.anchor), size: 1)
        case YAML_SEQUENCE_START_EVENT:
            let anchor = Self.string(event.data.sequence_start.anchor)
            try open(Frame(isMapping: false, location: location, anchor: anchor))
        case YAML_MAPPING_START_EVENT:
            let anchor = Self.string(event.data.mapping_start.anchor)
            try open(Frame(isMapping: true, location: location, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping
                ? .mapping(YAMLMergeKeys.apply(frame.entries, diagnostics: &diagnostics))
                : .sequence(frame.elements)
            complete(YAMLNode(content, at: frame.location), anchor: frame.anchor, size: nodeCount - frame.nodeCountAtStart + 1)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            if var target = anchors[name] {
                try count(anchorSizes[name] ?? 1, at: location)
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

    private mutating func complete(_ node: YAMLNode, anchor: String?, size: Int) {
        if let anchor {
            anchors[anchor] = node
            anchorSizes[anchor] = size
        }
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
