// libFuzzer target: the generator's front end, spec bytes → rendered Swift files, nothing written.
//
// Compiled by Tests/Fuzz/Makefile into one module together with Generator/Core's sources (hence no
// `import GeneratorCore`). The properties checked for every input:
// - no crash, trap or sanitizer report (the generator must turn any spec into files or diagnostics);
// - a rejected spec is rejected with at least one error, and every diagnostic it reports points
//   into the spec (`file:line:column`, with line and column ≥ 1), so the user is told where;
// - the diagnostics render (the caret line) without trapping.

private let specPath = "fuzz.yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGenerator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The command line rejects invalid UTF-8 before the pipeline sees it (`InputFile.readText`).
    guard let spec = String(validating: bytes, as: UTF8.self) else { return -1 }
    do {
        let output = try GeneratorPipeline.run(specText: spec, specPath: specPath, configuration: GeneratorConfiguration())
        for file in output.files where file.name.isEmpty {
            fatalError("a generated file has no name")
        }
        check(output.warnings, in: spec)
    } catch {
        if !error.diagnostics.contains(where: { $0.severity == .error }) {
            fatalError("a spec was rejected without an error diagnostic: \(error)")
        }
        check(error.diagnostics, in: spec)
        _ = DiagnosticRenderer(sources: [specPath: spec]).render(error)
    }
    return 0
}

/// Every diagnostic about the spec names the spec and a position in it.
private func check(_ diagnostics: [Diagnostic], in spec: String) {
    for diagnostic in diagnostics {
        guard let location = diagnostic.location else {
            fatalError("diagnostic without a location: \(diagnostic)")
        }
        if location.file != specPath || location.line < 1 || location.column < 1 {
            fatalError("diagnostic located outside the spec: \(diagnostic)")
        }
    }
}
