import Testing

@testable import GeneratorCore

/// What check-traffic reads: strict JSON, the recording format, Server-Sent Events.
@Suite("check-traffic inputs")
struct TrafficInputTests {
    @Test("JSON: values, escapes and surrogate pairs; integers as JSON Schema counts them")
    func parsesJSON() throws {
        let value = try JSONParser.parse(#" {"a":[1,2.0,-3.5e2,true,null],"s":"\u00e9\ud83d\ude00\n\/"} "#)
        #expect(value["s"] == .string("é😀\n/"))
        guard case .array(let numbers)? = value["a"] else { Issue.record("no array"); return }
        #expect(numbers.map(\.typeName) == ["integer", "integer", "integer", "boolean", "null"])
        #expect(try JSONParser.parse("0.5").typeName == "number")
    }

    @Test("JSON: what is not strict JSON is an error, never a repaired value", arguments: [
        #"{"a":1,"a":2}"#, #"{"a":1} x"#, #""\ud800""#, "[1,]", "01", "1.", "'a'", "\"tab\there\"", "", "{\"a\" 1}", "nul",
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
    ])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test("recordings: every line is read, base64 bodies decoded, chunks joined with their lines kept")
    func readsRecordings() throws {
        let text = Traffic.exchange(path: "/v1/x", requestBody: "{}", status: 200, chunks: ["ab", "cd"])
            + #"{"base64":"AAEC/w==","exchange":2,"format":1,"kind":"request","method":"GET","path":"/y"}"# + "\n"
            + #"{"error":"timed out","exchange":2,"kind":"end","ms":9}"# + "\n"
        let exchanges = try TrafficRecordingReader.exchanges(inRecording: text, file: "r.jsonl")
        #expect(exchanges.count == 2)
        #expect(exchanges[0].body == Array("abcd".utf8) && exchanges[0].line(ofBodyOffset: 3) == 4 && exchanges[0].line(ofBodyOffset: 0) == 3)
        #expect(exchanges[1].requestBody == [0, 1, 2, 255] && exchanges[1].response == nil && exchanges[1].failure == "timed out")
    }

    @Test("recordings: an unreadable line is an error at its line", arguments: [
        ("not json", 1), (#"{"exchange":1,"format":2,"kind":"request","method":"GET","path":"/"}"#, 1),
        (#"{"exchange":1,"kind":"chunk","text":"x"}"#, 1),
        (#"{"exchange":1,"format":1,"kind":"request","method":"GET","path":"/"}"# + "\n" + #"{"exchange":1,"kind":"trailer"}"#, 2),
        (#"{"exchange":1,"format":1,"kind":"request","method":"GET","path":"/"}"# + "\n" + #"{"exchange":1,"kind":"response"}"#, 2),
        (#"{"exchange":1,"format":1,"kind":"request","method":"GET","path":"/","base64":"a"}"#, 1),
        (#"{"exchange":1,"format":1,"kind":"request","method":"GET","path":"/"}"#, 1),
    ])
    func rejectsUnreadableRecordings(_ text: String, line: Int) {
        do {
            _ = try TrafficRecordingReader.exchanges(inRecording: text, file: "r.jsonl")
            Issue.record("read without an error")
        } catch {
            #expect(error.diagnostics.map(\.location?.line) == [line])
            #expect(error.diagnostics.first?.location?.file == "r.jsonl")
        }
    }

    @Test("recordings: a line that is not JSON is located at the offending character")
    func locatesJSONErrors() {
        do {
            _ = try TrafficRecordingReader.exchanges(inRecording: #"{"exchange":1,"kind":"é" x}"#, file: "r.jsonl")
            Issue.record("read without an error")
        } catch {
            #expect(error.diagnostics.map(\.location) == [SourceLocation(file: "r.jsonl", line: 1, column: 26)])
        }
    }

    @Test("check-traffic reports every unreadable recording and checks none of them")
    func unreadableRecordingsFailTheRun() {
        do {
            _ = try TrafficCheck.run(specText: Spec.header, specPath: Spec.file, recordings: [.init(path: "a", text: "x"), .init(path: "b", text: "{}")])
            Issue.record("checked without an error")
        } catch {
            #expect(error.diagnostics.map(\.location?.file) == ["a", "b"])
        }
    }

    @Test("events: CRLF and CR line ends, comments, multi-line data, ids; an unterminated last event is noticed")
    func splitsEvents() {
        let body = Array(": hi\r\nevent: a\r\ndata: 1\r\ndata: 2\r\n\r\nid: 7\rdata: {}\r\rdata: tail\n".utf8)
        let (events, unterminated) = EventStreamSplitter.events(in: body)
        #expect(events.map(\.data) == ["1\n2", "{}"])
        #expect(events.map(\.name) == ["a", nil])
        #expect(events.map(\.offset) == [6, 36])
        #expect(unterminated == 52)
        #expect(EventStreamSplitter.events(in: Array("data: x\n\n".utf8)).unterminatedAt == nil)
    }
}
