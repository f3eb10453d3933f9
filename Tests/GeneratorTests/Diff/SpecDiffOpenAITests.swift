import Foundation
import Testing

@testable import GeneratorCore

/// OpenAI's 3 MB spec (a test input only, outside the package): found next to the package's clone or absolutely.
@Suite("diff: OpenAI's spec")
struct SpecDiffOpenAITests {
    static let openAISpec: String? = {
        let relative = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../shared/data/openai-openapi.yaml").standardized.path
        return [relative, "/work/shared/data/openai-openapi.yaml"].first(where: FileManager.default.fileExists)
    }()

    @Test("one field removed from Response is exactly one wire-breaking change, at that field in OLD",
          .enabled(if: openAISpec != nil))
    func oneFieldRemoved() throws {
        let old = try String(contentsOfFile: try #require(Self.openAISpec), encoding: .utf8)
        let field = "            created_at:\n              type: number\n              format: unixtime\n              description: |\n                Unix timestamp (in seconds) of when this Response was created.\n"
        // The first `created_at` after the schema's key is Response's own (other schemas have one too).
        let schemaStart = try #require(old.firstRange(of: "\n    Response:\n      title: The response object\n")).upperBound
        let fieldRange = try #require(old[schemaStart...].firstRange(of: field))
        var new = old
        new.removeSubrange(fieldRange)
        let changes = try DiffSpec.changes(from: old, to: new)
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.category == .wireBreaking)
        #expect(change.rule == "response-property-removed")
        #expect(change.symbol == "Response.createdAt")
        #expect(change.pointer == "#/components/schemas/Response/allOf/2/properties/created_at")
        let line = old[..<fieldRange.lowerBound].count { $0 == "\n" } + 1
        #expect(change.location == SourceLocation(file: "old.yaml", line: line, column: 13))
    }
}
