/// Prints `SwiftNode`s as text: four-space indentation, no trailing whitespace, one final newline.
public struct CodePrinter {
    /// UTF-8 bytes, turned into a `String` once at the end: appending to a `String` line by line
    /// (capacity, uniqueness and ASCII bookkeeping per append) was the printer's main cost.
    private var output: [UInt8] = []
    private var level = 0

    public init() {}

    public static func render(_ file: SwiftFile) -> String {
        var printer = CodePrinter()
        for line in file.header.flatMap(commentBody) { printer.emit(line, prefix: line.isEmpty ? "//" : "// ") }
        if !file.header.isEmpty { printer.emit("") }
        for module in file.imports { printer.emit(module) }
        if !file.imports.isEmpty && !file.body.isEmpty { printer.emit("") }
        printer.print(file.body)
        return printer.text
    }

    public static func render(_ nodes: [SwiftNode]) -> String {
        var printer = CodePrinter()
        printer.print(nodes)
        return printer.text
    }

    private var text: String { String(decoding: output, as: UTF8.self) }

    mutating func print(_ nodes: [SwiftNode]) {
        for node in nodes { print(node) }
    }

    mutating func print(_ node: SwiftNode) {
        switch node {
        case .line(let text):
            emit(text)
        case .blank:
            emit("")
        case .documentation(let lines):
            for line in lines.flatMap(Self.commentBody) { emit(line, prefix: line.isEmpty ? "///" : "/// ") }
        case .block(let opening, let body, let closing):
            emit(opening, suffix: " {")
            level += 1
            print(body)
            level -= 1
            emit(closing)
        case .indented(let opening, let body, let closing):
            emit(opening)
            level += 1
            print(body)
            level -= 1
            if let closing { emit(closing) }
        case .switchBlock(let subject, let cases):
            emit(subject, prefix: "switch ", suffix: " {")
            print(cases)
            emit("}")
        }
    }

    /// Comment text goes through `SpecText` here, whoever built it, so no line of it can end its
    /// comment early; an empty line stays an empty comment line.
    static func commentBody(_ line: String) -> [String] {
        let lines = SpecText.commentLines(line)
        return lines.isEmpty ? [""] : lines
    }

    /// `prefix + text + suffix` as one line, appended piece by piece rather than concatenated first:
    /// the printer writes every line of the output, so a temporary string per line adds up.
    private mutating func emit(_ text: String, prefix: String = "", suffix: String = "") {
        if !(text.isEmpty && prefix.isEmpty && suffix.isEmpty) {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 4))
            output.append(contentsOf: prefix.utf8)
            output.append(contentsOf: text.utf8)
            output.append(contentsOf: suffix.utf8)
        }
        output.append(UInt8(ascii: "\n"))
    }
}
