/// Line-based unified diffs, as produced by `diff -u` and accepted by `patch -p1` and `git apply`.
public enum UnifiedDiff {
    /// The unified diff turning `old` into `new`, or `nil` when the two are byte-for-byte equal.
    ///
    /// Headers are `--- a/<oldName>` and `+++ b/<newName>`; a name of `/dev/null` is printed bare,
    /// which is how creations and deletions are spelled. Lines are compared including their
    /// terminator, so a missing final newline is a change and is marked with
    /// `\ No newline at end of file`. Hunks carry `context` unchanged lines on each side and are
    /// merged when their context would overlap or touch.
    public static func make(
        old: String, new: String, oldName: String, newName: String, context: Int = 3
    ) -> String? {
        // Byte comparison: String's == is canonical equivalence and would hide NFC/NFD changes.
        if old.utf8.elementsEqual(new.utf8) { return nil }
        let oldLines = Line.split(old), newLines = Line.split(new)

        // Intern lines as integers so the diff compares words, not strings.
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func intern(_ line: Line) -> Int {
            if let id = ids[line.key] { return id }
            let id = ids.count
            ids[line.key] = id
            return id
        }
        let oldIDs = oldLines.map(intern), newIDs = newLines.map(intern)
        let script = groupingDeletionsFirst(MyersDiff.script(from: oldIDs, to: newIDs))

        // positions[i] = (old line, new line) reached before operation i.
        var positions: [(old: Int, new: Int)] = [(0, 0)]
        positions.reserveCapacity(script.count + 1)
        for operation in script {
            let last = positions[positions.count - 1]
            positions.append((
                last.old + (operation == .insert ? 0 : 1), last.new + (operation == .delete ? 0 : 1)))
        }

        var output = "--- \(header(oldName, prefix: "a/"))\n+++ \(header(newName, prefix: "b/"))\n"
        for hunk in hunks(in: script, context: max(0, context)) {
            let start = positions[hunk.lowerBound], end = positions[hunk.upperBound]
            output += "@@ -\(range(start.old, end.old - start.old)) +\(range(start.new, end.new - start.new)) @@\n"
            for index in hunk {
                let position = positions[index]
                switch script[index] {
                case .equal: oldLines[position.old].render(" ", into: &output)
                case .delete: oldLines[position.old].render("-", into: &output)
                case .insert: newLines[position.new].render("+", into: &output)
                }
            }
        }
        return output
    }

    private static func header(_ name: String, prefix: String) -> String {
        name == "/dev/null" ? name : prefix + name
    }

    /// `start,count` with diff's conventions: an empty range names the line before it, and a
    /// count of one is left implicit.
    private static func range(_ linesBefore: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(linesBefore),0"
        case 1: "\(linesBefore + 1)"
        default: "\(linesBefore + 1),\(count)"
        }
    }

    /// Within each run of changes, lists all deletions before all insertions, as `diff` does;
    /// the edit is the same, only easier to read.
    private static func groupingDeletionsFirst(_ script: [MyersDiff.Operation]) -> [MyersDiff.Operation] {
        var result: [MyersDiff.Operation] = []
        result.reserveCapacity(script.count)
        var deletions = 0, insertions = 0
        func flush() {
            result.append(contentsOf: repeatElement(.delete, count: deletions))
            result.append(contentsOf: repeatElement(.insert, count: insertions))
            deletions = 0
            insertions = 0
        }
        for operation in script {
            switch operation {
            case .delete: deletions += 1
            case .insert: insertions += 1
            case .equal: flush(); result.append(.equal)
            }
        }
        flush()
        return result
    }

    /// Ranges of script indices forming hunks: each change plus `context` equal lines either side,
    /// with neighbours merged when at most `2 * context` equal lines separate them.
    private static func hunks(in script: [MyersDiff.Operation], context: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while let firstChange = script[index...].firstIndex(where: { $0 != .equal }) {
            let start = max(index, firstChange - context)
            var changeEnd = firstChange
            while true {
                while changeEnd < script.count, script[changeEnd] != .equal { changeEnd += 1 }
                var equalEnd = changeEnd
                while equalEnd < script.count, script[equalEnd] == .equal { equalEnd += 1 }
                if equalEnd == script.count || equalEnd - changeEnd > 2 * context { break }
                changeEnd = equalEnd
            }
            let end = min(script.count, changeEnd + context)
            result.append(start..<end)
            index = end
        }
        return result
    }
}

/// One line of a text: its bytes including the `\n` terminator, if it has one.
private struct Line {
    var key: ArraySlice<UInt8>

    /// Splits on `\n` only (a `\r` stays part of its line, as with `diff`).
    static func split(_ text: String) -> [Line] {
        let bytes = Array(text.utf8)
        var lines: [Line] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            lines.append(Line(key: bytes[start...index]))
            start = index + 1
        }
        if start < bytes.count { lines.append(Line(key: bytes[start...])) }
        return lines
    }

    func render(_ marker: Character, into output: inout String) {
        output.append(marker)
        if key.last == UInt8(ascii: "\n") {
            output += String(decoding: key, as: UTF8.self)
        } else {
            output += String(decoding: key, as: UTF8.self) + "\n\\ No newline at end of file\n"
        }
    }
}
