import Foundation
import PackagePlugin

// Shared by the `generate-bindings` and `check-bindings` command plugins (file symlinks). They are two
// plugins only because SwiftPM grants permissions per plugin, before it runs: checking must not ask
// for write access to the package.

/// One run of the generator, with paths relative to the package root, spelled as `make generate` spells them.
struct GeneratorJob {
    var spec: String
    var config: String?
    var output: String

    var arguments: [String] {
        [spec] + (config.map { ["--config", $0] } ?? []) + ["--output", output]
    }
}

/// Finds what to generate and runs `openapi-swift` on it, in write mode or `--check` mode.
///
/// Deliberately thin: comparing, diffing and writing only-changed files are the CLI's job, so
/// `make generate`, `make check` and the plugins share one code path and cannot disagree.
enum BindingsCommand {
    /// This repository's own committed bindings: the job `make generate` runs. It is picked when nothing
    /// narrower is asked for and the package has the spec, so the verb needs no arguments here.
    static let repositoryJob = GeneratorJob(
        spec: "spec/responses.yaml", config: "spec/openapi-swift-config.yaml", output: "Sources/Infercom/Generated")

    static let usage = """
        arguments: [--check] [--target NAME …] [--spec FILE --output DIR [--config FILE]]
          (none)        this repository's bindings (as make generate), and every non-test target
                        with an openapi.yaml (+ optional openapi-swift-config.yaml) → <target>/Generated
          --target      only these targets
          --spec/--output/--config
                        one explicit run; paths are relative to the package root
          --check       write nothing; fail with a diff if the output is out of date
        """

    static func run(context: PluginContext, arguments: [String], check: Bool) throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0 || check
        let targets = extractor.extractOption(named: "target")
        let spec = extractor.extractOption(named: "spec").last
        let config = extractor.extractOption(named: "config").last
        let output = extractor.extractOption(named: "output").last
        guard extractor.remainingArguments.isEmpty else {
            throw PluginError("unexpected arguments \(extractor.remainingArguments)\n\(usage)")
        }

        let jobs: [GeneratorJob]
        if spec != nil || output != nil || config != nil {
            guard let spec, let output, targets.isEmpty else {
                throw PluginError("--spec and --output go together, without --target\n\(usage)")
            }
            jobs = [GeneratorJob(spec: spec, config: config, output: output)]
        } else {
            jobs = try discoverJobs(in: context.package, targetNames: targets)
        }

        let generator = try context.tool(named: "openapi-swift").url
        var outOfDate: [String] = []
        for job in jobs {
            let arguments = job.arguments + (check ? ["--check"] : [])
            print("openapi-swift " + arguments.joined(separator: " "))
            switch try run(generator, arguments, in: context.package.directoryURL) {
            case 0: continue
            case 1 where check: outOfDate.append(job.output)
            case let status: throw PluginError("openapi-swift failed (exit \(status)) for \(job.spec)")
            }
        }
        if !outOfDate.isEmpty {
            throw PluginError("""
                out of date: \(outOfDate.joined(separator: ", "))
                regenerate with: swift package --allow-writing-to-package-directory generate-bindings
                """)
        }
    }

    /// Targets carrying an OpenAPI document (the named ones, or all but test targets, whose specs are
    /// usually fixtures), then this repository's bindings.
    static func discoverJobs(in package: Package, targetNames: [String]) throws -> [GeneratorJob] {
        let targets = targetNames.isEmpty ? package.targets : try package.targets(named: targetNames)
        var jobs: [GeneratorJob] = []
        for target in targets {
            guard let target = target as? SwiftSourceModuleTarget,
                  target.kind != .test || targetNames.contains(target.name),
                  let inputs = try OpenAPIInputs.find(in: target.sourceFiles, target: target.name)
            else {
                if targetNames.contains(target.name) { throw PluginError("target '\(target.name)' has no openapi.yaml") }
                continue
            }
            jobs.append(GeneratorJob(
                spec: relativePath(inputs.document, in: package),
                config: inputs.configuration.map { relativePath($0, in: package) },
                output: relativePath(target.directoryURL.appending(component: "Generated"), in: package)))
        }
        let repositorySpec = package.directoryURL.appending(path: repositoryJob.spec)
        if targetNames.isEmpty, FileManager.default.fileExists(atPath: repositorySpec.path(percentEncoded: false)) {
            jobs.append(repositoryJob)
        }
        guard !jobs.isEmpty else {
            throw PluginError("nothing to generate: no target has an openapi.yaml\n\(usage)")
        }
        return jobs
    }

    /// Relative paths keep the generator's messages (and anything it might print) machine-independent.
    static func relativePath(_ url: URL, in package: Package) -> String {
        let root = package.directoryURL.path(percentEncoded: false)
        let path = url.path(percentEncoded: false)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Runs the generator from the package root; its stdout (the diff) and stderr reach the user as they are.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }
}
