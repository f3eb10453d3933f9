import Foundation
import Testing

@testable import GeneratorCore

/// Recordings written in code (the replay transport's format 1) and checks run on them.
enum Traffic {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static let specPath = "spec/responses.yaml"

    /// The project's configuration (its leniency applies, as it does to the bindings).
    static func projectConfiguration() throws -> GeneratorConfiguration {
        try GeneratorConfiguration.read(try text("spec/openapi-swift-config.yaml"), file: "spec/openapi-swift-config.yaml")
    }

    /// The report of `recordings` (name → text) against the project's spec and configuration.
    static func checkProject(_ recordings: [(String, String)]) throws -> TrafficReport {
        try TrafficCheck.run(
            specText: try text(specPath), specPath: specPath,
            recordings: recordings.map { .init(path: $0.0, text: $0.1) }, configuration: try projectConfiguration())
    }

    /// The report of `recording` against a small spec written in the test.
    static func check(spec: String, _ recording: String, configuration: GeneratorConfiguration = .init()) throws -> TrafficReport {
        try TrafficCheck.run(specText: spec, specPath: Spec.file, recordings: [.init(path: "rec.jsonl", text: recording)], configuration: configuration)
    }

    /// One exchange as recording lines: request, response (when `status` is given), one chunk per body piece, end.
    static func exchange(
        _ number: Int = 1, method: String = "POST", path: String, requestBody: String? = nil,
        requestHeaders: [(String, String)] = [("Content-Type", "application/json")],
        status: Int?, headers: [(String, String)] = [("Content-Type", "application/json")], chunks: [String] = [],
        failure: String? = nil
    ) -> String {
        func fields(_ pairs: [(String, String)]) -> String {
            "[" + pairs.map { "[\(quote($0.0)),\(quote($0.1))]" }.joined(separator: ",") + "]"
        }
        var lines = [
            #"{"exchange":\#(number),"format":1,"headers":\#(fields(requestHeaders)),"kind":"request","method":\#(quote(method)),"path":\#(quote(path))"#
                + (requestBody.map { #","text":\#(quote($0))"# } ?? "") + "}"
        ]
        if let status {
            lines.append(#"{"exchange":\#(number),"headers":\#(fields(headers)),"kind":"response","ms":1,"status":\#(status)}"#)
            for chunk in chunks { lines.append(#"{"exchange":\#(number),"kind":"chunk","ms":2,"text":\#(quote(chunk))}"#) }
        }
        lines.append(#"{"# + (failure.map { #""error":\#(quote($0)),"# } ?? "") + #""exchange":\#(number),"kind":"end","ms":3}"#)
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ text: String) -> String { TrafficReportRenderer.string(text) }

    /// A stream body of one SSE event per `data` payload.
    static func events(_ payloads: [String]) -> [String] {
        payloads.map { "data: \($0)\n\n" }
    }

    /// The findings as `kind pointer ×count` lines, the way the tests compare them.
    static func summary(_ report: TrafficReport) -> [String] {
        report.sortedEntries.map { "\($0.finding.kind.rawValue) \($0.finding.pointer) ×\($0.count)" }
    }
}

extension String {
    /// The text with `needle` replaced, recording an issue unless it occurs exactly `count` times.
    func replacing(_ needle: String, with replacement: String, expecting count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let found = components(separatedBy: needle).count - 1
        #expect(found == count, "'\(needle)' occurs \(found) times, expected \(count)", sourceLocation: sourceLocation)
        return replacingOccurrences(of: needle, with: replacement)
    }
}
