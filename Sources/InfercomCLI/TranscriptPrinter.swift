import Infercom

/// Writes what the model produces, in order: answer text and tool calls on stdout, reasoning
/// (dimmed) on stderr, so `infercom "…" > answer.txt` keeps only the answer.
struct TranscriptPrinter {
    let output: StandardStream
    let errors: StandardStream
    let outputStyle: TextStyle
    let errorStyle: TextStyle
    let showsReasoning: Bool

    /// Reasoning was written and not yet ended with a blank line.
    private var reasoningIsOpen = false
    /// stdout's last character was not a line break.
    private var outputIsMidLine = false

    init(output: StandardStream, errors: StandardStream, outputStyle: TextStyle, errorStyle: TextStyle, showsReasoning: Bool) {
        self.output = output
        self.errors = errors
        self.outputStyle = outputStyle
        self.errorStyle = errorStyle
        self.showsReasoning = showsReasoning
    }

    mutating func reasoning(_ text: String) {
        guard showsReasoning, !text.isEmpty else { return }
        errors.write(errorStyle.dim(text))
        reasoningIsOpen = true
    }

    mutating func answer(_ text: String) {
        guard !text.isEmpty else { return }
        closeReasoning()
        output.write(text)
        outputIsMidLine = !text.hasSuffix("\n")
    }

    /// One line per call: the function's name, its arguments as the model wrote them, and the call id.
    mutating func toolCall(_ call: FunctionCall) {
        closeReasoning()
        endLine()
        output.write(outputStyle.cyan("→ \(call.name)(\(call.arguments))") + outputStyle.dim(" [\(call.callID)]") + "\n")
    }

    /// Ends the transcript with a line break where one is missing, before the summary or an error.
    mutating func finish() {
        closeReasoning()
        endLine()
    }

    private mutating func closeReasoning() {
        guard reasoningIsOpen else { return }
        errors.write("\n\n")
        reasoningIsOpen = false
    }

    private mutating func endLine() {
        guard outputIsMidLine else { return }
        output.write("\n")
        outputIsMidLine = false
    }
}
