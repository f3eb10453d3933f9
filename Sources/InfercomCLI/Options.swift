/// What the command line asked for, after parsing. Defaults are the command's, documented in `--help`.
struct Options: Sendable, Equatable {
    /// When colours (and dimmed reasoning) are used.
    enum ColorChoice: String, Sendable, Equatable, CaseIterable {
        case auto, always, never
    }

    /// The question's words, joined with spaces; empty when the question comes from stdin.
    var questionWords: [String] = []
    /// `nil`: `INFERCOM_MODEL`, else `defaultModel`.
    var model: String?
    var instructions: String?
    var temperature: Double?
    var maxOutputTokens: Int?
    var reasoningEffort: String?
    /// A JSON file holding an array of function tools the model may call (the command shows the calls, it does not run them).
    var toolsFile: String?
    var hideReasoning = false
    /// Raw events (or the raw response with `--no-stream`) as JSON lines on stdout.
    var json = false
    var stream = true
    /// `nil`: `INFERCOM_BASE_URL`, else the API's own URL.
    var baseURL: String?
    var color: ColorChoice = .auto
    var showHelp = false
    var showVersion = false

    /// The model used when neither `--model` nor `INFERCOM_MODEL` names one.
    static let defaultModel = "gpt-oss-120b"
}
