import Testing

@testable import GeneratorCore

@Suite("check-traffic report formats")
struct TrafficReportRendererTests {
    static func report() throws -> TrafficReport {
        let body = TrafficFindingTests.thing
            .replacing(#""size":3"#, with: #""size":"big""#, expecting: 1)
            .replacing(#""id":"42""#, with: #""id":"42","note|`x`":"\n""#, expecting: 1)
        return try Traffic.check(spec: TrafficFindingTests.spec, TrafficFindingTests.get(body) + TrafficFindingTests.get(body, number: 2))
    }

    @Test("json: valid JSON with each finding's kind, severity, pointer, count, spec location and example")
    func json() throws {
        let value = try JSONParser.parse(TrafficReportRenderer.render(try Self.report(), as: .json))
        #expect(value["exchanges"] == .number(.init(text: "2", value: 2)))
        guard case .array(let findings)? = value["findings"] else { Issue.record("no findings array"); return }
        #expect(findings.map { $0["kind"]?.stringValue } == ["type-mismatch", "undocumented-field"])
        #expect(findings.map { $0["severity"]?.stringValue } == ["breaking", "drift"])
        #expect(findings.last?["pointer"]?.stringValue == "#/components/schemas/Thing/properties/note|`x`")
        #expect(findings.first?["count"] == .number(.init(text: "2", value: 2)))
        #expect(findings.first?["example"]?["line"] == .number(.init(text: "3", value: 3)))
        #expect(findings.first?["example"]?["instancePath"]?.stringValue == "/size")
        #expect(findings.first?["specLocation"]?["file"]?.stringValue == Spec.file)
        #expect(value["summary"]?["breaking"] == .number(.init(text: "1", value: 1)))
    }

    @Test("text: compiler-style lines at the spec location, with the pointer and the first example")
    func text() throws {
        let text = TrafficReportRenderer.render(try Self.report(), as: .text)
        let line = try #require(TrafficFindingTests.spec.location(of: "size: {type: integer")?.line)
        #expect(text.hasPrefix("\(Spec.file):\(line):"))
        #expect(text.contains(": breaking: expected integer, found string [type-mismatch]\n  #/components/schemas/Thing/properties/size\n  seen 2 times, first at rec.jsonl:3 (exchange 1, response body at /size)\n"))
    }

    @Test("markdown: one table row per finding, pipes escaped so the table holds")
    func markdown() throws {
        let markdown = TrafficReportRenderer.render(try Self.report(), as: .markdown)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| breaking") || $0.hasPrefix("| drift") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 7 })
        #expect(markdown.contains("2 findings (1 breaking, 1 drift, 0 tolerated) in 2 exchanges of 1 recording."))
    }

    @Test("names from a recording cannot write control characters to the terminal nor break a line or a table row")
    func hostileNames() throws {
        let body = TrafficFindingTests.thing.replacing(#""id":"42""#, with: #""id":"42","\u001b[2J\nfake: error":1"#, expecting: 1)
        let report = try Traffic.check(spec: TrafficFindingTests.spec, TrafficFindingTests.get(body))
        #expect(report.entries.count == 1)
        for format in TrafficReportRenderer.Format.allCases {
            let output = TrafficReportRenderer.render(report, as: format)
            #expect(!output.unicodeScalars.contains("\u{1B}"), "\(format)")
            #expect(!output.contains("\nfake: error"), "\(format)")
        }
    }

    @Test("no findings: an empty list in every format")
    func empty() throws {
        let report = try Traffic.check(spec: TrafficFindingTests.spec, TrafficFindingTests.get(TrafficFindingTests.thing))
        #expect(TrafficReportRenderer.render(report, as: .text) == "")
        #expect(try JSONParser.parse(TrafficReportRenderer.render(report, as: .json))["findings"] == .array([]))
        #expect(TrafficReportRenderer.summary(report) == "no findings in 1 exchange of 1 recording")
    }
}
