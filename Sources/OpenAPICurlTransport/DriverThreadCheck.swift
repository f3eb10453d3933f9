import OpenAPITransport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Android)
import Android
#endif

/// Which thread owns a driver's state, so debug builds trap when another thread touches it.
///
/// The driver thread claims it before it runs any command; every access to driver-owned state
/// then asserts it happens there. `assert` is compiled out of release builds, so this costs
/// nothing on the hot path there.
final class DriverThreadCheck: @unchecked Sendable {
    /// Written once, by the owning thread itself, before any access it guards: a legitimate
    /// check reads it on that same thread, so it needs no lock.
    private var owner: pthread_t?

    init() {}

    /// Makes the calling thread the owner. Call first thing on the driver thread.
    func claim() {
        owner = pthread_self()
    }

    /// Whether the calling thread is the owner.
    var isOwner: Bool {
        guard let owner else { return false }
        return pthread_equal(owner, pthread_self()) != 0
    }

    /// Traps in debug builds unless called on the owning thread.
    @inline(__always)
    func assertOwner(_ what: @autoclosure () -> String = "driver-owned state", file: StaticString = #fileID, line: UInt = #line) {
        assert(isOwner, "\(what()) touched off the driver thread", file: file, line: line)
    }
}
