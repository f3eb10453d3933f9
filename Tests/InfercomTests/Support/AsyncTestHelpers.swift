import Foundation

/// Waits (without blocking a cooperative thread) until `condition` holds or `seconds` pass.
///
/// The limit only bounds a failing test: a passing one returns as soon as the condition holds, so
/// it is generous enough that a loaded machine never trips it.
func eventually(within seconds: Double = 30, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while !condition() {
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return true
}

/// The error `body` throws, or `nil` if it returns.
func capturedError(_ body: () async throws -> Void) async -> (any Error)? {
    do {
        try await body()
        return nil
    } catch {
        return error
    }
}

/// A one-shot flag a server thread can wait on while an async test sets it.
final class ThreadSignal: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func signal() { semaphore.signal() }

    /// Blocks the calling (server) thread; returns `false` on timeout.
    func wait(seconds: Double) -> Bool {
        semaphore.wait(timeout: .now() + seconds) == .success
    }
}

/// A counter shared between a server thread and the test.
final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0

    func add(_ amount: Int) { lock.withLock { current += amount } }
    var value: Int { lock.withLock { current } }
}
