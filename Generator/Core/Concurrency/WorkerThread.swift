#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A computation on a POSIX thread of its own, joined for its result.
///
/// The generator is a short-lived process whose stages take milliseconds, so its second core is used
/// through a plain thread: one costs tens of microseconds to start and does not depend on Swift
/// concurrency's cooperative pool, which the synchronous pipeline would have to block on.
final class WorkerThread<Result: Sendable>: ThreadEntry, @unchecked Sendable {
    // `body` and `result` are touched by the worker only between its start and its end, and by the
    // caller only after `pthread_join`, which orders the two: the thread is the synchronisation.
    private var body: (@Sendable () -> Result)?
    private var result: Result?
    private var thread: pthread_t?

    /// The same stack as a process's main thread: secondary threads get 512 KiB on Darwin, less
    /// than the emitters' and printer's recursion over a deeply nested model may need.
    private static var stackBytes: Int { 8 << 20 }

    /// Starts `body` on a new thread; if no thread can be made, `body` runs in `join()` instead.
    init(_ body: @escaping @Sendable () -> Result) {
        self.body = body
        super.init()
        start()
    }

    private func start() {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, Self.stackBytes)
        // The thread owns one reference until `runBody` returns.
        let context = Unmanaged<ThreadEntry>.passRetained(self).toOpaque()
        #if canImport(Darwin)
        var handle: pthread_t?
        let created = pthread_create(&handle, &attributes, { runWorker($0) }, context)
        #else
        var handle = pthread_t()
        let created = pthread_create(&handle, &attributes, { runWorker($0!) }, context)
        #endif
        if created == 0 {
            thread = handle
        } else {
            Unmanaged<ThreadEntry>.fromOpaque(context).release()
        }
    }

    override func runBody() {
        result = body?()
        body = nil
    }

    /// Waits for the thread and returns what `body` returned; later calls return it again.
    func join() -> Result {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        } else if body != nil {
            runBody()
        }
        return result!
    }

    /// Processors the system has online (at least 1).
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// What a worker thread's C entry point calls: it cannot be generic, so `WorkerThread` is reached
/// through this non-generic superclass.
class ThreadEntry {
    func runBody() {}
}

private func runWorker(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadEntry>.fromOpaque(context).takeRetainedValue().runBody()
    return nil
}
