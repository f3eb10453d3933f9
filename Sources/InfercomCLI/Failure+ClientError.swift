import Infercom

extension Failure {
    /// The exit status and one-line message (naming the fix) for an error of the client.
    /// Descriptions of `ClientError` never contain the API key, so they are safe to print.
    init(_ error: ClientError, baseURL: String) {
        if let failure = error.invalidRequest {
            self.init(.usage, "the request was refused before sending (\(failure.detail)): fix the option's value, see infercom --help")
        } else if let failure = error.apiFailure {
            self.init(.api, Self.message(for: failure))
        } else if let failure = error.transportFailure {
            self.init(failure, baseURL: baseURL)
        } else if let failure = error.streamEndedEarly {
            self.init(.transport, "the answer stopped before its end (\(failure)): try again")
        } else if let failure = error.serverFailure {
            self.init(.api, "the server failed the response (\(failure)): try again, or change the question or options")
        } else if let failure = error.decodingFailure {
            self.init(
                .unreadableResponse,
                "the server's answer could not be read (\(failure)): check that --base-url points at an Infercom Responses API")
        } else if error.kind == .streamAlreadyConsumed {
            self.init(.unreadableResponse, "\(error): this is a bug in infercom, please report it")
        } else {
            // A kind added to the library after this was written: the description still says what happened.
            self.init(.unreadableResponse, "\(error)")
        }
    }

    private init(_ failure: TransportFailure, baseURL: String) {
        let error = failure.error
        let detail = error.detail ?? "\(error)"
        switch error.kind {
        case .connectionFailed:
            self.init(.transport, "could not connect to \(baseURL) (\(detail)): check --base-url, the network and any proxy (HTTPS_PROXY)")
        case .certificateRejected, .tlsFailed:
            self.init(.transport, "TLS with \(baseURL) failed (\(detail)): check the system's CA certificates, or the proxy that intercepts TLS")
        case .connectionLost:
            self.init(.transport, "the connection to \(baseURL) broke (\(detail)): try again")
        case .timedOut:
            self.init(.transport, "timed out waiting for \(baseURL) (\(error.timeout?.description ?? "a") timeout): try again later")
        case .invalidRequest:
            self.init(.usage, "cannot send to \(baseURL) (\(detail)): pass a URL like --base-url https://api.infercom.ai/v1")
        case .cancelled:
            self.init(.interrupted, "interrupted")
        case .bodyTooLarge:
            self.init(.transport, "\(failure): the answer is too large to hold")
        default:
            self.init(.transport, "\(failure)")
        }
    }

    private static func message(for failure: APIFailure) -> String {
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
