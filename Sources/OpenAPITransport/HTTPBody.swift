/// A response body delivered as chunks, in the order and sizes the transport received them.
///
/// It is single-pass: iterate it once. Type-erased so any transport can supply its own source
/// (a libcurl write callback, a test fixture, an in-memory buffer).
public struct HTTPBody: AsyncSequence, Sendable {
    public typealias Element = [UInt8]

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let nextChunk: nonisolated(nonsending) () async throws -> [UInt8]?

        /// `nextChunk` runs on the caller's actor, so a loop on the main actor does not hop to
        /// another executor and back for every chunk.
        public init(_ nextChunk: nonisolated(nonsending) @escaping () async throws -> [UInt8]?) {
            self.nextChunk = nextChunk
        }

        public nonisolated(nonsending) mutating func next() async throws -> [UInt8]? {
            try await nextChunk()
        }
    }

    private let makeIteratorClosure: @Sendable () -> AsyncIterator

    /// A body from any iterator factory; the factory is called once per iteration.
    public init(makeIterator: @escaping @Sendable () -> AsyncIterator) {
        makeIteratorClosure = makeIterator
    }

    /// A body whose chunks come from an asynchronous sequence.
    public init<Source: AsyncSequence & Sendable>(_ source: Source) where Source.Element == [UInt8] {
        makeIteratorClosure = {
            let box = IteratorBox(source.makeAsyncIterator())
            return AsyncIterator { try await box.next() }
        }
    }

    /// A body already held in memory, delivered as one chunk.
    public init(bytes: [UInt8]) {
        makeIteratorClosure = {
            var pending: [UInt8]? = bytes.isEmpty ? nil : bytes
            return AsyncIterator {
                defer { pending = nil }
                return pending
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { makeIteratorClosure() }

    /// Reads the whole body, failing with `TransportError.bodyTooLarge` past `limit` bytes.
    public func collect(upTo limit: Int = 64 << 20) async throws -> [UInt8] {
        var result: [UInt8] = []
        for try await chunk in self {
            if result.count + chunk.count > limit { throw TransportError.bodyTooLarge(limit: limit) }
            result.append(contentsOf: chunk)
        }
        return result
    }
}

/// Lets a non-Sendable iterator be driven from the iterator closure; iteration is single-consumer.
private final class IteratorBox<Base: AsyncIteratorProtocol>: @unchecked Sendable where Base.Element == [UInt8] {
    private var base: Base
    init(_ base: Base) { self.base = base }
    nonisolated(nonsending) func next() async throws -> [UInt8]? { try await base.next(isolation: #isolation) }
}
