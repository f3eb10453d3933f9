/// Keeps generated lines readable: lists that fit stay on one line, longer ones go one element per
/// line (parameter lists) or are packed into lines of at most `width` characters (`case` lists).
enum LineWrapping {
    /// The longest line the emitters aim for, indentation included; only text taken from the spec
    /// (string literals, comments) may run longer.
    static let width = 120
    static let indentWidth = 4

    /// `head(a, b, c)` followed by a block: on one line when it fits at `level`, otherwise one
    /// element per line with the closing parenthesis opening the block, as Swift style has it.
    static func block(_ head: String, _ elements: [String], level: Int, body: [SwiftNode]) -> [SwiftNode] {
        let oneLine = "\(head)(\(elements.joined(separator: ", ")))"
        if elements.isEmpty || fits(oneLine + " {", level: level) { return [.block(oneLine, body)] }
        let lines = elements.enumerated().map { index, element in
            SwiftNode.line(index == elements.count - 1 ? element : element + ",")
        }
        return [.indented("\(head)(", lines, closing: nil), .block(")", body)]
    }

    /// `head[a, b, c]` on one line when it fits at `level`, otherwise the elements packed into
    /// lines of their own between `head[` and `]`.
    static func arrayLiteral(_ head: String, _ elements: [String], level: Int) -> [SwiftNode] {
        let oneLine = "\(head)[\(elements.joined(separator: ", "))]"
        if fits(oneLine, level: level) { return [.line(oneLine)] }
        return [.indented(head + "[", packed("", elements, level: level + 1, suffix: ","), closing: "]")]
    }

    /// `prefix a, b, c` lines (each followed by `suffix`), holding as many elements as fit at `level`.
    static func packed(_ prefix: String, _ elements: [String], level: Int, suffix: String = "") -> [SwiftNode] {
        var lines: [SwiftNode] = []
        // The line being filled, without `suffix`, extended one element at a time (joining all of
        // its elements again for each new one was quadratic in long `case` lists).
        var current = prefix
        var isEmpty = true
        for element in elements {
            let extended = isEmpty ? current + element : current + ", " + element
            if !isEmpty && !fits(extended + suffix, level: level) {
                lines.append(.line(current + suffix))
                current = prefix + element
            } else {
                current = extended
            }
            isEmpty = false
        }
        if !isEmpty { lines.append(.line(current + suffix)) }
        return lines
    }

    static func fits(_ text: String, level: Int) -> Bool {
        let room = width - level * indentWidth
        // Counting characters means finding grapheme boundaries; a character is at least one byte,
        // and in ASCII exactly one, so the byte count alone decides nearly every line.
        let bytes = text.utf8.count
        if bytes <= room { return true }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return text.count <= room
    }
}
