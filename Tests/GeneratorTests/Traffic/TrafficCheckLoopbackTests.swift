import Testing

@testable import GeneratorCore

/// check-traffic against the project's own spec and recordings: `Tests/Fixtures/loopback-traffic.jsonl`
/// (recorded by `LoopbackTrafficRecordingTests` through `RecordingTransport`) and `recorded-stream.jsonl`.
@Suite("check-traffic on the project's recordings")
struct TrafficCheckLoopbackTests {
    static let loopback = "Tests/Fixtures/loopback-traffic.jsonl"

    @Test("the loopback recording (streams, plain responses, error bodies) matches the spec: no findings")
    func loopbackRecordingHasNoFindings() throws {
        let report = try Traffic.checkProject([(Self.loopback, try Traffic.text(Self.loopback))])
        #expect(Traffic.summary(report) == [])
        #expect(report.exchangeCount == 10)
    }

    @Test("the shipped recording of a real Infercom stream matches the spec: no findings")
    func recordedStreamHasNoFindings() throws {
        let path = "Tests/Fixtures/recorded-stream.jsonl"
        let report = try Traffic.checkProject([(path, try Traffic.text(path))])
        #expect(Traffic.summary(report) == [])
        #expect(report.exchangeCount == 1)
    }

    /// The recording with `needle` replaced in the first line that contains `marker`.
    static func editing(_ text: String, lineWith marker: String, _ needle: String, _ replacement: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.contains(marker) && $0.contains(needle) }) else {
            Issue.record("no line contains both '\(marker)' and '\(needle)'")
            return text
        }
        lines[index] = lines[index].replacingOccurrences(of: needle, with: replacement)
        return lines.joined(separator: "\n")
    }

    @Test("an extra field, an unknown event type and a missing required field: exactly those three, at their pointers, counted")
    func threeFindings() throws {
        var text = try Traffic.text(Self.loopback)
        // The extra field in two snapshots (response.created and response.in_progress of the first stream).
        for event in [#"event: response.created"#, #"event: response.in_progress"#] {
            text = Self.editing(text, lineWith: event, #"\"object\":\"response\","#, #"\"object\":\"response\",\"queue_position\":3,"#)
        }
        text = Self.editing(
            text, lineWith: "event: response.output_text.delta", #"\"type\":\"response.output_text.delta\""#,
            #"\"type\":\"response.output_text.annotation.added\""#)
        text = Self.editing(text, lineWith: "event: response.completed", #"\"model\":\"gpt-oss-120b\","#, "")
        let report = try Traffic.checkProject([("edited.jsonl", text)])
        #expect(Traffic.summary(report) == [
            "missing-required-field #/components/schemas/Response/properties/model ×1",
            "undocumented-field #/components/schemas/Response/properties/queue_position ×2",
            "unknown-event-type #/components/schemas/ResponseStreamEvent/discriminator/mapping/response.output_text.annotation.added ×1",
        ])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for entry in report.entries {
            #expect(entry.example.file == "edited.jsonl")
            let line = lines[entry.example.line - 1]
            #expect(line.contains(#""kind":"chunk""#), "the example names the chunk line of the event: \(entry.finding.kind)")
        }
        #expect(report.entries.map(\.example.instancePath).sorted() == ["", "/response", "/response"])
        #expect(report.entries.allSatisfy { $0.finding.specLocation?.file == Traffic.specPath })
    }

    @Test("the same three findings in two recordings are aggregated: each once, counted across both")
    func aggregatesAcrossRecordings() throws {
        var text = try Traffic.text(Self.loopback)
        text = Self.editing(text, lineWith: "event: response.created", #"\"object\":\"response\","#, #"\"object\":\"response\",\"queue_position\":3,"#)
        let report = try Traffic.checkProject([("a.jsonl", text), ("b.jsonl", text)])
        #expect(Traffic.summary(report) == ["undocumented-field #/components/schemas/Response/properties/queue_position ×2"])
        #expect(report.entries.first?.example.file == "a.jsonl")
        #expect(report.recordingCount == 2 && report.exchangeCount == 20)
    }
}
