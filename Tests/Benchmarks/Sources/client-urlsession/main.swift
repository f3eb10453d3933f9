// URLSession (FoundationNetworking on Linux) — what a Swift user reaches for first — against
// C/server.c. The same modes and output as client-infercom.
//
//   client-urlsession seq      URL --count N
//   client-urlsession inflight URL --count N --parallel P   (httpMaximumConnectionsPerHost = P)
//   client-urlsession stream   URL                          data-task delegate + StampScanner
import BenchSupport
import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let arguments = Arguments()
guard arguments.positional.count == 2 else { fail("usage: client-urlsession MODE URL [--count N] [--parallel P]") }
let mode = arguments.positional[0]
let url = URL(string: arguments.positional[1])!
let count = arguments.int("count", default: 1000)
let parallel = arguments.int("parallel", default: 16)

let configuration = URLSessionConfiguration.default
configuration.httpMaximumConnectionsPerHost = parallel
configuration.urlCache = nil
configuration.requestCachePolicy = .reloadIgnoringLocalCacheData

var request = URLRequest(url: url)
request.httpMethod = "POST"
request.httpBody = Data(requestBody.utf8)
request.setValue("application/json", forHTTPHeaderField: "Content-Type")
request.setValue("Bearer bench", forHTTPHeaderField: "Authorization")
let postRequest = request

func post(_ session: URLSession) async throws {
    let (data, response) = try await session.data(for: postRequest)
    guard (response as? HTTPURLResponse)?.statusCode == 200, !data.isEmpty else { fail("bad response") }
}

/// Feeds every received chunk to a StampScanner; signals when the task completes.
final class StreamDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    var scanner = StampScanner()
    var failure: (any Error)?
    let done = DispatchSemaphore(value: 0)

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        data.withUnsafeBytes { scanner.consume($0) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        failure = error
        done.signal()
    }
}

/// Runs off the main actor (top-level code is main-actor isolated, and every `await` in a loop
/// there would hop threads), like the other clients.
func run() async throws {
    switch mode {
    case "seq":
        let session = URLSession(configuration: configuration)
        let cpu0 = cpuSeconds(), start = nowSeconds()
        for _ in 0..<count { try await post(session) }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "inflight":
        let session = URLSession(configuration: configuration)
        let cpu0 = cpuSeconds(), start = nowSeconds()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<parallel {
                let share = count / parallel + (worker < count % parallel ? 1 : 0)
                group.addTask { for _ in 0..<share { try await post(session) } }
            }
            try await group.waitForAll()
        }
        emitRequests(count: count, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    case "stream":
        let delegate = StreamDelegate()
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        var streamRequest = postRequest
        streamRequest.setValue("text/event-stream", forHTTPHeaderField: "Accept")
        let cpu0 = cpuSeconds(), start = nowSeconds()
        session.dataTask(with: streamRequest).resume()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                delegate.done.wait()
                continuation.resume()
            }
        }
        if let failure = delegate.failure { fail("\(failure)") }
        emitStream(delays: delegate.scanner.delays, bytes: delegate.scanner.bytes, seconds: nowSeconds() - start, cpu: cpuSeconds() - cpu0)

    default:
        fail("unknown mode \(mode)")
    }
}

try await run()

