import Dispatch
import Foundation

/// Ctrl-C handling: SIGINT cancels the running request (the transport aborts it, the command
/// exits 130 with one line on stderr) instead of killing the process mid-write.
///
/// Before a request is running (while stdin is read, say), and on a second Ctrl-C, nothing needs
/// cleaning up, so SIGINT exits at once with 130.
final class Interrupts: @unchecked Sendable {
    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?
    private var interrupted = false
    private let source: any DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)  // delivered to the dispatch source instead of terminating the process
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in interrupt() }
        source.resume()
    }

    /// Whether SIGINT arrived.
    var wereInterrupted: Bool { lock.withLock { interrupted } }

    /// Runs `operation` in a task that the next SIGINT cancels. The task is created and made
    /// cancellable under one lock, so no SIGINT can fall between the two.
    func cancellingOnInterrupt<Result: Sendable>(_ operation: @escaping @Sendable () async -> Result) async -> Result {
        let task = lock.withLock {
            let task = Task(operation: operation)
            action = { task.cancel() }
            return task
        }
        return await task.value
    }

    private func interrupt() {
        let action: (@Sendable () -> Void)? = lock.withLock {
            interrupted = true
            defer { self.action = nil }
            return self.action
        }
        guard let action else {
            StandardStream.error.write("\ninfercom: interrupted\n")
            exit(ExitStatus.interrupted.rawValue)
        }
        action()
    }
}
