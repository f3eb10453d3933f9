import Foundation
import Infercom

/// One question, one request: shows the answer as the options ask and reports how it ended.
struct Session {
    let client: InfercomClient
    let request: CreateResponseRequest
    let options: Options
    let baseURL: String
    let output: StandardStream
    let errors: StandardStream
    let outputStyle: TextStyle
    let errorStyle: TextStyle

    /// Runs the request; a thrown `Failure` carries the exit status and the message for stderr.
    func run() async throws(Failure) {
        var printer = TranscriptPrinter(
            output: output, errors: errors, outputStyle: outputStyle, errorStyle: errorStyle, showsReasoning: !options.hideReasoning)
        var timing = Stopwatch()
        let response: Response
        do {
            response = options.stream ? try await stream(into: &printer, timing: &timing) : try await whole(into: &printer)
        } catch let error as ClientError {
            printer.finish()
            throw Task.isCancelled ? Failure(.interrupted, "interrupted") : Failure(error, baseURL: baseURL)
        } catch {
            printer.finish()
            throw Task.isCancelled ? Failure(.interrupted, "interrupted") : Failure(.unreadableResponse, "\(error)")
        }
        timing.stop()
        printer.finish()
        errors.write(errorStyle.dim(UsageSummary.line(for: response, timing: timing)) + "\n")
        if response.status == .incomplete {
            let reason = response.incompleteDetails?.reason ?? "no reason given"
            let fix = reason == "max_output_tokens" ? "raise --max-output-tokens" : "change the question or options"
            throw Failure(.incomplete, "the answer was cut short (\(reason)): \(fix)")
        }
    }

    private func stream(into printer: inout TranscriptPrinter, timing: inout Stopwatch) async throws -> Response {
        let events = client.createResponseStream(request)
        for try await event in events {
            if event.isGeneratedOutput { timing.markToken() }
            if options.json { output.write(try JSONLines.line(event)) } else { printer.show(event) }
        }
        // A stream that ends without its terminal event throws above; this is the response it built.
        try Task.checkCancellation()
        return try await events.finalResponse()
    }

    private func whole(into printer: inout TranscriptPrinter) async throws -> Response {
        let response = try await client.createResponse(request)
        if options.json { output.write(try JSONLines.line(response)) } else { printer.show(response) }
        return response
    }
}

extension ResponseStreamEvent {
    /// A piece of what the model generates: answer text, reasoning or tool-call arguments.
    var isGeneratedOutput: Bool {
        switch self {
        case .responseOutputTextDelta, .responseReasoningTextDelta, .responseFunctionCallArgumentsDelta: true
        default: false
        }
    }
}
