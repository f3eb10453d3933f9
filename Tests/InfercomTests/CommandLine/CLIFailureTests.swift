import Foundation
import Infercom
import Testing

/// How `infercom` fails: the exit status says whose problem it is, one line on stderr names the fix.
@Suite("infercom command line: failures")
struct CLIFailureTests {
    @Test("a 401 with an error envelope exits 3 with the server's message and says to check INFERCOM_API_KEY")
    func rejectedKey() async throws {
        let server = try CLI.jsonServer(status: 401, reason: "Unauthorized", fixture: "error-invalid-api-key.json")
        defer { server.stop() }

        for flags in [[], ["--no-stream"]] {
            let run = try await CLIProcess.run(flags + ["Hello"], environment: CLI.environment(server))

            #expect(run.exited(with: 3), "\(flags): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.hasOneErrorLine, "\(run.stderr)")
            #expect(run.stderr.contains("401 invalid_api_key: Incorrect API key provided: *****."))
            #expect(run.stderr.contains("request id abc126"))
            #expect(run.stderr.hasSuffix(": check INFERCOM_API_KEY\n"))
            #expect(!run.stderr.contains(CLI.apiKey), "the key is never printed")
        }
    }

    @Test("without INFERCOM_API_KEY nothing is sent; exit 2 and the message says to set it", arguments: [nil, ""])
    func missingKey(key: String?) async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }
        var environment = CLI.environment(server)
        environment["INFERCOM_API_KEY"] = key

        let run = try await CLIProcess.run(["Hello"], environment: environment)

        #expect(run.exited(with: 2))
        #expect(run.stderr == "infercom: error: no API key: set INFERCOM_API_KEY to your Infercom API key (export INFERCOM_API_KEY=…)\n")
        #expect(server.requests.isEmpty)
    }

    /// A command line `infercom` refuses, and a word its one-line message must contain.
    struct BadFlags: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var mentions: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let badFlags: [BadFlags] = [
        BadFlags(arguments: ["--bogus", "Hello"], mentions: "unknown option --bogus: see infercom --help"),
        BadFlags(arguments: ["-x"], mentions: "unknown option -x"),
        BadFlags(arguments: ["Hello", "--model"], mentions: "--model needs a value"),
        BadFlags(arguments: ["--model=", "Hello"], mentions: "--model needs a non-empty value"),
        BadFlags(arguments: ["--temperature", "warm", "Hello"], mentions: "--temperature needs a number, got 'warm'"),
        BadFlags(arguments: ["--temperature", "nan", "Hello"], mentions: "--temperature needs a number"),
        BadFlags(arguments: ["--max-output-tokens", "0", "Hello"], mentions: "--max-output-tokens needs a whole number above 0"),
        BadFlags(arguments: ["--max-output-tokens", "1.5", "Hello"], mentions: "--max-output-tokens needs a whole number"),
        BadFlags(arguments: ["--reasoning-effort", "extreme", "Hello"], mentions: "must be one of low, medium, high"),
        BadFlags(arguments: ["--color", "sometimes", "Hello"], mentions: "must be one of auto, always, never"),
        BadFlags(arguments: ["--base-url", "api.infercom.ai", "Hello"], mentions: "--base-url needs an http:// or https:// URL"),
        BadFlags(arguments: ["--json=yes", "Hello"], mentions: "--json takes no value"),
        BadFlags(arguments: ["--tools", "/nonexistent/tools.json", "Hello"], mentions: "cannot read the tools file"),
        // Checked by the library's own validation of the request, before anything is sent.
        BadFlags(arguments: ["--temperature", "3", "Hello"], mentions: "temperature must be at most 2"),
    ]

    @Test("a bad command line exits 2 with one line naming the fix, and sends nothing", arguments: badFlags)
    func badCommandLine(_ bad: BadFlags) async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(bad.arguments, environment: CLI.environment(server))

        #expect(run.exited(with: 2))
        #expect(run.hasOneErrorLine, "\(run.stderr)")
        #expect(run.stderr.contains(bad.mentions), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(server.requests.isEmpty)
    }

    @Test("no question (no argument, empty stdin) exits 2 and says how to pass one")
    func noQuestion() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run([], environment: CLI.environment(server), stdin: " \n")

        #expect(run.exited(with: 2))
        #expect(run.stderr == "infercom: error: stdin was empty: pass the question as an argument or pipe it in\n")
        #expect(server.requests.isEmpty)
    }

    @Test("--help prints the usage on stdout and exits 0 without a key or a request")
    func help() async throws {
        let run = try await CLIProcess.run(["--help"], environment: [:])
        #expect(run.exited(with: 0))
        #expect(run.stdout.hasPrefix("usage: infercom [options]"))
        #expect(run.stdout.contains("INFERCOM_API_KEY") && run.stdout.contains("NO_COLOR"))
        #expect(run.stderr.isEmpty)
    }

    @Test("a server that cannot be reached exits 4 and says to check --base-url")
    func unreachable() async throws {
        let closed = try RefusingPort()
        let environment = ["INFERCOM_API_KEY": CLI.apiKey, "INFERCOM_BASE_URL": closed.url("/v1")]

        let run = try await CLIProcess.run(["Hello"], environment: environment)

        #expect(run.exited(with: 4), "\(run.stderr)")
        #expect(run.hasOneErrorLine, "\(run.stderr)")
        #expect(run.stderr.contains("could not connect to \(closed.url("/v1"))"))
        #expect(run.stderr.contains("check --base-url"))
        withExtendedLifetime(closed) {}
    }

    @Test("a stream that ends before its terminal event exits 4; the text that arrived stays on stdout", arguments: [true, false])
    func cutStream(connectionCut: Bool) async throws {
        let shown = E2EBox(false)
        let server = try LoopbackServer { _, writer in
            writer.startEventStream()
            writer.write(E2E.textStreamPrelude() + E2E.textDelta("Half an ans", sequence: 3))
            // The end comes once the text is on the screen (a cut racing the text is another test's subject).
            _ = CLI.waitUntil(seconds: 60) { shown.value }
            // A cut connection, or a body that ends cleanly without response.completed.
            if connectionCut { writer.cut(reset: false) } else { writer.finish() }
        }
        defer { server.stop() }

        let process = try CLIProcess(["Hello"], environment: CLI.environment(server))
        #expect(server.wait(seconds: 60) { process.stdoutSoFar.contains("Half an ans") })
        shown.value = true
        let run = try await process.result()

        #expect(run.exited(with: 4), "\(run.stderr)")
        #expect(run.stdout == "Half an ans\n")
        #expect(run.hasOneErrorLine, "\(run.stderr)")
        #expect(run.stderr.contains(connectionCut ? "the connection to \(server.url("/v1")) broke" : "the answer stopped before its end"))
        #expect(run.stderr.hasSuffix(": try again\n"))
    }

    @Test("an error event in the stream exits 3 with the server's message")
    func errorEvent() async throws {
        let server = try CLI.streamingServer(fixture: "stream-error-event.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(["Hello"], environment: CLI.environment(server))

        #expect(run.exited(with: 3), "\(run.stderr)")
        #expect(run.stderr.contains("The model failed to generate a response."))
    }

    @Test("an incomplete response (max_output_tokens) prints what arrived and exits 1, saying to raise the limit")
    func incompleteAnswer() async throws {
        let incomplete =
            #"{"type":"response.incomplete","sequence_number":4,"response":{"id":"resp_e2e","object":"response","created_at":1775853213,"#
            + #""status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},"model":"gpt-oss-120b","#
            + #""output":[{"id":"msg_e2e","type":"message","role":"assistant","status":"incomplete","content":[{"type":"output_text","text":"Once upon","annotations":[]}]}],"#
            + #""usage":{"input_tokens":10,"output_tokens":2,"total_tokens":12}}}"#
        let server = try LoopbackServer { _, writer in
            writer.startEventStream()
            writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once upon", sequence: 3) + E2E.sse(incomplete, event: "response.incomplete"))
            writer.finish()
        }
        defer { server.stop() }

        let run = try await CLIProcess.run(["--max-output-tokens", "2", "Tell me a story"], environment: CLI.environment(server))

        #expect(run.exited(with: 1), "\(run.stderr)")
        #expect(run.stdout == "Once upon\n")
        #expect(run.stderr.contains("gpt-oss-120b · 10 in, 2 out"))
        #expect(run.stderr.hasSuffix("infercom: error: the answer was cut short (max_output_tokens): raise --max-output-tokens\n"))
    }
}
