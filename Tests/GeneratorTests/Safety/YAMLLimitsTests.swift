import Testing

@testable import GeneratorCore

/// Documents built to stall or exhaust the parser fail with a located error at the first node past
/// a limit. (How fast is not asserted: the report of the issue measured it.)
@Suite("YAML limits")
struct YAMLLimitsTests {
    private func errors(_ text: String, limits: YAMLLimits = .init()) -> [Diagnostic] {
        do {
            _ = try YAMLParser.parse(text, file: "spec.yaml", limits: limits)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func at(_ line: Int, _ column: Int) -> GeneratorCore.SourceLocation {
        GeneratorCore.SourceLocation(file: "spec.yaml", line: line, column: column)
    }

    @Test("100 000 unclosed flow sequences fail at the first collection past the depth limit")
    func deepFlowSequence() {
        let errors = errors("x: " + String(repeating: "[", count: 100_000))
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("nest more than 256 levels") == true, "\(errors)")
        // `x:` opens the root mapping (depth 1); the 256th `[` is depth 257, at column 3 + 256.
        #expect(errors.first?.location == at(1, 259))
    }

    @Test("deep flow mappings fail the same way")
    func deepFlowMapping() {
        let errors = errors(String(repeating: "{a: ", count: 50_000))
        #expect(errors.first?.message.contains("nest more than 256 levels") == true, "\(errors)")
    }

    @Test("deep block nesting fails at the line that passes the limit")
    func deepBlockNesting() {
        let text = "x:\n" + (1...40).map { String(repeating: " ", count: $0) + "- \n" }.joined()
        let errors = errors(text, limits: YAMLLimits(maxNestingDepth: 10))
        #expect(errors.count == 1)
        // Depth 1 is the root mapping, each `- ` line opens one sequence: line 11 (10 spaces, then
        // `-` in column 11) opens the 11th level.
        #expect(errors.first?.location == at(11, 11), "\(errors)")
    }

    @Test("nesting exactly at the limit is accepted")
    func depthBoundary() throws {
        let limit = YAMLLimits.defaultNestingDepth
        let atLimit = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(errors(atLimit).isEmpty)
        let overLimit = "[" + atLimit + "]"
        #expect(errors(overLimit).first?.location == at(1, limit + 1))
    }

    @Test("an alias bomb fails once the expanded node count passes the limit, at the alias")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 0..<9 {
            let name = String(UnicodeScalar(UInt8(98 + level)))
            let previous = String(UnicodeScalar(UInt8(97 + level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let errors = errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("more than 1000000 nodes") == true, "\(errors)")
        #expect(errors.first?.location.map { $0.line > 1 && $0.column > 1 } == true, "\(errors)")
    }

    @Test("aliases count what they expand to")
    func aliasesCountExpanded() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
        // 1 root + (key + sequence + 3) + (key + sequence + 3 aliases × 4) = 20 nodes; with a limit
        // of 19 the third `*a` (column 13) is the one too many.
        #expect(errors(text, limits: YAMLLimits(maxNodes: 20)).isEmpty)
        #expect(errors(text, limits: YAMLLimits(maxNodes: 19)).first?.location == at(2, 13))
    }

    @Test("a document over the size limit fails at 1:1 without being parsed")
    func documentSize() {
        let errors = errors("a: 1\nb: [", limits: YAMLLimits(maxDocumentBytes: 8))
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("more than the limit of 8") == true, "\(errors)")
        #expect(errors.first?.location == at(1, 1))
    }

    @Test("the limits are configuration keys, and must be positive integers")
    func configurable() throws {
        let configuration = try GeneratorConfiguration.read(
            "maxNestingDepth: 64\nmaxDocumentBytes: 1000\nmaxNodes: 500\n", file: "c.yaml")
        #expect(configuration.yamlLimits == YAMLLimits(maxNestingDepth: 64, maxDocumentBytes: 1000, maxNodes: 500))
        #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read("maxNodes: -1\n", file: "c.yaml") }
        #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read("maxNestingDepth: .inf\n", file: "c.yaml") }
    }

    @Test("the pipeline applies the configured limits to the spec")
    func pipelineUsesLimits() {
        var configuration = GeneratorConfiguration()
        configuration.yamlLimits.maxNestingDepth = 3
        #expect(throws: DiagnosticError.self) {
            try GeneratorPipeline.run(specText: Spec.schemas("A: {type: object}"), specPath: "s.yaml", configuration: configuration)
        }
    }
}
