import Foundation
import GeneratorCore
import Testing

/// Malformed specs and the exact diagnostics a user sees for them (`file:line:col: error: …`, the
/// offending line, the caret), rendered as the command line renders them.
@Suite("Golden diagnostics")
struct GoldenDiagnosticsTests {
    /// The five kinds of mistake the generator must point at precisely.
    static let requiredKinds: Set = [
        "bad-yaml", "dangling-ref", "unknown-type", "discriminator-property", "duplicate-operation-id",
    ]

    @Test("there is a malformed spec for each of the five kinds of mistake")
    func kindsExist() {
        #expect(Self.requiredKinds.isSubset(of: Set(GoldenFiles.diagnosticKinds)), "found \(GoldenFiles.diagnosticKinds)")
    }

    @Test("each malformed spec is rejected with exactly its expected rendered diagnostics",
          arguments: GoldenFiles.diagnosticKinds)
    func renderedDiagnostics(kind: String) throws {
        // The path as `make` and the CLI checks pass it, relative to the package root.
        let specPath = "Tests/Golden/Diagnostics/\(kind).yaml"
        let spec = try #require(GoldenFiles.read("\(GoldenFiles.root)/\(specPath)"))
        let rendered: String
        do {
            _ = try GeneratorPipeline.run(specText: spec, specPath: specPath, configuration: .init())
            Issue.record("\(specPath) was accepted, but it is malformed")
            return
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.severity == .error || $0.severity == .note })
            rendered = DiagnosticRenderer(sources: [specPath: spec]).render(error) + "\n"
        }
        try GoldenFiles.compare(rendered, withExpected: "Tests/Golden/Diagnostics/\(kind).expected")
    }

    @Test("every error points into the malformed spec, at a line that exists", arguments: GoldenFiles.diagnosticKinds)
    func locatedInSpec(kind: String) throws {
        let specPath = "Tests/Golden/Diagnostics/\(kind).yaml"
        let spec = try #require(GoldenFiles.read("\(GoldenFiles.root)/\(specPath)"))
        let lineCount = spec.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try GeneratorPipeline.run(specText: spec, specPath: specPath, configuration: .init())
        } catch {
            for diagnostic in error.diagnostics {
                let location = try #require(diagnostic.location, "\(diagnostic) has no location")
                #expect(location.file == specPath)
                #expect((1...lineCount).contains(location.line), "\(diagnostic)")
                #expect(location.column >= 1, "\(diagnostic)")
            }
        }
    }
}
