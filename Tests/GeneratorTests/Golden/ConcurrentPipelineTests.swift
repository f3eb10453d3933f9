import GeneratorCore
import Testing

/// `openapi-swift` runs `GeneratorPipeline.runConcurrently`; it must never differ from `run`.
@Suite("Concurrent pipeline")
struct ConcurrentPipelineTests {
    /// What a run ends with: files and warnings, or the errors that stopped it.
    private enum Outcome: Equatable {
        case output([GeneratedFile], warnings: [Diagnostic])
        case failure([Diagnostic])
    }

    private func outcomes(spec: String, configuration: GeneratorConfiguration) async -> (sequential: Outcome, concurrent: Outcome) {
        let sequential: Outcome
        do {
            let output = try GeneratorPipeline.run(specText: spec, specPath: "openapi.yaml", configuration: configuration)
            sequential = .output(output.files, warnings: output.warnings)
        } catch {
            sequential = .failure(error.diagnostics)
        }
        let concurrent: Outcome
        do {
            let output = try await GeneratorPipeline.runConcurrently(specText: spec, specPath: "openapi.yaml", configuration: configuration)
            concurrent = .output(output.files, warnings: output.warnings)
        } catch {
            concurrent = .failure(error.diagnostics)
        }
        return (sequential, concurrent)
    }

    @Test("every golden case produces the same files and warnings, in the same order, as the sequential run",
          arguments: GoldenFiles.caseNames)
    func sameOutput(caseName: String) async throws {
        let directory = "\(GoldenFiles.goldenDirectory)/\(caseName)"
        let spec = try #require(GoldenFiles.read("\(directory)/openapi.yaml"))
        var configuration = GeneratorConfiguration()
        if let configText = GoldenFiles.read("\(directory)/openapi-swift-config.yaml") {
            configuration = try GeneratorConfiguration.read(configText, file: "openapi-swift-config.yaml")
        }
        let (sequential, concurrent) = await outcomes(spec: spec, configuration: configuration)
        guard case .output(let files, _) = sequential else {
            Issue.record("golden case \(caseName) does not generate")
            return
        }
        #expect(files.map(\.name) == FileAssembler.fileNames)
        #expect(concurrent == sequential)
    }

    @Test("every malformed golden spec stops with the same errors as the sequential run",
          arguments: GoldenFiles.diagnosticKinds)
    func sameErrors(kind: String) async throws {
        let spec = try #require(GoldenFiles.read("\(GoldenFiles.diagnosticsDirectory)/\(kind).yaml"))
        let (sequential, concurrent) = await outcomes(spec: spec, configuration: .init())
        #expect(concurrent == sequential)
    }
}
