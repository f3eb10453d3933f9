import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed on up to `maxThreads` threads (this one and
    /// workers). Each thread takes the next element not yet taken, so put the costliest first; the
    /// result does not depend on which thread computed what.
    func parallelMap<Mapped: Sendable>(
        maxThreads: Int = Swift.min(WorkerThread<Int>.processorCount, 4), _ transform: @escaping @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let threads = Swift.min(maxThreads, count)
        guard threads > 1 else { return map(transform) }
        let items = self
        let cursor = Cursor()
        let work: @Sendable () -> [(Int, Mapped)] = {
            var done: [(Int, Mapped)] = []
            while case let index = cursor.next.add(1, ordering: .relaxed).oldValue, index < items.count {
                done.append((index, transform(items[index])))
            }
            return done
        }
        let workers = (1..<threads).map { _ in WorkerThread(work) }
        var results = [Mapped?](repeating: nil, count: count)
        for (index, value) in work() + workers.flatMap({ $0.join() }) { results[index] = value }
        return results.map { $0! }
    }
}

/// The index of the next element nobody has taken yet.
private final class Cursor: Sendable {
    let next = Atomic<Int>(0)
}
