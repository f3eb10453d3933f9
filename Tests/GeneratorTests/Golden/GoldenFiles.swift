import Foundation
import GeneratorCore
import Testing

/// Where the golden files live and how they are compared or re-recorded.
///
/// A golden case is a directory `Tests/Golden/<case>/` with `openapi.yaml`, an optional
/// `openapi-swift-config.yaml`, and the committed output in `Expected/`. Malformed specs live in
/// `Tests/Golden/Diagnostics/<kind>.yaml` next to their rendered diagnostics `<kind>.expected`.
///
/// With `OPENAPI_SWIFT_RECORD=1` (what `make golden` sets) comparisons rewrite the expected files
/// instead of failing; review the result with `git diff Tests/Golden`.
enum GoldenFiles {
    /// The package root, found from this file's path so tests work from any directory.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Golden
        .deletingLastPathComponent()  // GeneratorTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent().path

    static let goldenDirectory = root + "/Tests/Golden"
    static let diagnosticsDirectory = goldenDirectory + "/Diagnostics"

    static var isRecording: Bool { ProcessInfo.processInfo.environment["OPENAPI_SWIFT_RECORD"] == "1" }

    /// Every directory under `Tests/Golden` holding an `openapi.yaml`, sorted.
    static let caseNames: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: goldenDirectory)) ?? []
        return entries.filter { FileManager.default.fileExists(atPath: "\(goldenDirectory)/\($0)/openapi.yaml") }.sorted()
    }()

    /// The malformed specs: `Tests/Golden/Diagnostics/<kind>.yaml`, by kind, sorted.
    static let diagnosticKinds: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: diagnosticsDirectory)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }()

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    static func remove(_ path: String) {
        if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs the whole pipeline on a golden case exactly as the command line would, but with the spec
    /// named `openapi.yaml` so file headers do not depend on where the repository is checked out.
    static func generate(case name: String) throws -> GeneratorPipeline.Output {
        let directory = "\(goldenDirectory)/\(name)"
        let spec = try #require(read("\(directory)/openapi.yaml"), "missing \(directory)/openapi.yaml")
        var configuration = GeneratorConfiguration()
        let configName = "openapi-swift-config.yaml"
        if let configText = read("\(directory)/\(configName)") {
            configuration = try rendering(configName, configText) { try GeneratorConfiguration.read(configText, file: configName) }
        }
        return try rendering("openapi.yaml", spec) {
            try GeneratorPipeline.run(specText: spec, specPath: "openapi.yaml", configuration: configuration)
        }
    }

    /// Runs `body`, turning a `DiagnosticError` into a failure that quotes the offending lines.
    static func rendering<T>(_ file: String, _ text: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DiagnosticError {
            let rendered = DiagnosticRenderer(sources: [file: text]).render(error)
            Issue.record("the pipeline rejected \(file):\n\(rendered)")
            throw error
        }
    }

    /// Checks `actual` against the committed file at `path` (relative to the package root).
    ///
    /// On a mismatch the issue carries a unified diff from the expected to the actual text, and the
    /// actual text is written to `<path>.actual` (git-ignored) for inspection. When recording, the
    /// expected file is rewritten instead. A stale `.actual` is removed once the two agree.
    static func compare(
        _ actual: String, withExpected path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let fullPath = "\(root)/\(path)"
        let actualPath = fullPath + ".actual"
        let expected = read(fullPath)
        if isRecording {
            if expected != actual { try write(actual, to: fullPath) }
            remove(actualPath)
            return
        }
        if let expected, expected.utf8.elementsEqual(actual.utf8) {
            remove(actualPath)
            return
        }
        try write(actual, to: actualPath)
        let diff = UnifiedDiff.make(old: expected ?? "", new: actual, oldName: expected == nil ? "/dev/null" : path, newName: path)
        let reason = expected == nil ? "is missing" : "differs from what the generator produces"
        Issue.record(
            "\(path) \(reason) (actual text written to \(path).actual; run `make golden` to accept it):\n\(diff ?? "")",
            sourceLocation: sourceLocation)
    }
}
