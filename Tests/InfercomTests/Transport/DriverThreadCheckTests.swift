#if LibcurlTransport
import Foundation
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// Driver-owned state is confined to the driver thread, and debug builds trap on any other access.
@Suite("Driver thread confinement")
struct DriverThreadCheckTests {
    @Test("only the thread that claimed the check owns it")
    func ownership() async {
        let check = DriverThreadCheck()
        #expect(!check.isOwner, "nobody owns an unclaimed check")

        let claimed = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let ownerSawItself = SharedCounter()
        let thread = Thread {
            check.claim()
            if check.isOwner { ownerSawItself.add(1) }
            claimed.signal()
            release.wait()  // stays alive, so its thread id cannot be reused while the test looks
        }
        thread.start()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                claimed.wait()
                continuation.resume()
            }
        }

        #expect(ownerSawItself.value == 1)
        #expect(!check.isOwner, "the test's thread is not the owner")
        release.signal()
    }

    @Test(
        "touching a transfer's driver state off the driver thread traps in debug builds",
        .enabled(if: _isDebugAssertConfiguration(), "assertions are compiled out of release builds"))
    func offThreadAccessTraps() async {
        await #expect(processExitsWith: .failure) {
            let transport = CurlTransport(configuration: .init())
            let transfer = CurlTransfer(request: .get("http://127.0.0.1:9/"), driver: transport.driver, bodyLimit: 1 << 10)
            _ = transfer.idleDeadline  // driver-owned: the test's thread may not read it
        }
    }

    @Test("a transfer submitted after the driver exited fails with .connectionFailed, settled by the caller without touching driver state")
    func submitAfterExit() async throws {
        let driver = CurlDriver(maxConnectionsPerHost: 0)
        driver.shutdown()
        #expect(await eventually { driver.hasExited })
        let transfer = CurlTransfer(request: .get("http://127.0.0.1:9/"), driver: driver, bodyLimit: 1 << 10)

        // In a debug build, settling it through driver state on this thread would trap.
        let error = await capturedError { _ = try await transfer.start() }

        guard let detail = (error as? TransportError).flatMap({ $0.kind == .connectionFailed ? $0.detail : nil }) else {
            Issue.record("expected .connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("shut down"))
    }

    @Test("the driver serves transfers with its thread checks on (no false alarm)")
    func driverPassesItsOwnChecks() async throws {
        let server = try LoopbackServer { request, writer in writer.respond(text: request.path) }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let (head, text) = try await transport.text(.get(server.url("/checked")))

        #expect(head.status == 200)
        #expect(text == "/checked")
    }
}
#endif
