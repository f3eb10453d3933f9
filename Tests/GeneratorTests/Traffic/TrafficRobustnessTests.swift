import Testing

@testable import GeneratorCore

/// Recordings are untrusted input: damaged ones are a located error or a report whose every
/// finding points into the spec and at a line of the recording — never a crash.
@Suite("check-traffic on damaged recordings")
struct TrafficRobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("200 byte-level damages of the loopback recording: an error at a line, or findings that point into spec and recording")
    func damagedRecordings() throws {
        let original = Array(try Traffic.text(TrafficCheckLoopbackTests.loopback).utf8)
        // The spec is read once; each damaged recording is read and checked as `TrafficCheck.run` does.
        let root = try YAMLParser.parse(try Traffic.text(Traffic.specPath), file: Traffic.specPath)
        let checker = TrafficChecker(document: try DocumentReader.read(root, file: Traffic.specPath).0, configuration: try Traffic.projectConfiguration())
        var generator = SplitMix(state: 14)
        let replacements = Array(#"{}[]":,\ 0a-.e\#n"#.utf8) + [0xC3, 0xA9, 0xFF]
        var (errors, reports) = (0, 0)
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = replacements.randomElement(using: &generator)!
                case 1: bytes.remove(at: index)
                default: bytes.insert(replacements.randomElement(using: &generator)!, at: index)
                }
            }
            // Invalid UTF-8 is refused before this point (InputFile); check what remains text.
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            do {
                var report = TrafficReport()
                checker.check(try TrafficRecordingReader.exchanges(inRecording: text, file: "damaged.jsonl"), into: &report)
                reports += 1
                for entry in report.entries {
                    #expect(entry.finding.pointer.hasPrefix("#/"))
                    #expect(entry.count >= 1)
                    #expect((1...lineCount).contains(entry.example.line))
                }
            } catch {
                errors += 1
                #expect(error.diagnostics.allSatisfy { $0.location?.file == "damaged.jsonl" && (1...lineCount).contains($0.location?.line ?? 0) })
            }
        }
        #expect(errors > 0 && reports > 0, "both outcomes were exercised (errors \(errors), reports \(reports))")
    }
}
