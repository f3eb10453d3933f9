/// Prints `SwiftNode`s as text: four-space indentation, no trailing whitespace, one final newline.
public struct CodePrinter {
    private var output = ""
    private var level = 0
    private let indentUnit = "    "

    public init() {}

    public static func render(_ file: SwiftFile) -> String {
        var printer = CodePrinter()
        for line in file.header.flatMap(commentBody) { printer.emit(line.isEmpty ? "//" : "// " + line) }
        if !file.header.isEmpty { printer.emit("") }
        for module in file.imports { printer.emit(module) }
        if !file.imports.isEmpty && !file.body.isEmpty { printer.emit("") }
        printer.print(file.body)
        return printer.output
    }

    public static func render(_ nodes: [SwiftNode]) -> String {
        var printer = CodePrinter()
        printer.print(nodes)
        return printer.output
    }

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
            for line in lines.flatMap(Self.commentBody) { emit(line.isEmpty ? "///" : "/// " + line) }
        case .block(let opening, let body, let closing):
            emit(opening + " {")
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
            emit("switch \(subject) {")
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

    private mutating func emit(_ text: String) {
        if !text.isEmpty {
            for _ in 0..<level { output += indentUnit }
            output += text
        }
        output += "\n"
    }
}
