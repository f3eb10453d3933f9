import Infercom

extension Failure {
    /// The exit status and one-line message (naming the fix) for an error of the client.
    /// Descriptions of `ClientError` never contain the API key, so they are safe to print.
    init(_ error: ClientError, baseURL: String) {
        switch error {
        case .invalidRequest(let failure):
            self.init(.usage, "the request was refused before sending (\(failure.detail)): fix the option's value, see infercom --help")
        case .api(let failure):
            self.init(.api, Self.message(for: failure))
        case .transport(let failure):
            self.init(failure, baseURL: baseURL)
        case .streamEndedEarly(let failure):
            self.init(.transport, "the answer stopped before its end (\(failure)): try again")
        case .streamFailed(let failure), .responseFailed(let failure):
            self.init(.api, "the server failed the response (\(failure)): try again, or change the question or options")
        case .decoding(let failure):
            self.init(
                .unreadableResponse,
                "the server's answer could not be read (\(failure)): check that --base-url points at an Infercom Responses API")
        case .streamAlreadyConsumed(let failure):
            self.init(.unreadableResponse, "\(failure): this is a bug in infercom, please report it")
        }
    }

    private init(_ failure: TransportFailure, baseURL: String) {
        switch failure.error {
        case .connectionFailed(let detail):
            self.init(.transport, "could not connect to \(baseURL) (\(detail)): check --base-url, the network and any proxy (HTTPS_PROXY)")
        case .certificateRejected(let detail), .tlsFailed(let detail):
            self.init(.transport, "TLS with \(baseURL) failed (\(detail)): check the system's CA certificates, or the proxy that intercepts TLS")
        case .connectionLost(let detail):
            self.init(.transport, "the connection to \(baseURL) broke (\(detail)): try again")
        case .timedOut(let kind):
            self.init(.transport, "timed out waiting for \(baseURL) (\(kind.rawValue) timeout): try again later")
        case .invalidRequest(let detail):
            self.init(.usage, "cannot send to \(baseURL) (\(detail)): pass a URL like --base-url https://api.infercom.ai/v1")
        case .cancelled:
            self.init(.interrupted, "interrupted")
        case .bodyTooLarge:
            self.init(.transport, "\(failure): the answer is too large to hold")
        }
    }

    private static func message(for failure: APIError) -> String {
        let what = "\(failure.status)" + (failure.code.map { " \($0)" } ?? "") + (failure.message.map { ": \($0)" } ?? "")
        let requestID = failure.requestID.map { ", request id \($0)" } ?? ""
        let fix: String
        switch failure.status {
        case 401, 403: fix = "check INFERCOM_API_KEY"
        case 404 where failure.code == "model_not_found" || failure.param == "model": fix = "choose another --model"
        case 429: fix = "wait" + (failure.retryAfter.map { " \(Int($0.seconds.rounded(.up))) s" } ?? "") + " and try again"
        case 500...: fix = "try again later"
        default: fix = failure.param.map { "fix the request's \($0)" } ?? "check --base-url and the options"
        }
        let subject =
            switch failure.status {
            case 401, 403: "the server rejected the API key"
            case 500...: "the server failed"
            default: "the server refused the request"
            }
        return "\(subject) (\(what)\(requestID)): \(fix)"
    }
}
