import GeneratorCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the pipeline and either writes the output directory or checks it for drift.
struct GenerateCommand {
    let options: CommandLineOptions

    /// Runs the command and exits with its status, never returning: the pipeline's trees are still
    /// held when the process ends, so they are not released one node at a time first.
    func runAndExit() -> Never {
        var kept: GeneratorPipeline.Intermediates?
        let status = run(keeping: &kept)
        withExtendedLifetime(kept) { exit(status) }
    }

    func run(keeping kept: inout GeneratorPipeline.Intermediates?) -> Int32 {
        var sources: [String: String] = [:]
        do {
            return try generate(sources: &sources, keeping: &kept)
        } catch {
            let renderer = DiagnosticRenderer(sources: sources)
            printError(renderer.render(error))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("openapi-swift: \(count) error\(count == 1 ? "" : "s"); nothing was written")
            return 2
        }
    }

    /// `sources` collects the text of every file read, so diagnostics can quote the offending line.
    func generate(sources: inout [String: String], keeping kept: inout GeneratorPipeline.Intermediates?) throws(DiagnosticError) -> Int32 {
        var configuration = GeneratorConfiguration()
        if let configPath = options.configPath {
            let configText = try InputFile.readText(configPath, maxBytes: YAMLLimits.defaultDocumentBytes)
            sources[configPath] = configText
            configuration = try GeneratorConfiguration.read(configText, file: configPath)
        }
        if let depth = options.nestingDepth { configuration.yamlLimits.maxNestingDepth = depth }
        if let bytes = options.documentBytes { configuration.yamlLimits.maxDocumentBytes = bytes }
        if let nodes = options.nodes { configuration.yamlLimits.maxNodes = nodes }
        // The configuration comes first: it may raise the spec's size limit.
        let specText = try InputFile.readText(options.specPath, maxBytes: configuration.yamlLimits.maxDocumentBytes)
        sources[options.specPath] = specText
        let output = try GeneratorPipeline.run(
            specText: specText, specPath: options.specPath, configuration: configuration, keepingIntermediates: true)
        kept = output.intermediates
        if !output.warnings.isEmpty {
            // Built only when needed: it indexes the lines of each source once for the batch.
            let renderer = DiagnosticRenderer(sources: sources)
            for warning in renderer.render(output.warnings) { printError(warning) }
        }
        let directory = OutputDirectory(path: options.outputDirectory, ownedFileMarker: FileAssembler.ownershipMarker)
        return options.check ? check(output.files, in: directory) : try write(output.files, to: directory)
    }

    func write(_ files: [GeneratedFile], to directory: OutputDirectory) throws(DiagnosticError) -> Int32 {
        let report = try directory.write(files)
        printError("openapi-swift: \(options.outputDirectory): \(report.written.count) written, \(report.unchanged.count) unchanged, \(report.removed.count) removed")
        return 0
    }

    func check(_ files: [GeneratedFile], in directory: OutputDirectory) -> Int32 {
        let drift = directory.check(files)
        guard !drift.isEmpty else {
            printError("openapi-swift: \(options.outputDirectory) is up to date with \(options.specPath)")
            return 0
        }
        for item in drift { print(item.description) }
        printError("openapi-swift: \(options.outputDirectory) differs from what \(options.specPath) produces (\(drift.count) file\(drift.count == 1 ? "" : "s")); regenerate it (same command without --check)")
        return 1
    }
}

/// One line (or block) on standard error (file descriptor 2: unbuffered, no shared C state).
func printError(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}
