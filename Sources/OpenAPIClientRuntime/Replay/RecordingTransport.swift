import Foundation

/// Passes every request to another transport and records the exchange — request, status,
/// headers, and the body chunks with their timing — for `ReplayTransport` to play back.
///
/// Each exchange is appended to the file (see `RecordingFormat` for the JSON Lines layout) once
/// its body has been read to the end or has failed; a body the client never finishes reading is
/// not recorded. `Authorization`, `Proxy-Authorization`, cookies, any `*api-key*` header and the
/// request's `secrets` (the key wherever the client put it, the query included) are written as
/// `<redacted>`: the key never reaches the disk.
///
/// ```swift
/// configuration.transport = try RecordingTransport(wrapping: CurlTransport(), to: fileURL)
/// ```
public final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let base: any HTTPTransport
    private let file: FileHandle
    private let lock = NSLock()
    private var nextNumber = 1  // guarded by `lock`

    /// Records into `url`, replacing any file there.
    public init(wrapping base: any HTTPTransport, to url: URL) throws {
        self.base = base
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        file = try FileHandle(forWritingTo: url)
    }

    deinit { try? file.close() }

    public func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody) {
        let start = ContinuousClock.now
        let (url, headers) = request.redacted()
        var exchange = RecordedExchange(
            number: lock.withLock { defer { nextNumber += 1 }; return nextNumber },
            method: request.method, path: RecordedExchange.path(of: url),
            requestHeaders: RecordedExchange.redacted(headers), requestBody: request.body, head: nil)
        let head: HTTPResponseHead
        let body: HTTPBody
        do {
            (head, body) = try await base.send(request)
        } catch {
            exchange.endOffset = ContinuousClock.now - start
            exchange.failure = String(describing: error)
            write(exchange)
            throw error
        }
        exchange.head = .init(status: head.status, headers: RecordedExchange.redacted(head.headers), offset: ContinuousClock.now - start)
        let recorder = BodyRecorder(exchange: exchange, start: start) { [weak self] in self?.write($0) }
        return (head, HTTPBody {
            var iterator = body.makeAsyncIterator()
            return HTTPBody.AsyncIterator {
                do {
                    let chunk = try await iterator.next()
                    recorder.received(chunk)
                    return chunk
                } catch {
                    recorder.failed(error)
                    throw error
                }
            }
        })
    }

    private func write(_ exchange: RecordedExchange) {
        let text = RecordingFormat.lines(of: exchange).map { $0 + "\n" }.joined()
        lock.withLock { file.write(Data(text.utf8)) }
    }
}

/// Collects one body's chunks; the exchange is written once, at the end or the failure.
private final class BodyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var exchange: RecordedExchange  // guarded by `lock`
    private var written = false  // guarded by `lock`
    private let start: ContinuousClock.Instant
    private let write: @Sendable (RecordedExchange) -> Void

    init(exchange: RecordedExchange, start: ContinuousClock.Instant, write: @escaping @Sendable (RecordedExchange) -> Void) {
        self.exchange = exchange
        self.start = start
        self.write = write
    }

    func received(_ chunk: [UInt8]?) {
        let offset = ContinuousClock.now - start
        let finished: RecordedExchange? = lock.withLock {
            guard !written else { return nil }
            guard let chunk else {
                written = true
                exchange.endOffset = offset
                return exchange
            }
            exchange.chunks.append(.init(offset: offset, bytes: chunk))
            return nil
        }
        finished.map(write)
    }

    func failed(_ error: any Error) {
        let offset = ContinuousClock.now - start
        let finished: RecordedExchange? = lock.withLock {
            guard !written else { return nil }
            written = true
            exchange.endOffset = offset
            exchange.failure = String(describing: error)
            return exchange
        }
        finished.map(write)
    }
}
