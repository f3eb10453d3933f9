import Testing

@testable import GeneratorCore

/// The generator spreads independent work (the output files) over threads; what comes back must be
/// what a plain `map` gives, in the same order, whatever thread did which element.
@Suite("Parallel map")
struct ParallelMapTests {
    /// Work of very different sizes, so threads finish elements out of order.
    private static func cost(_ n: Int) -> Int {
        var sum = 0
        for i in 0..<(n % 7 == 0 ? 200_000 : 10) { sum &+= i &* n }
        return sum
    }

    @Test("results come back in the elements' order, equal to map's, for any thread count")
    func sameAsMap() {
        let items = Array(0..<50)
        let expected = items.map(Self.cost)
        for threads in [1, 2, 3, 8, 100] {
            #expect(items.parallelMap(maxThreads: threads, Self.cost) == expected)
        }
    }

    @Test("empty and one-element arrays")
    func smallArrays() {
        #expect([Int]().parallelMap(maxThreads: 4) { $0 + 1 } == [])
        #expect([41].parallelMap(maxThreads: 4) { $0 + 1 } == [42])
    }

    @Test("each element is transformed exactly once")
    func eachOnce() {
        let counts = Array(0..<1_000).parallelMap(maxThreads: 4) { [$0] }
        #expect(counts.flatMap { $0 } == Array(0..<1_000))
    }

    @Test("a worker thread returns its body's result, once joined, as many times as asked")
    func workerThread() {
        let worker = WorkerThread { (1...1_000).reduce(0, +) }
        #expect(worker.join() == 500_500)
        #expect(worker.join() == 500_500)
    }
}
