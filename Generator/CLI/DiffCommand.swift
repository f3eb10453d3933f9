import GeneratorCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `openapi-swift diff OLD NEW`: what a spec change breaks for apps that use the bindings.
///
/// Exit status: 0 when no change reaches `--fail-on` (default `breaking`), 1 when one does, 2 for
/// unreadable or invalid input (with located errors) or a wrong command line.
struct DiffCommand {
    var oldPath: String
    var newPath: String
    var configPath: String?
    var format = DiffReport.Format.text
    var failOn = DiffFailureThreshold.breaking

    static let usage = """
        usage: openapi-swift diff OLD NEW [--config FILE] [--format text|json|markdown] [--fail-on breaking|any|none]

          OLD, NEW        two versions of an OpenAPI document, read as generation reads them
          --config FILE   generator options (the same file as for generating: names and filters apply)
          --format F      text (compiler-like, default), json (stable, for CI), markdown (for a pull request)
          --fail-on T     exit 1 when a change is breaking (default), on any change, or never

        Each change is reported once: wire-breaking, swift-breaking, additive or documentation, with its
        JSON pointer, the Swift symbol it affects and its place in NEW (in OLD for removals).
        Exit status: 0 nothing reached --fail-on, 1 something did, 2 unreadable or invalid input.
        """

    static func parse(_ arguments: [String]) throws(UsageError) -> DiffCommand {
        var paths: [String] = []
        var command = DiffCommand(oldPath: "", newPath: "")
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
                guard let format = DiffReport.Format(rawValue: text) else { throw UsageError(message: "--format must be text, json or markdown, not '\(text)'") }
                command.format = format
            case "--fail-on":
                let text = try value(after: argument)
                guard let threshold = DiffFailureThreshold(rawValue: text) else { throw UsageError(message: "--fail-on must be breaking, any or none, not '\(text)'") }
                command.failOn = threshold
            case "--help", "-h": throw UsageError(message: "reports what changed between two versions of a spec", isHelp: true)
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option '\(argument)'") }
                paths.append(argument)
            }
            index += 1
        }
        guard paths.count == 2 else { throw UsageError(message: "diff needs two specs, OLD and NEW (got \(paths.count))") }
        (command.oldPath, command.newPath) = (paths[0], paths[1])
        return command
    }

    func run() async -> Int32 {
        var sources: [String: String] = [:]
        do {
            var configuration = GeneratorConfiguration()
            if let configPath {
                let text = try InputFile.readText(configPath, maxBytes: YAMLLimits.defaultDocumentBytes)
                sources[configPath] = text
                configuration = try GeneratorConfiguration.read(text, file: configPath)
            }
            let oldText = try InputFile.readText(oldPath, maxBytes: configuration.yamlLimits.maxDocumentBytes)
            sources[oldPath] = oldText
            let newText = try InputFile.readText(newPath, maxBytes: configuration.yamlLimits.maxDocumentBytes)
            sources[newPath] = newText
            // The two documents are read at the same time: reading is most of the work.
            async let oldSnapshot = Self.read(oldText, path: oldPath, configuration: configuration)
            async let newSnapshot = Self.read(newText, path: newPath, configuration: configuration)
            let (old, new) = (try await oldSnapshot.get(), try await newSnapshot.get())
            let report = DiffReport(oldPath: oldPath, newPath: newPath, changes: SpecDiff.compare(old, new))
            print(report.render(format, sources: sources), terminator: "")
            return failOn.isReached(by: report.changes) ? 1 : 0
        } catch {
            printError(DiagnosticRenderer(sources: sources).render(error))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("openapi-swift diff: \(count) error\(count == 1 ? "" : "s"); nothing was compared")
            return 2
        }
    }

    /// `SpecSnapshot.read` with its typed error kept through a child task.
    static func read(_ text: String, path: String, configuration: GeneratorConfiguration) -> Result<SpecSnapshot, DiagnosticError> {
        Result { () throws(DiagnosticError) in try SpecSnapshot.read(text, path: path, configuration: configuration) }
    }
}
