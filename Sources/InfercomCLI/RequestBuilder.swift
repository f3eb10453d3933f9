import Foundation
import Infercom

/// The request the options describe.
enum RequestBuilder {
    static func request(question: String, options: Options, environment: [String: String]) throws(UsageError) -> CreateResponseRequest {
        let model = options.model ?? environment["INFERCOM_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? Options.defaultModel
        var request = CreateResponseRequest(model: model, input: .text(question))
        request.instructions = options.instructions
        request.temperature = options.temperature
        request.maxOutputTokens = options.maxOutputTokens
        if let effort = options.reasoningEffort {
            request.reasoning = ReasoningConfig(effort: ReasoningEffort(rawValue: effort))
        }
        if let path = options.toolsFile { request.tools = try tools(from: path) }
        return request
    }

    /// The function tools in a JSON file: an array of `{"name", "description", "parameters"}`.
    private static func tools(from path: String) throws(UsageError) -> [FunctionTool] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read the tools file \(path): check the path given to --tools")
        }
        do {
            return try JSONDecoder().decode([FunctionTool].self, from: data)
        } catch {
            throw UsageError(
                "the tools file \(path) is not a JSON array of function tools: write [{\"name\": …, \"description\": …, \"parameters\": {…}}]")
        }
    }

    /// The base URL: `--base-url`, else `INFERCOM_BASE_URL`, else the API's own.
    static func baseURL(options: Options, environment: [String: String]) -> String {
        options.baseURL ?? environment["INFERCOM_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? InfercomClient.defaultBaseURL
    }
}
