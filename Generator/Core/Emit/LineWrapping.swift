/// Keeps generated lines readable: lists that fit stay on one line, longer ones go one element per
/// line (parameter lists) or are packed into lines of at most `width` characters (`case` lists).
enum LineWrapping {
    /// The longest line the emitters aim for, indentation included; only text taken from the spec
    /// (string literals, comments) may run longer.
    static let width = 120
    static let indentWidth = 4

    /// `head(a, b, c)` followed by a block: on one line when it fits at `level`, otherwise one
    /// element per line with the closing parenthesis opening the block, as Swift style has it.
    /// `tail` follows the parentheses: a function's effects and result, `async throws -> T`.
    static func block(_ head: String, _ elements: [String], tail: String = "", level: Int, body: [SwiftNode]) -> [SwiftNode] {
        let oneLine = "\(head)(\(elements.joined(separator: ", ")))\(tail)"
        if elements.isEmpty || fits(oneLine + " {", level: level) { return [.block(oneLine, body)] }
        return [.indented("\(head)(", onePerLine(elements), closing: nil), .block(")" + tail, body)]
    }

    /// `head(a, b, c)tail` as one line when it fits at `level`, otherwise `head(`, one element per
    /// line, `)tail`: a call or a declaration without a body (a protocol requirement).
    static func list(_ head: String, _ elements: [String], tail: String = "", level: Int) -> [SwiftNode] {
        let oneLine = "\(head)(\(elements.joined(separator: ", ")))\(tail)"
        if elements.isEmpty || fits(oneLine, level: level) { return [.line(oneLine)] }
        return [.indented("\(head)(", onePerLine(elements), closing: ")" + tail)]
    }

    private static func onePerLine(_ elements: [String]) -> [SwiftNode] {
        elements.enumerated().map { index, element in
            SwiftNode.line(index == elements.count - 1 ? element : element + ",")
        }
    }

    /// `head[a, b, c]` on one line when it fits at `level`, otherwise the elements packed into
    /// lines of their own between `head[` and `]`.
    /// `tail` follows the closing bracket (a comma between arguments).
    static func arrayLiteral(_ head: String, _ elements: [String], tail: String = "", level: Int) -> [SwiftNode] {
        let oneLine = "\(head)[\(elements.joined(separator: ", "))]\(tail)"
        if fits(oneLine, level: level) { return [.line(oneLine)] }
        return [.indented(head + "[", packed("", elements, level: level + 1, suffix: ","), closing: "]" + tail)]
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

    /// A `switch` case at `level`: `case a, b: statement` on one line when it fits, the statement
    /// below the label when only the label fits, and otherwise the patterns packed into lines,
    /// the continuations and the statement one level in.
    static func caseClause(_ patterns: [String], _ statement: String, level: Int) -> [SwiftNode] {
        let label = "case \(patterns.joined(separator: ", ")):"
        if fits(label + " " + statement, level: level) { return [.line(label + " " + statement)] }
        if fits(label, level: level) { return [.indented(label, [.line(statement)], closing: nil)] }
        var lines: [String] = []
        var current = "case "
        for (index, pattern) in patterns.enumerated() {
            let element = pattern + (index == patterns.count - 1 ? ":" : ",")
            let candidate = current.hasSuffix(" ") ? current + element : current + " " + element
            if current != "case ", !fits(candidate, level: lines.isEmpty ? level : level + 1) {
                lines.append(current)
                current = element
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return [.indented(lines[0], lines.dropFirst().map { .line($0) } + [.line(statement)], closing: nil)]
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
