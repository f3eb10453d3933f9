/// The command's exit statuses: scripts can tell whose problem a failure is.
enum ExitStatus: Int32, Sendable, CaseIterable {
    /// The answer arrived complete.
    case success = 0
    /// The answer arrived but the server cut it short (`response.incomplete`, e.g. `max_output_tokens`).
    case incomplete = 1
    /// The command line or the environment is wrong (bad flag, no question, no API key); nothing was sent.
    case usage = 2
    /// The server refused or failed the request (an HTTP error status, a failed response, an `error` event).
    case api = 3
    /// No complete answer arrived: connection, TLS, timeout, or a stream cut off before its end.
    case transport = 4
    /// The server's answer could not be read as the Responses API describes it.
    case unreadableResponse = 5
    /// Ctrl-C (SIGINT): the request was cancelled, as shells expect (128 + 2).
    case interrupted = 130
}
