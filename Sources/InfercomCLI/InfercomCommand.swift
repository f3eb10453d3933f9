import Foundation
import Infercom

/// `infercom "question"`: asks Infercom's Responses API from the command line.
@main
enum InfercomCommand {
    static func main() async {
        let interrupts = Interrupts()
        let status = await run(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, interrupts: interrupts)
        exit(status.rawValue)
    }

    static func run(arguments: [String], environment: [String: String], interrupts: Interrupts) async -> ExitStatus {
        let errors = StandardStream.error
        do throws(Failure) {
            let session = try prepare(arguments: arguments, environment: environment)
            guard let session else { return .success }
            // The request runs in its own task so that Ctrl-C can cancel it, which aborts the transfer.
            let failure = await interrupts.cancellingOnInterrupt { () async -> Failure? in
                do throws(Failure) { try await session.run() } catch { return error }
                return nil
            }
            if let failure { throw failure }
            return .success
        } catch {
            let failure = interrupts.wereInterrupted ? Failure(.interrupted, "interrupted") : error
            let style = TextStyle(.auto, for: errors, environment: environment)
            errors.write("infercom: " + (failure.status == .interrupted ? "" : style.red("error: ")) + failure.message + "\n")
            return failure.status
        }
    }

    /// The session the arguments ask for, or `nil` after `--help` or `--version`.
    private static func prepare(arguments: [String], environment: [String: String]) throws(Failure) -> Session? {
        let options: Options
        do { options = try ArgumentParser.parse(arguments) } catch { throw Failure(error) }
        if options.showHelp {
            StandardStream.output.write(HelpText.usage + "\n")
            return nil
        }
        if options.showVersion {
            StandardStream.output.write(HelpText.version + "\n")
            return nil
        }
        guard let apiKey = environment[InfercomClient.apiKeyEnvironmentVariable], !apiKey.isEmpty else { throw Failure.missingAPIKey }
        let request: CreateResponseRequest
        do {
            request = try RequestBuilder.request(
                question: try QuestionInput.read(words: options.questionWords), options: options, environment: environment)
        } catch {
            throw Failure(error)
        }
        let baseURL = RequestBuilder.baseURL(options: options, environment: environment)
        return Session(
            client: InfercomClient(
                configuration: ClientConfiguration(
                    baseURL: baseURL, apiKey: apiKey, userAgent: "infercom-cli/\(ClientConfiguration.libraryVersion) \(InfercomClient.clientDefaults.userAgent)")),
            request: request, options: options, baseURL: baseURL,
            output: .output, errors: .error,
            outputStyle: TextStyle(options.color, for: .output, environment: environment),
            errorStyle: TextStyle(options.color, for: .error, environment: environment))
    }
}
