import Foundation
import Testing

@Suite("README: the conversation, tool and typed-answer examples are the compiled ones")
struct ConversationReadmeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Swift code blocks of the README section `heading`, up to the next heading of its level.
    static func swiftBlocks(underHeading heading: String, in readme: String) -> [[String]] {
        let lines = readme.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return [] }
        var blocks: [[String]] = []
        var current: [String]?
        for line in lines[(start + 1)...] {
            if current == nil, line.hasPrefix("### ") || line.hasPrefix("## ") { break }
            if line == "```swift" {
                current = []
            } else if line == "```", let block = current {
                blocks.append(block)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Lines without their leading whitespace: the examples file nests blocks in functions.
    static func normalized(_ lines: [String]) -> [String] {
        lines.map { $0.drop { $0 == " " }.description }
    }

    @Test("every Swift block of the section appears, line for line, in ConversationReadmeExamples.swift")
    func blocksAreCompiled() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/InfercomTests/Documentation/ConversationReadmeExamples.swift"), encoding: .utf8)
        let exampleLines = Self.normalized(examples.components(separatedBy: "\n"))
        let blocks = Self.swiftBlocks(underHeading: "### Conversations, tools and typed answers", in: readme)
        #expect(blocks.count == 5)
        for block in blocks {
            let wanted = Self.normalized(block)
            let found = exampleLines.indices.contains { start in
                start + wanted.count <= exampleLines.count && Array(exampleLines[start..<(start + wanted.count)]) == wanted
            }
            #expect(found, "README block not in ConversationReadmeExamples.swift:\n\(block.joined(separator: "\n"))")
        }
    }
}
