import Testing

@testable import GeneratorCore

@Suite("Code printer")
struct CodePrinterTests {
    @Test("blocks indent their bodies by four spaces per level")
    func indentation() {
        let text = CodePrinter.render([
            .block("struct A", [
                .block("func f()", [.line("return")]),
            ]),
        ])
        #expect(text == """
            struct A {
                func f() {
                    return
                }
            }

            """)
    }

    @Test("blank lines and empty doc lines inside blocks carry no trailing whitespace")
    func noTrailingWhitespace() {
        let text = CodePrinter.render([
            .block("enum E", [
                .documentation(["First.", "", "Second."]),
                .line("case a"),
                .blank,
                .line("case b"),
            ]),
        ])
        #expect(text == "enum E {\n    /// First.\n    ///\n    /// Second.\n    case a\n\n    case b\n}\n")
        #expect(!text.split(separator: "\n").contains { $0.last == " " })
    }

    @Test("groups are separated by exactly one blank line, and empty groups leave no gap")
    func separatedGroups() {
        let nodes: [SwiftNode] = .separated([[.line("a")], [], [.line("b"), .line("c")], []])
        #expect(CodePrinter.render(nodes) == "a\n\nb\nc\n")
    }

    @Test("switch cases sit at the level of the switch, as Swift style has it")
    func switchLayout() {
        let text = CodePrinter.render([
            .block("var x: Int", [
                .switchBlock("self", [.line("case .a: 1"), .line("default: 2")]),
            ]),
        ])
        #expect(text == """
            var x: Int {
                switch self {
                case .a: 1
                default: 2
                }
            }

            """)
    }

    @Test("a block can end with a custom closing line at the opening's level")
    func customClosing() {
        let text = CodePrinter.render([.block("repeat", [.line("step()")], closing: "} while running")])
        #expect(text == "repeat {\n    step()\n} while running\n")
    }

    @Test("a file is the header as // comments, a blank line, the imports, a blank line, then the body")
    func fileLayout() {
        let file = SwiftFile(
            name: "A.swift", header: ["Generated.", "", "Do not edit."], imports: ["import Foundation"],
            body: [.line("let a = 1")])
        #expect(CodePrinter.render(file) == "// Generated.\n//\n// Do not edit.\n\nimport Foundation\n\nlet a = 1\n")
    }

    @Test("a file without a body ends right after its imports")
    func emptyBody() {
        let file = SwiftFile(name: "A.swift", header: ["Generated."], imports: ["import M"], body: [])
        #expect(CodePrinter.render(file) == "// Generated.\n\nimport M\n")
    }
}
