/// The attempts of one call so far, and the waits between them.
struct RetryState {
    let policy: RetryPolicy
    let operationID: String
    /// Requests sent so far.
    private(set) var attempts = 0
    /// The call's middlewares, told about each retry; `nil` when none are installed.
    var observer: CallObserver?

    init(policy: RetryPolicy, operationID: String) {
        self.policy = policy
        self.operationID = operationID
    }

    var retriesSoFar: Int { max(attempts - 1, 0) }

    /// Counts a new attempt; a cancelled task sends nothing more.
    mutating func startAttempt() throws(ClientError) {
        if Task.isCancelled { throw failure(.cancelled) }
        attempts += 1
    }

    /// Waits as `decision` says and returns `true`, or returns `false` when it says not to retry.
    func wait(_ decision: RetryDecision, reason: @autoclosure () -> ClientEvent.RetryReason) async throws(ClientError) -> Bool {
        guard case .retry(let delay) = decision else { return false }
        if let observer { await observer.retry(failedAttempt: attempts, reason: reason(), delay: delay) }
        do {
            try await policy.sleep(delay)
        } catch {
            throw failure(.cancelled)  // the sleeper throws only when the task is cancelled
        }
        return true
    }

    /// Waits before retrying after `error`, if the policy allows; the caller checked that no
    /// part of a response has been used.
    func waitAfter(_ error: TransportError) async throws(ClientError) -> Bool {
        try await wait(policy.decision(transportError: error, retriesSoFar: retriesSoFar), reason: .transport(error))
    }

    func failure(_ error: TransportError) -> ClientError {
        .transport(TransportFailure(operationID: operationID, error: error, attempts: attempts))
    }
}

extension TransportError {
    /// `error` as a transport error; foreign errors count as a failed (or, mid-body, lost) connection.
    init(wrapping error: any Error, duringBody: Bool) {
        switch error {
        case let error as TransportError: self = error
        case is CancellationError: self = .cancelled
        default:
            let detail = String(describing: error)
            self = duringBody ? .connectionLost(detail: detail) : .connectionFailed(detail: detail)
        }
    }
}
