/// The events of a `text/event-stream` body, parsed as its chunks arrive.
///
/// Works over any asynchronous sequence of byte chunks, such as `HTTPBody`. An event that is still
/// unterminated when the body ends is not returned; its text is kept in the iterator's
/// `unterminatedEvent`, so the caller can tell a stream that was cut off from one that ended cleanly.
public struct ServerSentEventSequence<Base: AsyncSequence>: AsyncSequence where Base.Element == [UInt8] {
    public typealias Element = ServerSentEvent

    private let base: Base

    /// The events of the byte chunks of `base`.
    public init(_ base: Base) { self.base = base }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base.makeAsyncIterator()) }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private var chunks: Base.AsyncIterator?
        private var parser = ServerSentEventParser()
        /// Events parsed from the last chunk, handed out one by one from `nextIndex`.
        private var pending: [ServerSentEvent] = []
        private var nextIndex = 0
        /// Once `next()` returned `nil`: the text of an event the end of the body cut off (see
        /// `ServerSentEventParser.finish()`), or `nil` when the body ended between events.
        public private(set) var unterminatedEvent: String?

        init(_ chunks: Base.AsyncIterator) { self.chunks = chunks }

        /// The next complete event; `nil` once the body has ended. Rethrows the body's errors.
        public nonisolated(nonsending) mutating func next() async throws -> ServerSentEvent? {
            while nextIndex == pending.count {
                pending.removeAll(keepingCapacity: true)
                nextIndex = 0
                guard var source = chunks else { return nil }
                guard let chunk = try await source.next(isolation: #isolation) else {
                    chunks = nil
                    unterminatedEvent = parser.finish()
                    return nil
                }
                chunks = source
                chunk.withUnsafeBytes { parser.feed($0, into: &pending) }
            }
            defer { nextIndex += 1 }
            return pending[nextIndex]
        }
    }
}

extension ServerSentEventSequence: Sendable where Base: Sendable {}

extension HTTPBody {
    /// This body read as a `text/event-stream`.
    public var serverSentEvents: ServerSentEventSequence<HTTPBody> { ServerSentEventSequence(self) }
}
