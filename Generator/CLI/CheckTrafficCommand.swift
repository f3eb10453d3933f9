import GeneratorCore

/// `openapi-swift check-traffic SPEC RECORDING…`: where the spec drifted from what the server sends.
///
/// Exit status: 0 when no finding reaches `--fail-on` (default `any`), 1 when one does, 2 for
/// unreadable or invalid input (spec, configuration, recordings, arguments) with located errors.
struct CheckTrafficCommand {
    static let usage = """
        usage: openapi-swift check-traffic SPEC RECORDING... [--config FILE] [--format text|json|markdown]
                                           [--fail-on breaking|any|none]

          SPEC            OpenAPI 3.0/3.1 document (YAML or JSON)
          RECORDING       a recording of RecordingTransport (JSON Lines: request, response, chunks, end)
          --config FILE   generator options: YAML limits and missingRequiredArraysDecodeAsEmpty, whose
                          tolerated absences are reported as 'tolerated' and never fail the run
          --format F      text (default, compiler style), json (stable, for CI), markdown (for a PR comment)
          --fail-on L     exit 1 when a finding is 'breaking' (the bindings fail on the traffic), 'any'
                          (default: breaking or drift), or never ('none')
        """

    var specPath = ""
    var recordingPaths: [String] = []
    var configPath: String?
    var format = TrafficReportRenderer.Format.text
    var failLevel: TrafficFinding.Severity? = .drift

    static func main(_ arguments: [String]) -> Int32 {
        let command: CheckTrafficCommand
        do {
            command = try parse(arguments)
        } catch where error.isHelp {
            print("openapi-swift check-traffic: \(error.message)\n\n\(usage)")
            return 0
        } catch {
            printError("openapi-swift check-traffic: \(error.message)\n\n\(usage)")
            return 2
        }
        return command.run()
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> CheckTrafficCommand {
        var command = CheckTrafficCommand()
        var positional: [String] = []
        var index = 0
        func value(after flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(message: "\(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--config": command.configPath = try value(after: argument)
            case "--format":
                let text = try value(after: argument)
                guard let format = TrafficReportRenderer.Format(rawValue: text) else {
                    throw UsageError(message: "--format must be text, json or markdown, not '\(text)'")
                }
                command.format = format
            case "--fail-on":
                switch try value(after: argument) {
                case "breaking": command.failLevel = .breaking
                case "any": command.failLevel = .drift
                case "none": command.failLevel = nil
                case let other: throw UsageError(message: "--fail-on must be breaking, any or none, not '\(other)'")
                }
            case "--help", "-h": throw UsageError(message: "checks recorded traffic against an OpenAPI document", isHelp: true)
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option '\(argument)'") }
                positional.append(argument)
            }
            index += 1
        }
        guard let spec = positional.first else { throw UsageError(message: "no spec given") }
        guard positional.count > 1 else { throw UsageError(message: "no recording given") }
        command.specPath = spec
        command.recordingPaths = Array(positional.dropFirst())
        return command
    }

    func run() -> Int32 {
        var sources: [String: String] = [:]
        let report: TrafficReport
        do {
            var configuration = GeneratorConfiguration()
            if let configPath {
                let configText = try InputFile.readText(configPath, maxBytes: YAMLLimits.defaultDocumentBytes)
                sources[configPath] = configText
                configuration = try GeneratorConfiguration.read(configText, file: configPath)
            }
            let specText = try InputFile.readText(specPath, maxBytes: configuration.yamlLimits.maxDocumentBytes)
            sources[specPath] = specText
            var recordings: [TrafficCheck.Recording] = []
            for path in recordingPaths {
                let text = try InputFile.readText(path, maxBytes: 1 << 30)
                sources[path] = text
                recordings.append(.init(path: path, text: text))
            }
            report = try TrafficCheck.run(specText: specText, specPath: specPath, recordings: recordings, configuration: configuration)
        } catch {
            printError(DiagnosticRenderer(sources: sources).render(error))
            printError("openapi-swift check-traffic: the input cannot be checked; nothing was checked")
            return 2
        }
        let output = TrafficReportRenderer.render(report, as: format)
        if !output.isEmpty { print(output, terminator: "") }
        printError("openapi-swift check-traffic: \(TrafficReportRenderer.summary(report))")
        return report.fails(at: failLevel) ? 1 : 0
    }
}
