import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session's delegate: routes each task's events to its `URLSessionExchange`, refuses
/// redirects, and evaluates server trust against custom roots (on Apple platforms).
final class URLSessionTransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var exchanges: [Int: URLSessionExchange] = [:]
    private let trust: URLSessionTrust

    init(trust: URLSessionTrust) {
        self.trust = trust
    }

    /// Call before the task is resumed, so no event can arrive for an unknown task.
    func register(_ exchange: URLSessionExchange, for task: URLSessionTask) {
        lock.withLock { exchanges[task.taskIdentifier] = exchange }
    }

    private func exchange(for task: URLSessionTask) -> URLSessionExchange? {
        lock.withLock { exchanges[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let exchange = exchange(for: dataTask) else { return completionHandler(.cancel) }
        guard let response = response as? HTTPURLResponse else {
            exchange.abort(.connectionLost(detail: "the response is not HTTP"))
            return completionHandler(.cancel)
        }
        exchange.receive(head: HTTPResponseHead(status: response.statusCode, headers: Self.fields(of: response)))
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        exchange(for: dataTask)?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let exchange = lock.withLock { exchanges.removeValue(forKey: task.taskIdentifier) }
        exchange?.complete(error: error)
    }

    /// Redirects are not followed (like `CurlTransport`): the 3xx response is returned as it is.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        switch trust.evaluate(challenge) {
        case .useDefault:
            completionHandler(.performDefaultHandling, nil)
        case .trusted(let credential):
            completionHandler(.useCredential, credential)
        case .rejected(let detail):
            exchange(for: task)?.abort(.certificateRejected(detail: detail))
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }

    /// The response's header fields. URLSession merges repeated fields into one comma-joined value
    /// and does not keep their order; names are as the server sent them where the platform keeps them.
    private static func fields(of response: HTTPURLResponse) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in response.allHeaderFields {
            fields.append(name: "\(name)", value: "\(value)")
        }
        return fields
    }
}
