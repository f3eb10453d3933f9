import Testing

@testable import GeneratorCore

/// Finds one declaration's text in generated files, so emitter tests can compare a few lines
/// instead of whole files.
enum SwiftSnippets {
    /// The rendered `struct`/`enum`/`typealias` called `name` (with its doc comment and attributes,
    /// and the `extension <name> { … }` with its coding that follows it), or `extension <name>: …`
    /// when `name` starts with `extension `. Nil when absent.
    static func declaration(_ name: String, in files: [GeneratedFile]) -> String? {
        for file in files {
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // A struct's coding extension (`extension Name {` right below it) belongs to the struct.
            let codingExtension = name.hasPrefix("extension ") && lines.contains { line in
                line.hasPrefix("public struct \(name.dropFirst(10)):") || line.hasPrefix("internal struct \(name.dropFirst(10)):")
            }
            guard let start = lines.firstIndex(where: { isStart($0, of: name) && !(codingExtension && $0 == name + " {") })
            else { continue }
            var first = start
            while first > 0, lines[first - 1].hasPrefix("///") || lines[first - 1].hasPrefix("@") { first -= 1 }
            var end = start
            if lines[start].hasSuffix("{") {
                while end < lines.count - 1, lines[end] != "}" { end += 1 }
            }
            let word = lines[start].split(separator: " ").first { !["public", "internal", "package", "indirect", "struct", "enum"].contains($0) }
            let declared = word.map { $0.hasSuffix(":") ? String($0.dropLast()) : String($0) }
            if let declared, end + 2 < lines.count, lines[end + 1].isEmpty, lines[end + 2] == "extension \(declared) {" {
                end += 2
                while end < lines.count - 1, lines[end] != "}" { end += 1 }
            }
            return lines[first...end].joined(separator: "\n") + "\n"
        }
        return nil
    }

    private static func isStart(_ line: String, of name: String) -> Bool {
        if name.hasPrefix("extension ") { return line.hasPrefix(name + ":") || line.hasPrefix(name + " ") }
        var words = line.split(separator: " ").map(String.init)
        while let first = words.first, ["public", "internal", "package", "indirect"].contains(first) {
            words.removeFirst()
        }
        guard words.count >= 2, ["struct", "enum", "typealias", "protocol"].contains(words[0]) else { return false }
        let declared = words[1].hasSuffix(":") ? String(words[1].dropLast()) : words[1]
        return declared == name
    }
}

/// Generates Swift for `yaml` and checks the text of one declaration against `expected` exactly.
func assertSwift(
    _ yaml: String, declaration name: String, equals expected: String,
    configuration: GeneratorConfiguration = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let files = try Stages.files(yaml, configuration: configuration)
    guard let actual = SwiftSnippets.declaration(name, in: files) else {
        Issue.record("no declaration \(name) was generated", sourceLocation: sourceLocation)
        return
    }
    let diff = UnifiedDiff.make(old: expected, new: actual, oldName: "expected", newName: "actual") ?? ""
    let matches = actual == expected
    #expect(matches, "\(name) differs from the expectation:\n\(diff)", sourceLocation: sourceLocation)
}

/// Generates Swift for `yaml` and checks that one declaration's text contains each fragment.
func assertSwift(
    _ yaml: String, declaration name: String, contains fragments: [String],
    configuration: GeneratorConfiguration = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let files = try Stages.files(yaml, configuration: configuration)
    guard let actual = SwiftSnippets.declaration(name, in: files) else {
        Issue.record("no declaration \(name) was generated", sourceLocation: sourceLocation)
        return
    }
    for fragment in fragments {
        let found = actual.contains(fragment)
        #expect(found, "\(name) lacks \(fragment.debugDescription); it reads:\n\(actual)",
                sourceLocation: sourceLocation)
    }
}
