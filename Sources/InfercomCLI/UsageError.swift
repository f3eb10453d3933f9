/// A command line the command cannot run: a bad flag, a missing value, no question, no API key.
/// Its message is one line that names the fix; the exit status is `ExitStatus.usage`.
struct UsageError: Error, Equatable {
    var message: String

    init(_ message: String) { self.message = message }
}
