import Foundation
import Testing

@testable import GeneratorCore

@Suite("Unified diff")
struct UnifiedDiffTests {
    private func numbered(_ range: Range<Int>) -> String {
        range.map { "line \($0)\n" }.joined()
    }

    @Test("identical texts produce no diff, even when they differ only in Unicode normalization")
    func equalTexts() {
        #expect(UnifiedDiff.make(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "x") == nil)
        #expect(UnifiedDiff.make(old: "", new: "", oldName: "x", newName: "x") == nil)
        // "é" precomposed vs decomposed: equal as Strings, different as bytes.
        #expect(UnifiedDiff.make(old: "caf\u{E9}\n", new: "cafe\u{301}\n", oldName: "x", newName: "x") != nil)
    }

    @Test("a one-line change prints headers, a hunk header and three lines of context")
    func singleChange() {
        let old = numbered(1..<11)
        let new = old.replacingOccurrences(of: "line 5\n", with: "LINE FIVE\n")
        #expect(UnifiedDiff.make(old: old, new: new, oldName: "M.swift", newName: "M.swift") == """
            --- a/M.swift
            +++ b/M.swift
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +LINE FIVE
             line 6
             line 7
             line 8

            """)
    }

    @Test("insertions at the start and end of a file get one-sided context")
    func insertionsAtEdges() {
        let old = numbered(1..<11)
        #expect(UnifiedDiff.make(old: old, new: "header\n" + old, oldName: "f", newName: "f") == """
            --- a/f
            +++ b/f
            @@ -1,3 +1,4 @@
            +header
             line 1
             line 2
             line 3

            """)
        #expect(UnifiedDiff.make(old: old, new: old + "footer\n", oldName: "f", newName: "f") == """
            --- a/f
            +++ b/f
            @@ -8,3 +8,4 @@
             line 8
             line 9
             line 10
            +footer

            """)
    }

    @Test("a missing final newline is a change and is marked on the side that lacks it")
    func noTrailingNewline() {
        #expect(UnifiedDiff.make(old: "a\nb", new: "a\nb\n", oldName: "f", newName: "f") == """
            --- a/f
            +++ b/f
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +b

            """)
        #expect(UnifiedDiff.make(old: "a\nb", new: "a\nc", oldName: "f", newName: "f") == """
            --- a/f
            +++ b/f
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +c
            \\ No newline at end of file

            """)
        // An unchanged last line without newline appears as context, still marked.
        #expect(UnifiedDiff.make(old: "x\nend", new: "y\nend", oldName: "f", newName: "f") == """
            --- a/f
            +++ b/f
            @@ -1,2 +1,2 @@
            -x
            +y
             end
            \\ No newline at end of file

            """)
    }

    @Test("creating and emptying a file use zero-length ranges, and /dev/null is printed bare")
    func creationAndDeletion() {
        #expect(UnifiedDiff.make(old: "", new: "a\nb\n", oldName: "/dev/null", newName: "N.swift") == """
            --- /dev/null
            +++ b/N.swift
            @@ -0,0 +1,2 @@
            +a
            +b

            """)
        #expect(UnifiedDiff.make(old: "a\n", new: "", oldName: "N.swift", newName: "/dev/null") == """
            --- a/N.swift
            +++ /dev/null
            @@ -1 +0,0 @@
            -a

            """)
    }

    @Test("changes further apart than twice the context become separate hunks; closer ones merge")
    func hunkGrouping() throws {
        let old = numbered(1..<31)
        let far = old.replacingOccurrences(of: "line 5\n", with: "five\n")
            .replacingOccurrences(of: "line 20\n", with: "twenty\n")
        let farDiff = try #require(UnifiedDiff.make(old: old, new: far, oldName: "f", newName: "f"))
        #expect(farDiff.components(separatedBy: "\n@@ ").count == 3)
        #expect(farDiff.contains("@@ -2,7 +2,7 @@\n") && farDiff.contains("@@ -17,7 +17,7 @@\n"))
        // Lines 5 and 12 are separated by exactly 6 = 2 × 3 unchanged lines: one hunk.
        let near = old.replacingOccurrences(of: "line 5\n", with: "five\n")
            .replacingOccurrences(of: "line 12\n", with: "twelve\n")
        let nearDiff = try #require(UnifiedDiff.make(old: old, new: near, oldName: "f", newName: "f"))
        #expect(nearDiff.components(separatedBy: "\n@@ ").count == 2)
        #expect(nearDiff.contains("@@ -2,14 +2,14 @@\n"))
        // Zero context: just the changed lines.
        let bare = try #require(UnifiedDiff.make(old: old, new: near, oldName: "f", newName: "f", context: 0))
        #expect(bare.contains("@@ -5 +5 @@\n-line 5\n+five\n@@ -12 +12 @@\n"))
    }

    @Test("random edits round-trip through a strict applier and the diff is minimal")
    func randomRoundTrips() throws {
        var random = SeededGenerator(state: 42)
        for _ in 0..<300 {
            let alphabet = ["a\n", "b\n", "c\n", "}\n", "\n"]
            var old = (0..<Int.random(in: 0..<30, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var new = old
            for _ in 0..<Int.random(in: 0..<6, using: &random) {
                let position = Int.random(in: 0...new.count, using: &random)
                if Bool.random(using: &random) || new.isEmpty {
                    new.insert(alphabet.randomElement(using: &random)! , at: position)
                } else {
                    new.remove(at: min(position, new.count - 1))
                }
            }
            if Bool.random(using: &random), !old.isEmpty { old[old.count - 1].removeLast() }
            if Bool.random(using: &random), !new.isEmpty { new[new.count - 1].removeLast() }
            let (oldText, newText) = (old.joined(), new.joined())
            guard let diff = UnifiedDiff.make(old: oldText, new: newText, oldName: "f", newName: "f") else {
                #expect(oldText == newText)
                continue
            }
            #expect(DiffTestSupport.apply(diff, to: oldText) == newText, "\(diff)")
            let changed = DiffTestSupport.lines(diff).filter { $0.hasPrefix("+") || $0.hasPrefix("-") }.count - 2
            let (a, b) = (DiffTestSupport.lines(oldText), DiffTestSupport.lines(newText))
            #expect(changed == a.count + b.count - 2 * longestCommonSubsequence(a, b))
        }
    }

    @Test("diffs are accepted by patch -p1, including missing newlines and file creation")
    func patchAcceptsOutput() throws {
        let cases: [(String, String)] = [
            (numbered(1..<20), numbered(0..<20) + "tail\n"),
            ("a\nb", "a\nb\n"),
            ("a\nb\n", "a\nc"),
            (numbered(1..<40), numbered(1..<10) + "middle\n" + numbered(15..<35)),
        ]
        for (old, new) in cases {
            let diff = try #require(UnifiedDiff.make(old: old, new: new, oldName: "F.swift", newName: "F.swift"))
            guard let patched = try DiffTestSupport.applyWithPatch(diff, to: old, name: "F.swift") else { return }
            #expect(patched == new)
        }
        let creation = try #require(UnifiedDiff.make(old: "", new: "x\ny", oldName: "/dev/null", newName: "N.swift"))
        #expect(try DiffTestSupport.applyWithPatch(creation, to: nil, name: "N.swift") ?? "x\ny" == "x\ny")
    }

    @Test("a 5,000-line file with a few scattered edits yields small hunks that reproduce the new file")
    func largeInput() throws {
        let oldLines = (0..<5000).map { $0 % 7 == 0 ? "}\n" : "let value\($0) = \($0)\n" }
        var newLines = oldLines
        newLines[10] = "changed\n"
        newLines.insert("inserted\n", at: 2500)
        newLines.remove(at: 4000)
        newLines.append("appended")
        let (old, new) = (oldLines.joined(), newLines.joined())
        let diff = try #require(UnifiedDiff.make(old: old, new: new, oldName: "Big.swift", newName: "Big.swift"))
        #expect(diff.components(separatedBy: "\n@@ ").count == 5)
        #expect(DiffTestSupport.lines(diff).count < 60)
        #expect(DiffTestSupport.apply(diff, to: old) == new)
        if let patched = try DiffTestSupport.applyWithPatch(diff, to: old, name: "Big.swift") {
            #expect(patched == new)
            // The harness itself must notice a bad hunk, or the check above proves nothing.
            let corrupted = diff.replacingOccurrences(of: "\n let value9 ", with: "\n let valueX ")
            #expect(corrupted != diff)
            #expect(throws: DiffTestSupport.PatchFailed.self) {
                try DiffTestSupport.applyWithPatch(corrupted, to: old, name: "Big.swift")
            }
        }
        // Two unrelated 5,000-line files: everything replaced, still correct.
        let unrelated = (0..<5000).map { "other \($0)\n" }.joined()
        let replaced = try #require(UnifiedDiff.make(old: old, new: unrelated, oldName: "B", newName: "B"))
        #expect(DiffTestSupport.apply(replaced, to: old) == unrelated)
    }

    private func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }
}
