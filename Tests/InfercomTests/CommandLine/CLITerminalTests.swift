import Foundation
import Testing

/// Colours only on a terminal, and `NO_COLOR` honoured there: `infercom` on a pseudo-terminal.
@Suite("infercom command line: on a terminal")
struct CLITerminalTests {
    /// Runs `infercom` with stdout and stderr on one pseudo-terminal; returns what it showed and the status.
    static func runOnTerminal(_ arguments: [String], environment: [String: String]) async throws -> (shown: String, status: Int32) {
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = try CLIProcess.binary()
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = terminal.device
        process.standardError = terminal.device
        try process.run()
        try terminal.device.close()  // the child holds its own copies; reading ends when it exits
        let shown = await Task.detached { terminal.readToEnd() }.value
        process.waitUntilExit()
        return (shown, process.terminationStatus)
    }

    @Test("on a terminal the reasoning and the summary are dimmed")
    func coloursOnATerminal() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await Self.runOnTerminal(["Tell me a story"], environment: CLI.environment(server))

        #expect(run.status == 0, "\(run.shown)")
        #expect(run.shown.hasPrefix("\u{1B}[2mUser wants a three-sentence bedtime story.\u{1B}[22m\n\nUnder a moonlit canopy\n\u{1B}[2mgpt-oss-120b · "))
    }

    @Test("NO_COLOR (non-empty) turns the colours off on a terminal; --color always turns them back on", arguments: ["1", "true"])
    func noColor(value: String) async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let plain = try await Self.runOnTerminal(["Tell me a story"], environment: CLI.environment(server, ["NO_COLOR": value]))
        let forced = try await Self.runOnTerminal(
            ["--color", "always", "Tell me a story"], environment: CLI.environment(server, ["NO_COLOR": value]))

        #expect(plain.status == 0 && forced.status == 0)
        #expect(plain.shown.hasPrefix("User wants a three-sentence bedtime story.\n\nUnder a moonlit canopy\ngpt-oss-120b · "))
        #expect(!plain.shown.contains("\u{1B}"))
        #expect(forced.shown.contains("\u{1B}[2m"))
    }
}
