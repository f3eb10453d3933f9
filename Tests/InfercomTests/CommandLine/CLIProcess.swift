import Foundation
import Testing

/// The built `infercom` binary run as a subprocess, with its stdout, stderr and exit status.
///
/// The environment is only what the test passes (plus `PATH`), so a developer's `NO_COLOR` or
/// `INFERCOM_MODEL` cannot change what a test sees.
final class CLIProcess: @unchecked Sendable {
    /// What a finished run produced.
    struct Result: Sendable {
        var status: Int32
        /// The process exited (rather than being killed by a signal).
        var exited: Bool
        var stdout: String
        var stderr: String
    }

    private let process = Process()
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    private let stdinPipe = Pipe()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()

    /// Starts `infercom arguments…`; `stdin` is written and closed (`nil`: stdin is closed at once).
    init(_ arguments: [String], environment: [String: String], stdin: String? = nil) throws {
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        process.standardInput = stdinPipe
        stdoutPipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            lock.withLock { stdoutData.append(data) }
        }
        stderrPipe.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            lock.withLock { stderrData.append(data) }
        }
        try process.run()
        if let stdin { stdinPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try stdinPipe.fileHandleForWriting.close()
    }

    /// Runs `infercom` to its exit.
    static func run(_ arguments: [String], environment: [String: String], stdin: String? = nil) async throws -> Result {
        try await CLIProcess(arguments, environment: environment, stdin: stdin).result()
    }

    /// What stdout holds so far.
    var stdoutSoFar: String { lock.withLock { String(decoding: stdoutData, as: UTF8.self) } }

    /// Sends SIGINT, as Ctrl-C in a terminal does.
    func interrupt() { process.interrupt() }

    /// Waits for the exit. The bound is only a safety net against a hung binary (it is then
    /// killed and the test fails on its status); no test relies on how long a run takes.
    func result(safetyNet seconds: Double = 120) async throws -> Result {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline {
                kill(process.processIdentifier, SIGKILL)
                Issue.record("infercom did not exit within \(seconds) s; killed")
                break
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        process.waitUntilExit()
        // What the readability handlers have not picked up yet is read to the end of each pipe.
        stdoutPipe.fileHandleForReading.readabilityHandler = nil
        stderrPipe.fileHandleForReading.readabilityHandler = nil
        let restOut = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
        let restErr = stderrPipe.fileHandleForReading.readDataToEndOfFile()
        return lock.withLock {
            stdoutData.append(restOut)
            stderrData.append(restErr)
            return Result(
                status: process.terminationStatus, exited: process.terminationReason == .exit,
                stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
        }
    }

    /// The `infercom` built next to this test bundle (`swift build --build-tests` builds both),
    /// or the one `INFERCOM_CLI` names.
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["INFERCOM_CLI"] { return URL(fileURLWithPath: path) }
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the tests run from `<build>/debug/<Package>PackageTests.xctest`; elsewhere from inside a bundle.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("infercom")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw CLIBinaryMissing(searchedFrom: testBinary.path)
    }
}

struct CLIBinaryMissing: Error, CustomStringConvertible {
    var searchedFrom: String
    var description: String { "the infercom binary is not next to \(searchedFrom): run swift build --build-tests, or set INFERCOM_CLI" }
}
