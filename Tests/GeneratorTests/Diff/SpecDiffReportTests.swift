import Testing

@testable import GeneratorCore

/// The three renderings of a report and the exit threshold.
@Suite("diff: reports")
struct SpecDiffReportTests {
    static func report() throws -> (DiffReport, String) {
        let new = DiffSpec.edited([
            ("        created: {type: integer}\n", "        title: {type: string}\n"),
            ("enum: [open, closed]", "enum: [open, closed, archived]"),
        ])
        return (DiffReport(oldPath: "old.yaml", newPath: "new.yaml", changes: try DiffSpec.changes(to: new)), new)
    }

    @Test("text reads like compiler output: file:line:column, severity, category, the quoted line, a note")
    func text() throws {
        let (report, new) = try Self.report()
        let text = report.text(sources: ["old.yaml": DiffSpec.base, "new.yaml": new])
        let lines = text.split(separator: "\n").map(String.init)
        let removed = try #require(DiffSpec.base.location(of: "created:", file: "old.yaml"))
        #expect(lines.first == "\(removed): error: wire-breaking: property 'created' was removed from Note [Note.created] (#/components/schemas/Note/properties/created) [response-property-removed]")
        #expect(lines[1] == "            created: {type: integer}")
        #expect(lines[2] == "            ^")
        #expect(lines[3].hasPrefix("\(removed): note: responses no longer carry it"))
        #expect(lines.contains { $0.contains(": warning: additive: value 'archived' was added to Status") })
        #expect(lines.last == "openapi-swift diff: 3 changes: 1 wire-breaking, 0 swift-breaking, 2 additive, 0 documentation")
    }

    @Test("JSON lists every field in a fixed order, breaking changes first")
    func json() throws {
        let (report, _) = try Self.report()
        let json = report.json()
        #expect(json.hasPrefix("{\n  \"old\": \"old.yaml\",\n  \"new\": \"new.yaml\",\n  \"summary\": {\"wire-breaking\": 1, \"swift-breaking\": 0, \"additive\": 2, \"documentation\": 0, \"breaking\": true},\n  \"changes\": [\n    {\"category\": \"wire-breaking\", \"severity\": \"error\", \"rule\": \"response-property-removed\", \"pointer\": \"#/components/schemas/Note/properties/created\", \"symbol\": \"Note.created\", \"file\": \"old.yaml\", \"line\": "))
        #expect(json == (try Self.report()).0.json())
    }

    @Test("JSON escapes quotes, backslashes and control characters")
    func jsonEscaping() {
        #expect(DiffReport.quoted("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }

    @Test("no changes: an empty list in JSON, one line in text and Markdown")
    func empty() {
        let report = DiffReport(oldPath: "a.yaml", newPath: "b.yaml", changes: [])
        #expect(report.json().hasSuffix("\"breaking\": false},\n  \"changes\": []\n}\n"))
        #expect(report.text(sources: [:]) == "openapi-swift diff: no changes\n")
        #expect(report.markdown().hasSuffix("no changes.\n"))
    }

    @Test("Markdown is a table with breaking categories in bold, and spec text cannot inject HTML or break the table")
    func markdown() throws {
        let (report, _) = try Self.report()
        let markdown = report.markdown()
        #expect(markdown.contains("**1 breaking change**"))
        #expect(markdown.contains("| **wire-breaking** | `Note.created` |"))
        #expect(DiffReport.cell("<img src=x onerror=alert(1)> | [link](x)") == "&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\[link\\]\\(x\\)")
    }

    @Test("--fail-on: breaking (the default) ignores additive changes, any does not, none never fails")
    func thresholds() throws {
        let additive = try DiffSpec.changes(("enum: [open, closed]", "enum: [open, closed, archived]"))
        let (breaking, _) = try Self.report()
        #expect(!DiffFailureThreshold.breaking.isReached(by: additive))
        #expect(DiffFailureThreshold.breaking.isReached(by: breaking.changes))
        #expect(DiffFailureThreshold.any.isReached(by: additive))
        #expect(!DiffFailureThreshold.none.isReached(by: breaking.changes))
        #expect(!DiffFailureThreshold.any.isReached(by: []))
    }
}

@Suite("diff: hostile names")
struct SpecDiffHostileNameTests {
    @Test("a property name with a line break and an escape sequence stays on one line in every report")
    func controlCharacters() throws {
        let new = DiffSpec.edited([("        created: {type: integer}\n", "        created: {type: integer}\n        \"a\\nb\\e[31m\": {type: string}\n")])
        let changes = try DiffSpec.changes(to: new)
        #expect(changes.map(\.rule) == ["property-added"])
        let change = try #require(changes.first)
        #expect(!change.message.contains("\n") && !change.message.contains("\u{1B}"))
        #expect(!change.pointer.contains("\n") && !change.pointer.contains("\u{1B}"))
        let report = DiffReport(oldPath: "old.yaml", newPath: "new.yaml", changes: changes)
        #expect(report.text(sources: ["new.yaml": new]).split(separator: "\n").count == 5)  // header, line, caret, note, summary
        #expect(!report.markdown().contains("\u{1B}"))
        #expect(!report.json().contains("\u{1B}"))
    }
}
