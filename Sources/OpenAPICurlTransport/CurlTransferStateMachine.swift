import OpenAPITransport
/// The life of one transfer as a single value, from the moment the driver learns of it until it
/// is settled: whether a task still waits for the head, whether back-pressure paused the body,
/// whether the reader went away.
///
/// Pure: every event returns what the transfer must do, and nothing here calls curl, takes a lock
/// or resumes a continuation, so every transition is tested without sockets. Every event happens
/// on the driver thread (commands from other threads reach it through the driver's queue), so the
/// state needs no lock. `Waiter` resumes the task waiting in `start()`; in production it is a
/// continuation, in tests anything that can be compared.
struct CurlTransferStateMachine<Waiter> {
    enum State {
        /// The driver has not seen the transfer yet.
        case idle
        /// The task was cancelled before the driver took the transfer: it must never be sent.
        case cancelledBeforeStart
        /// In the multi handle; the task waits for the head.
        case awaitingHead(Waiter)
        /// The head arrived during the current `curl_multi_perform`; it is handed over after it,
        /// together with whatever body arrived in the same read. Body bytes may already have
        /// filled the buffer (`paused`).
        case headReady(Waiter, HTTPResponseHead, paused: Bool)
        /// The head was handed over; the body streams into the buffer, or is paused by back-pressure.
        case streaming(paused: Bool)
        /// The reader went away: the write callback refused data, so curl fails the transfer with
        /// a write error, which is reported as `.cancelled`.
        case abandoned
        /// Settled: the waiter (if any) was resumed, the body ended, curl's resources freed.
        case finished
    }

    /// What to do with a transfer the driver takes from its queue.
    enum StartAction: Equatable {
        /// Configure a handle and add it to the multi handle.
        case addHandle
        /// Do not send it: complete it at once with `.cancelled`.
        case completeCancelled
    }

    /// How the task waiting for the head is resumed when the transfer ends.
    struct Settlement {
        /// The task still waiting in `start()`, if the head was not handed over yet.
        var waiter: Waiter?
        /// What that task receives: the head (the exchange ended before it was handed over) or an error.
        var headResult: Result<HTTPResponseHead, TransportError>
    }

    private(set) var state: State = .idle

    init() {}

    /// The driver took the transfer from its queue; `waiter` waits for the head.
    mutating func start(_ waiter: Waiter) -> StartAction {
        switch state {
        case .idle:
            state = .awaitingHead(waiter)
            return .addHandle
        case .cancelledBeforeStart:
            state = .awaitingHead(waiter)  // settled right away by `finish(.failure(.cancelled), …)`
            return .completeCancelled
        case .awaitingHead, .headReady, .streaming, .abandoned, .finished:
            preconditionFailure("a transfer is started once")
        }
    }

    /// The caller cancelled (its task, or by dropping the body). Returns whether the driver must
    /// abort the exchange now; a transfer not yet started is marked so it never starts.
    mutating func cancel() -> Bool {
        switch state {
        case .idle:
            state = .cancelledBeforeStart
            return false
        case .awaitingHead, .headReady, .streaming, .abandoned:
            return true
        case .cancelledBeforeStart, .finished:
            return false
        }
    }

    /// The final head was parsed. Returns whether it waits to be handed over after the perform.
    mutating func receivedHead(_ head: HTTPResponseHead) -> Bool {
        guard case .awaitingHead(let waiter) = state else { return false }
        state = .headReady(waiter, head, paused: false)
        return true
    }

    /// After the perform: the waiter and head to resume it with, if a head is ready.
    mutating func takeReadyHead() -> (Waiter, HTTPResponseHead)? {
        guard case .headReady(let waiter, let head, let paused) = state else { return nil }
        state = .streaming(paused: paused)
        return (waiter, head)
    }

    /// The body buffer answered the write callback with `offer` (only `.pause` and `.abandoned`
    /// change anything, so the callback skips this for the usual `.accepted`).
    mutating func bodyOffered(_ offer: CurlBodyOffer) {
        switch (offer, state) {
        case (.pause, .headReady(let waiter, let head, _)):
            state = .headReady(waiter, head, paused: true)
        case (.pause, .streaming):
            state = .streaming(paused: true)
        case (.abandoned, .awaitingHead), (.abandoned, .headReady), (.abandoned, .streaming):
            state = .abandoned
        default:
            break
        }
    }

    /// The reader drained the buffer. Returns whether the handle was paused and must be unpaused.
    mutating func resume() -> Bool {
        switch state {
        case .headReady(let waiter, let head, paused: true):
            state = .headReady(waiter, head, paused: false)
            return true
        case .streaming(paused: true):
            state = .streaming(paused: false)
            return true
        default:
            return false
        }
    }

    /// Whether back-pressure holds the transfer: the silence is ours, so the idle timer does not run.
    var isPaused: Bool {
        switch state {
        case .headReady(_, _, let paused), .streaming(let paused): paused
        default: false
        }
    }

    /// Whether the reader went away, so a write error from curl means `.cancelled`.
    var isAbandoned: Bool {
        if case .abandoned = state { true } else { false }
    }

    /// The transfer ended with `result`; `headSoFar` is the head curl delivered, if any.
    /// Returns how to settle the waiting task, or `nil` if the transfer was already settled.
    mutating func finish(_ result: Result<Void, TransportError>, headSoFar: HTTPResponseHead?) -> Settlement? {
        let waiter: Waiter?
        var head = headSoFar
        switch state {
        case .finished:
            return nil
        case .idle, .cancelledBeforeStart, .streaming, .abandoned:
            waiter = nil
        case .awaitingHead(let pending):
            waiter = pending
        case .headReady(let pending, let ready, _):
            waiter = pending
            head = ready
        }
        state = .finished
        let headResult: Result<HTTPResponseHead, TransportError> =
            switch (result, head) {
            case (.failure(let error), _): .failure(error)
            case (.success, let head?): .success(head)
            case (.success, nil): .failure(.connectionLost(detail: "the response had no status line"))
            }
        return Settlement(waiter: waiter, headResult: headResult)
    }
}
