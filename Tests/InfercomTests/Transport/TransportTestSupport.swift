@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport

/// Limits for test requests: generous for a loaded 2-core machine, yet no test can hang for long.
let testTimeouts = Timeouts(connect: .seconds(5), total: .seconds(15), idle: .seconds(10))

extension HTTPRequest {
    static func get(_ url: String, headers: HTTPFields = [:], timeouts: Timeouts = testTimeouts) -> HTTPRequest {
        HTTPRequest(method: "GET", url: url, headers: headers, timeouts: timeouts)
    }
}

/// Whether `error` is the transport's cancellation (or Swift's own, which a cancelled await may surface).
func isCancellation(_ error: (any Error)?) -> Bool {
    error as? TransportError == .cancelled || error is CancellationError
}
