import Foundation
import Infercom
import Testing

/// Ctrl-C while an answer streams: the request is cancelled and `infercom` exits 130 by itself.
@Suite("infercom command line: Ctrl-C")
struct CLIInterruptTests {
    @Test("SIGINT while the server holds the stream open exits 130 promptly, with one line and no crash report")
    func interruptMidStream() async throws {
        let clientLeft = E2EBox(false)
        let server = try LoopbackServer { _, writer in
            writer.startEventStream()
            writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once upon a time", sequence: 3))
            // Holds the stream open far longer than the test's safety net; returns when the client goes.
            clientLeft.value = writer.stall(seconds: 600)
        }
        defer { server.stop() }
        let process = try CLIProcess(["Tell me a long story"], environment: CLI.environment(server))

        // The answer has started arriving: the request is running, so Ctrl-C has something to cancel.
        #expect(server.wait(seconds: 60) { process.stdoutSoFar.contains("Once upon a time") })
        process.interrupt()
        let run = try await process.result()

        #expect(run.exited(with: 130), "status \(run.status), exited \(run.exited): \(run.stderr)")
        #expect(run.stdout == "Once upon a time\n")
        #expect(run.stderr == "infercom: interrupted\n")
        #expect(server.wait(seconds: 60) { clientLeft.value }, "the connection was closed")
    }
}
