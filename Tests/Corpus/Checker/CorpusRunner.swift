import Foundation
import OpenAPIClientRuntime

/// Checks every case of the corpus manifest that one binding set covers and prints one line per
/// case, then `N passed, M failed`. Exit status 1 when any case failed.
///
///     corpus-check-<bindings> MANIFEST [CASE-ID-PREFIX]
public enum CorpusRunner {
    public static func main(bindings: String, types: [String: CorpusType]) -> Never {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: \(arguments[0]) MANIFEST [CASE-ID-PREFIX]")
            exit(2)
        }
        let manifestURL = URL(fileURLWithPath: arguments[1])
        let filter = arguments.count > 2 ? arguments[2] : ""
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
        } catch {
            print("error: cannot read \(manifestURL.path): \(error)")
            exit(2)
        }
        var passed = 0, failed = 0, notCovered = 0
        for entry in manifest.cases where entry.id.hasPrefix(filter) {
            guard let expectation = entry.bindings[bindings] else { notCovered += 1; continue }
            let bodyURL = manifestURL.deletingLastPathComponent().appendingPathComponent(entry.file)
            let outcome = CaseCheck.run(entry, expectation, body: bodyURL, types: types)
            switch outcome {
            case .passed(let note):
                passed += 1
                print("PASS \(bindings) \(entry.id)\(note.isEmpty ? "" : " (\(note))")")
            case .failed(let category, let detail):
                failed += 1
                print("FAIL \(bindings) \(entry.id) [\(category)] \(detail)")
            }
        }
        print("\(bindings): \(notCovered) cases not covered by these bindings")
        print("\(passed) passed, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}
