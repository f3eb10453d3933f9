import GeneratorCore
import Testing

@Suite("Diagnostic renderer")
struct DiagnosticRendererTests {
    private func error(_ message: String, _ file: String, _ line: Int, _ column: Int) -> Diagnostic {
        .error(message, at: GeneratorCore.SourceLocation(file: file, line: line, column: column))
    }

    @Test("the caret sits under the diagnostic's column, below the header and source line")
    func caretAtColumn() {
        let source = "responses:\n  '200':\n    type: strnig\n"
        let renderer = DiagnosticRenderer(sources: ["spec/responses.yaml": source])
        let output = renderer.render(error("unknown type 'strnig'", "spec/responses.yaml", 3, 11))
        #expect(output == """
            spec/responses.yaml:3:11: error: unknown type 'strnig'
                    type: strnig
                          ^
            """)
    }

    @Test("tabs before the column are copied so the caret aligns at any tab width")
    func tabsPreserved() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "a:\n\tx\ty: 1\n"])
        let output = renderer.render(error("bad", "t.yaml", 2, 4))
        #expect(output == "t.yaml:2:4: error: bad\n    \tx\ty: 1\n    \t \t^")
    }

    @Test("columns count characters, so accented letters and emoji take one caret position")
    func unicodeColumns() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "café: x\n"])
        let output = renderer.render(error("bad", "t.yaml", 1, 7))
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).last == "          ^")
    }

    @Test("a batch quotes each diagnostic's own line, whatever the order, file or line ending")
    func batchQuotesEachLine() {
        let renderer = DiagnosticRenderer(sources: ["a.yaml": "one\r\ntwo\nthree\n", "b.yaml": "x: 1"])
        let output = renderer.render([
            error("e3", "a.yaml", 3, 2), error("e1", "b.yaml", 1, 4), error("e2", "a.yaml", 1, 1),
            error("end", "a.yaml", 4, 1), error("past", "a.yaml", 5, 1),
        ])
        #expect(output == [
            "a.yaml:3:2: error: e3\n    three\n     ^",
            "b.yaml:1:4: error: e1\n    x: 1\n       ^",
            "a.yaml:1:1: error: e2\n    one\n    ^",  // without the `\r` of CRLF
            "a.yaml:4:1: error: end\n    \n    ^",  // the empty line after the last newline exists
            "a.yaml:5:1: error: past",  // beyond the end: the header alone
        ])
    }

    @Test("without the file's source, only the header line is rendered")
    func missingSource() {
        let renderer = DiagnosticRenderer(sources: [:])
        #expect(renderer.render(error("oops", "gone.yaml", 1, 1)) == "gone.yaml:1:1: error: oops")
    }

    @Test("a line beyond the end of the file renders only the header")
    func lineOutOfRange() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "a: 1\n"])
        #expect(renderer.render(error("oops", "t.yaml", 5, 1)) == "t.yaml:5:1: error: oops")
        #expect(renderer.render(error("oops", "t.yaml", 0, 1)) == "t.yaml:0:1: error: oops")
    }

    @Test("the empty line after the final newline exists, for end-of-file errors")
    func endOfFileLine() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "a: \"x\n"])
        #expect(renderer.render(error("eof", "t.yaml", 2, 1)) == "t.yaml:2:1: error: eof\n    \n    ^")
    }

    @Test("CRLF line endings are not echoed and a column past the line's end still gets a caret")
    func crlfAndPastEnd() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "ab\r\ncd\r\n"])
        #expect(renderer.render(error("x", "t.yaml", 1, 4)) == "t.yaml:1:4: error: x\n    ab\n       ^")
    }

    @Test("a diagnostic without a location is just severity and message")
    func noLocation() {
        let renderer = DiagnosticRenderer(sources: ["t.yaml": "a\n"])
        #expect(renderer.render(Diagnostic(.warning, "careful", at: nil)) == "warning: careful")
    }

    @Test("a parser error renders with its note, each with source and caret")
    func renderParserError() throws {
        let source = "a: \"open\nb: 2\n"
        do {
            _ = try YAMLParser.parse(source, file: "s.yaml")
            Issue.record("expected a syntax error")
        } catch {
            let output = DiagnosticRenderer(sources: ["s.yaml": source]).render(error)
            #expect(output == [
                "s.yaml:3:1: error: found unexpected end of stream while scanning a quoted scalar",
                "    ",
                "    ^",
                "s.yaml:1:4: note: the quoted scalar started here",
                "    a: \"open",
                "       ^",
            ].joined(separator: "\n"))
        }
    }
}
