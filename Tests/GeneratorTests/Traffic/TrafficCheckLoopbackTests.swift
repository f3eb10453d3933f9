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

    static let created = #"{"type":"response.created","sequence_number":0,"response":{"id":"r","object":"response","created_at":1,"status":"in_progress","model":"m","output":[]}}"#

    static func stream(_ chunks: [String], failure: String? = nil) -> String {
        Traffic.exchange(
            path: "/v1/responses", requestBody: #"{"model":"m","input":"hi","stream":true}"#, status: 200,
            headers: [("Content-Type", "text/event-stream")], chunks: chunks, failure: failure)
    }

    @Test("a stream that ends inside an event is a malformed body, unless the transport failed there")
    func streamCutInsideAnEvent() throws {
        let cut = [ "event: response.created\ndata: \(Self.created)\n\n", #"event: response.in_progress\#ndata: {"type":"response.in"#]
        #expect(Traffic.summary(try Traffic.checkProject([("cut.jsonl", Self.stream(cut))])) == [
            "malformed-body #/paths/~1responses/post/responses/200/content/text~1event-stream ×1"
        ])
        #expect(Traffic.summary(try Traffic.checkProject([("failed.jsonl", Self.stream(cut, failure: "timed out"))])) == [])
    }

    @Test("event data that is not JSON is a malformed body at the stream's media type, with the event's line")
    func eventDataNotJSON() throws {
        let report = try Traffic.checkProject([("bad.jsonl", Self.stream(["data: \(Self.created)\n\n", "data: [DONE]\n\n"]))])
        #expect(Traffic.summary(report) == [
            "malformed-body #/paths/~1responses/post/responses/200/content/text~1event-stream ×1",
            "missing-terminal-event #/paths/~1responses/post/responses/200/content/text~1event-stream/x-stream-terminal-events ×1",
        ])
        #expect(report.entries.first?.example.line == 4 && report.entries.first?.example.part == "event 1")
    }

    @Test("a stream the server ended without one of x-stream-terminal-events is breaking; a failed transfer is not blamed")
    func missingTerminalEvent() throws {
        let report = try Traffic.checkProject([("short.jsonl", Self.stream(["event: response.created\ndata: \(Self.created)\n\n"]))])
        #expect(Traffic.summary(report) == [
            "missing-terminal-event #/paths/~1responses/post/responses/200/content/text~1event-stream/x-stream-terminal-events ×1"
        ])
        #expect(report.entries.first?.finding.message == "the stream ends with 'response.created', not with one of response.completed, response.incomplete, response.failed, error")
        #expect(Traffic.summary(try Traffic.checkProject([("failed.jsonl", Self.stream(["data: \(Self.created)\n\n"], failure: "reset"))])) == [])
    }
}
