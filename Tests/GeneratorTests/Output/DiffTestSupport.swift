import Foundation

/// Test helpers shared by the diff and output-directory suites.
enum DiffTestSupport {
    /// Splits after each `\n`, keeping terminators, so "a\nb" is ["a\n", "b"].
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            current.append(byte)
            if byte == UInt8(ascii: "\n") {
                result.append(String(decoding: current, as: UTF8.self))
                current = []
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// A strict in-process `patch`: applies a unified diff with no fuzz, returning nil if any
    /// context or deleted line does not match or a hunk's counts disagree with its header.
    static func apply(_ diff: String, to old: String) -> String? {
        let oldLines = lines(old), diffLines = lines(diff)
        guard diffLines.count >= 2, diffLines[0].hasPrefix("--- "), diffLines[1].hasPrefix("+++ ") else {
            return nil
        }
        var result: [String] = []
        var cursor = 0
        var index = 2
        while index < diffLines.count {
            guard let header = parseHeader(diffLines[index]) else { return nil }
            let firstOld = header.oldCount == 0 ? header.oldStart : header.oldStart - 1
            guard firstOld >= cursor, firstOld <= oldLines.count else { return nil }
            result += oldLines[cursor..<firstOld]
            guard header.newCount == 0 ? header.newStart == result.count : header.newStart == result.count + 1 else {
                return nil
            }
            cursor = firstOld
            index += 1
            var seenOld = 0, seenNew = 0
            while index < diffLines.count, !diffLines[index].hasPrefix("@@") {
                let line = diffLines[index]
                var body = String(line.dropFirst())
                index += 1
                if index < diffLines.count, diffLines[index] == "\\ No newline at end of file\n" {
                    body.removeLast()
                    index += 1
                }
                switch line.first {
                case " ", "-":
                    guard cursor < oldLines.count, oldLines[cursor] == body else { return nil }
                    cursor += 1
                    seenOld += 1
                    if line.first == " " { result.append(body); seenNew += 1 }
                case "+":
                    result.append(body)
                    seenNew += 1
                default:
                    return nil
                }
            }
            guard seenOld == header.oldCount, seenNew == header.newCount else { return nil }
        }
        result += oldLines[cursor...]
        return result.joined()
    }

    static func parseHeader(_ line: String) -> (oldStart: Int, oldCount: Int, newStart: Int, newCount: Int)? {
        let parts = line.split(separator: " ")
        guard parts.count >= 4, parts[0] == "@@", parts[3].hasPrefix("@@") else { return nil }
        func range(_ text: Substring) -> (Int, Int)? {
            let numbers = text.dropFirst().split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            guard let start = numbers.first ?? nil else { return nil }
            if numbers.count == 1 { return (start, 1) }
            guard numbers.count == 2, let count = numbers[1] else { return nil }
            return (start, count)
        }
        guard let old = range(parts[1]), let new = range(parts[2]) else { return nil }
        return (old.0, old.1, new.0, new.1)
    }

    /// Applies `diff` with the real `/usr/bin/patch -p1 --fuzz=0` to a file named `name` holding
    /// `old` (absent when `old` is nil) and returns the patched text; nil if patch is not installed.
    static func applyWithPatch(_ diff: String, to old: String?, name: String) throws -> String? {
        let patch = "/usr/bin/patch"
        guard FileManager.default.isExecutableFile(atPath: patch) else { return nil }
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent(name)
        if let old { try Data(old.utf8).write(to: file) }
        let diffFile = directory.url.appendingPathComponent("change.diff")
        try Data(diff.utf8).write(to: diffFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: patch)
        process.arguments = ["-p1", "--fuzz=0", "--batch", "-s", "-d", directory.url.path, "-i", diffFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PatchFailed(log: String(decoding: log, as: UTF8.self), diff: diff)
        }
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }

    struct PatchFailed: Error, CustomStringConvertible {
        var log: String
        var diff: String
        var description: String { "patch failed:\n\(log)\ndiff was:\n\(diff)" }
    }
}

/// A fresh directory under the system temp directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("generator-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// SplitMix64: a tiny seeded generator so randomized tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
