import Testing

@testable import GeneratorCore

/// The two ways spec text reaches generated code — comment lines and string literals — hold any
/// text without letting it out.
@Suite("Spec text rendering")
struct SpecTextTests {
    @Test("comment lines never contain a line break or an invisible control character", arguments: HostileText.all)
    func commentLinesAreInert(text: String) {
        for line in SpecText.commentLines(text) {
            #expect(!line.unicodeScalars.contains(where: HostileText.isLineBreak), "\(line.debugDescription)")
            #expect(!line.unicodeScalars.contains(where: SpecText.isInvisibleControl), "\(line.debugDescription)")
        }
    }

    @Test("every kind of line break starts a new comment line, CR LF counting once",
          arguments: HostileText.lineBreaks.map(\.name))
    func everyLineBreakSplits(name: String) throws {
        let lineBreak = try #require(HostileText.lineBreaks.first { $0.name == name }).text
        #expect(SpecText.commentLines("x\(lineBreak)public let injected = 1") == ["x", "public let injected = 1"])
        #expect(SpecText.commentLines("a\(lineBreak)\(lineBreak)b") == ["a", "", "b"])
    }

    @Test("control and bidirectional characters are shown as \\u{…} in comments, tabs are kept")
    func invisibleCharactersAreShown() {
        #expect(SpecText.commentLines("a\0b\u{1B}[1m\u{202E}c\td") == ["a\\u{0}b\\u{1B}[1m\\u{202E}c\td"])
    }

    @Test("comment delimiters and quotes stay as written: a `///` line ends only at a line break")
    func delimitersStayInComments() {
        #expect(SpecText.commentLines("*/ /* \"\"\" \\(x) #\"") == ["*/ /* \"\"\" \\(x) #\""])
    }

    @Test("blank lines at either end are dropped, trailing whitespace is trimmed")
    func blankEdges() {
        #expect(SpecText.commentLines("\n\r\n  \nText  \t\n\u{2028}") == ["Text"])
        #expect(SpecText.commentLines(nil) == [])
    }

    @Test("a string literal reads back as exactly the text, with no raw line break, quote or interpolation",
          arguments: HostileText.all)
    func stringLiteralRoundTrips(text: String) throws {
        let literal = SpecText.stringLiteral(text)
        #expect(try StringLiteralReader.read(literal) == text)
        #expect(!literal.unicodeScalars.contains(where: SpecText.isInvisibleControl))
    }

    @Test("a string literal spells out invisible characters")
    func literalEscapes() {
        #expect(SpecText.stringLiteral("a\"b\\c\n\r\t\0") == #""a\"b\\c\n\r\t\0""#)
        #expect(SpecText.stringLiteral("\u{2028}\u{85}\u{0B}\u{202E}\u{200B}") == #""\u{2028}\u{85}\u{B}\u{202E}\u{200B}""#)
        #expect(SpecText.stringLiteral("\\(injected)") == #""\\(injected)""#)
    }

    @Test("the printer puts every documentation and header line through the comment renderer")
    func printerSplitsDocumentation() {
        let text = CodePrinter.render([.documentation(["Title\rpublic let injected = 1", "", "Next\u{2028}line"])])
        #expect(text == "/// Title\n/// public let injected = 1\n///\n/// Next\n/// line\n")
        let file = SwiftFile(name: "F.swift", header: ["from x\ry.yaml"], imports: [], body: [])
        #expect(CodePrinter.render(file) == "// from x\n// y.yaml\n\n")
    }

    @Test("diagnostic messages show control characters instead of sending them to the terminal")
    func diagnosticsAreTerminalSafe() {
        let diagnostic = Diagnostic.error("name '\u{1B}[2J\r'", at: SourceLocation(file: "s.yaml", line: 1, column: 1))
        let rendered = DiagnosticRenderer(sources: ["s.yaml": "a: \u{1B}[2J\n"]).render(diagnostic)
        #expect(!rendered.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" })
        #expect(rendered.hasPrefix("s.yaml:1:1: error: name '\\u{1B}[2J\\u{D}'"))
    }
}
