/// A failed run: the exit status and the one-line message (with the fix) printed on stderr.
struct Failure: Error, Equatable {
    var status: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    init(_ usage: UsageError) { self.init(.usage, usage.message) }

    /// No key in the environment: found before anything is sent.
    static let missingAPIKey = Failure(
        .usage, "no API key: set INFERCOM_API_KEY to your Infercom API key (export INFERCOM_API_KEY=…)")
}
