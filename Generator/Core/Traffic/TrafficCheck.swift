/// `openapi-swift check-traffic` as one call: a spec and recordings in, a report out.
public enum TrafficCheck {
    /// A recording's path (as named in findings) and text.
    public struct Recording: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Reads the spec the way generation does (same YAML limits, same reader, same located
    /// errors) and every recording, then checks each exchange. Any unreadable input throws: a
    /// partial check would read as "no drift" for what it skipped.
    public static func run(
        specText: String, specPath: String, recordings: [Recording], configuration: GeneratorConfiguration = .init()
    ) throws(DiagnosticError) -> TrafficReport {
        let root = try YAMLParser.parse(specText, file: specPath, limits: configuration.yamlLimits)
        let (document, _) = try DocumentReader.read(root, file: specPath)
        var parsed: [[TrafficExchange]] = []
        var errors: [Diagnostic] = []
        for recording in recordings {
            do {
                parsed.append(try TrafficRecordingReader.exchanges(inRecording: recording.text, file: recording.path))
            } catch {
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        let checker = TrafficChecker(document: document, configuration: configuration)
        var report = TrafficReport()
        for exchanges in parsed { checker.check(exchanges, into: &report) }
        return report
    }
}
