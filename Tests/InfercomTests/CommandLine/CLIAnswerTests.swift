import Foundation
import Infercom
import Testing

/// `infercom` as a user runs it, against a loopback server: what reaches stdout and stderr.
@Suite("infercom command line: answers")
struct CLIAnswerTests {
    @Test("a streamed answer goes to stdout, the reasoning before it to stderr, then usage and timing on stderr")
    func streamedAnswer() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(["Tell me a story"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(run.stdout == "Under a moonlit canopy\n")
        #expect(run.stderr.hasPrefix("User wants a three-sentence bedtime story.\n\n"))
        let summary = try #require(run.stderr.split(separator: "\n").last.map(String.init))
        #expect(
            summary.wholeMatch(of: #/gpt-oss-120b · 78 in, 126 out · first token \d+\.\d\d s · \d+\.\d tokens/s · \d+\.\d\d s/#) != nil,
            "summary: \(summary)")
        #expect(!run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"), "no colours on a pipe")
    }

    @Test("the flags become the request: model, instructions, temperature, max output tokens, reasoning effort, stream")
    func flagsBecomeTheRequest() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(
            ["--model", "MiniMax-M2.5", "-i", "Be brief.", "--temperature=0.25", "--max-output-tokens", "64", "--reasoning-effort", "low",
             "Tell", "me", "a", "story"],
            environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(request.path == "/v1/responses")
        #expect(request.header("Authorization") == "Bearer \(CLI.apiKey)")
        #expect(request.header("User-Agent")?.hasPrefix("infercom-cli/") == true)
        #expect(
            request.jsonBody == (try E2E.json(
                #"{"model":"MiniMax-M2.5","input":"Tell me a story","instructions":"Be brief.","temperature":0.25,"#
                    + #""max_output_tokens":64,"reasoning":{"effort":"low"},"stream":true}"#)))
    }

    @Test("with no question argument, stdin is the question")
    func questionFromStandardInput() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run([], environment: CLI.environment(server), stdin: "What is 2 + 2?\nAnswer briefly.\n")

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(server.requests.first?.jsonBody?["input"] == .string("What is 2 + 2?\nAnswer briefly.\n"))
    }

    @Test("--no-stream sends one plain request and prints the whole response's text")
    func wholeResponse() async throws {
        let server = try CLI.jsonServer(fixture: "response-infercom-example.json")
        defer { server.stop() }

        let run = try await CLIProcess.run(["--no-stream", "What is 2 + 2?"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(run.stdout == "2 + 2 = 4.\n")
        #expect(run.stderr.hasPrefix("The user asks a simple question...\n\n"))
        #expect(run.stderr.contains("MiniMax-M2.5 · 45 in, 89 out (77 reasoning) · "))
        #expect(server.requests.first?.jsonBody?["stream"] == nil)
    }

    @Test("a function_call output item is shown as a tool call line with its arguments and call id", arguments: [true, false])
    func toolCallDisplay(streaming: Bool) async throws {
        let server = try streaming ? CLI.functionCallServer() : CLI.jsonServer(fixture: "response-function-call.json")
        defer { server.stop() }

        let run = try await CLIProcess.run(
            (streaming ? [] : ["--no-stream"]) + ["What is the weather in Bogotá?"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(run.stdout == #"→ get_weather({"city":"Bogotá"}) [call_e52f086a16c94fa796]"# + "\n")
    }

    @Test("--tools sends the function tools of a JSON file")
    func toolsFile() async throws {
        let server = try CLI.functionCallServer()
        defer { server.stop() }
        let tools = #"[{"type":"function","name":"get_weather","description":"Current weather","parameters":{"type":"object"}}]"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("infercom-tools-\(UUID().uuidString).json")
        try Data(tools.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let run = try await CLIProcess.run(["--tools", file.path, "Weather in Bogotá?"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(server.requests.first?.jsonBody?["tools"] == (try E2E.json(tools)))
    }

    @Test("--hide-reasoning leaves the reasoning out; stdout is unchanged")
    func hiddenReasoning() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(["--hide-reasoning", "Tell me a story"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        #expect(run.stdout == "Under a moonlit canopy\n")
        #expect(!run.stderr.contains("bedtime"))
        #expect(run.stderr.hasPrefix("gpt-oss-120b · "))
    }

    @Test("--json prints each event as one JSON line holding exactly what the server sent")
    func jsonLines() async throws {
        let server = try CLI.streamingServer(fixture: "stream-transcript.sse")
        defer { server.stop() }

        let run = try await CLIProcess.run(["--json", "Tell me a story"], environment: CLI.environment(server))

        #expect(run.exited(with: 0), "\(run.stderr)")
        let sent = try E2E.transcriptData(try E2E.fixtureText("stream-transcript.sse")).map { try E2E.json($0) }
        let printed = try run.stdout.split(separator: "\n").map { try E2E.json(String($0)) }
        #expect(printed == sent)
        #expect(run.stdout.hasSuffix("\n") && !run.stdout.contains("\n\n"))
    }

    @Test("--color always dims the reasoning and colours the tool call; a pipe alone gets none")
    func colours() async throws {
        let server = try CLI.functionCallServer()
        defer { server.stop() }

        let coloured = try await CLIProcess.run(["--color", "always", "Weather?"], environment: CLI.environment(server))
        let plain = try await CLIProcess.run(["Weather?"], environment: CLI.environment(server))

        #expect(coloured.exited(with: 0) && plain.exited(with: 0))
        #expect(coloured.stderr.hasPrefix("\u{1B}[2m"))
        #expect(coloured.stdout.hasPrefix("\u{1B}[36m→ get_weather"))
        #expect(!plain.stdout.contains("\u{1B}") && !plain.stderr.contains("\u{1B}"))
    }
}
