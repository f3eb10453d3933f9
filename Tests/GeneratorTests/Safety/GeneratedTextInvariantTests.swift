import Testing

@testable import GeneratorCore

/// Properties of every generated file, checked on every golden case (the hostile one included).
@Suite("Generated text invariants")
struct GeneratedTextInvariantTests {
    @Test("no generated file holds a line break other than LF, or an invisible control character",
          arguments: GoldenFiles.caseNames)
    func onlyLineFeeds(caseName: String) throws {
        for file in try GoldenFiles.generate(case: caseName).files {
            let offending = file.contents.unicodeScalars.filter {
                ($0 != "\n" && HostileText.isLineBreak($0)) || SpecText.isInvisibleControl($0)
            }
            #expect(offending.isEmpty, "\(file.name): \(offending.map { String($0.value, radix: 16) })")
        }
    }

    /// Block comments nest in Swift (`/*` inside one opens another), so the generator never writes
    /// them: spec text only ever appears in `//` and `///` comments, which end at the line break.
    @Test("the generator writes only line comments, never block comments", arguments: GoldenFiles.caseNames)
    func noBlockComments(caseName: String) throws {
        for file in try GoldenFiles.generate(case: caseName).files {
            for line in file.contents.split(separator: "\n") {
                let text = line.drop { $0 == " " }
                #expect(!text.hasPrefix("/*") && !text.hasPrefix("*"), "\(file.name): \(line)")
            }
        }
    }

    @Test("every comment line in the hostile case is a line comment, and the code lines never carry its text")
    func hostileTextStaysInComments() throws {
        for file in try GoldenFiles.generate(case: "hostile").files {
            for line in file.contents.split(separator: "\n") where line.contains("public let injected") {
                let text = line.drop { $0 == " " }
                let inComment = text.hasPrefix("//")
                let inLiteral = text.contains("\"") && !text.hasPrefix("public let injected")
                #expect(inComment || inLiteral, "\(file.name): \(line)")
            }
        }
    }
}
