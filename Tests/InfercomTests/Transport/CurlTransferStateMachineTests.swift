#if LibcurlTransport
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// The transfer's lifecycle as pure transitions: no curl, no sockets, no threads. The waiter is a
/// plain string, so each test can see exactly who would be resumed with what.
@Suite("CurlTransfer state machine")
struct CurlTransferStateMachineTests {
    typealias Machine = CurlTransferStateMachine<String>

    static let head = HTTPResponseHead(status: 200, headers: ["Content-Type": "text/plain"])
    static let lost = TransportError.connectionLost(detail: "cut")

    /// A machine that was started and whose head was handed over.
    static func streaming() -> Machine {
        var machine = Machine()
        _ = machine.start("task")
        _ = machine.receivedHead(head)
        _ = machine.takeReadyHead()
        return machine
    }

    @Test("a started transfer is added, and its head goes to the waiting task only after the perform")
    func headHandOver() {
        var machine = Machine()
        let start = machine.start("task")
        let early = machine.takeReadyHead()
        #expect(start == .addHandle)
        #expect(early == nil, "no head yet")

        let noted = machine.receivedHead(Self.head)
        let ready = machine.takeReadyHead()
        let again = machine.takeReadyHead()
        let trailers = machine.receivedHead(Self.head)
        #expect(noted)
        #expect(ready?.0 == "task")
        #expect(ready?.1 == Self.head)
        #expect(again == nil, "the head is handed over once")
        #expect(!trailers, "a later head is not handed over again")
    }

    @Test("a task cancelled before the driver took its transfer is completed as cancelled, never added")
    func cancelBeforeStart() throws {
        var machine = Machine()
        let abort = machine.cancel()
        let start = machine.start("task")
        let settlement = machine.finish(.failure(.cancelled), headSoFar: nil)

        #expect(!abort, "nothing to abort yet")
        #expect(start == .completeCancelled)
        #expect(settlement?.waiter == "task")
        #expect(settlement?.headResult == .failure(.cancelled))
    }

    @Test("cancelling a running transfer asks the driver to abort it, in every phase until it is settled")
    func cancelWhileRunning() {
        var awaiting = Machine()
        _ = awaiting.start("task")
        let abortAwaiting = awaiting.cancel()

        var ready = Machine()
        _ = ready.start("task")
        _ = ready.receivedHead(Self.head)
        let abortReady = ready.cancel()

        var streaming = Self.streaming()
        let abortStreaming = streaming.cancel()
        let abortAgain = streaming.cancel()
        _ = streaming.finish(.failure(.cancelled), headSoFar: Self.head)
        let abortSettled = streaming.cancel()

        #expect(abortAwaiting)
        #expect(abortReady)
        #expect(abortStreaming)
        #expect(abortAgain, "a repeated cancel is harmless: the driver ignores a transfer it no longer runs")
        #expect(!abortSettled, "a settled transfer has nothing to abort")
    }

    @Test("a transfer ending before its head was handed over resumes the waiter with the head, or the error")
    func finishBeforeHandOver() {
        var complete = Machine()
        _ = complete.start("task")
        _ = complete.receivedHead(Self.head)  // a short response: head, body and end in one perform
        let delivered = complete.finish(.success(()), headSoFar: Self.head)
        let late = complete.takeReadyHead()
        #expect(delivered?.waiter == "task")
        #expect(delivered?.headResult == .success(Self.head))
        #expect(late == nil, "the waiter is not resumed a second time")

        var failed = Machine()
        _ = failed.start("task")
        let failure = failed.finish(.failure(Self.lost), headSoFar: nil)
        #expect(failure?.waiter == "task")
        #expect(failure?.headResult == .failure(Self.lost))
    }

    @Test("curl reporting success without any status line is a lost connection, not a response")
    func successWithoutHead() {
        var machine = Machine()
        _ = machine.start("task")
        let settlement = machine.finish(.success(()), headSoFar: nil)
        guard case .failure(let error)? = settlement?.headResult, error.kind == .connectionLost else {
            Issue.record("expected .connectionLost, got \(String(describing: settlement?.headResult))")
            return
        }
    }

    @Test("after the head was handed over, the end settles no waiter; a second finish does nothing")
    func finishAfterHandOver() {
        var machine = Self.streaming()
        let first = machine.finish(.failure(Self.lost), headSoFar: Self.head)
        let second = machine.finish(.success(()), headSoFar: Self.head)
        #expect(first != nil)
        #expect(first?.waiter == nil)
        #expect(second == nil)
    }

    @Test("back-pressure pauses the transfer (stopping its idle timer) until the reader asks for more")
    func pauseAndResume() {
        var machine = Self.streaming()
        let resumedUnpaused = machine.resume()
        #expect(!machine.isPaused)
        #expect(!resumedUnpaused, "an unpaused handle is not unpaused")

        machine.bodyOffered(.pause)
        #expect(machine.isPaused)
        let resumed = machine.resume()
        let resumedTwice = machine.resume()
        #expect(resumed)
        #expect(!machine.isPaused)
        #expect(!resumedTwice, "one unpause per pause")
    }

    @Test("body bytes arriving with the head may pause it before the head is handed over; the pause survives the hand-over")
    func pauseBeforeHandOver() {
        var machine = Machine()
        _ = machine.start("task")
        _ = machine.receivedHead(Self.head)
        machine.bodyOffered(.pause)
        #expect(machine.isPaused)

        let ready = machine.takeReadyHead()
        #expect(ready?.0 == "task")
        #expect(machine.isPaused)
        let resumed = machine.resume()
        #expect(resumed)
    }

    @Test("a refused chunk marks the transfer abandoned (curl's write error then means .cancelled)")
    func abandoned() {
        var machine = Self.streaming()
        machine.bodyOffered(.accepted)
        #expect(!machine.isAbandoned)
        machine.bodyOffered(.abandoned)
        let abort = machine.cancel()
        #expect(machine.isAbandoned)
        #expect(!machine.isPaused)
        #expect(abort, "the driver still removes the handle")
    }

    @Test("events that do not apply to the current phase change nothing")
    func irrelevantEvents() {
        var idle = Machine()
        idle.bodyOffered(.pause)
        let idleHead = idle.receivedHead(Self.head)
        let idleResume = idle.resume()
        #expect(!idle.isPaused)
        #expect(!idleHead)
        #expect(!idleResume)

        var finished = Self.streaming()
        _ = finished.finish(.success(()), headSoFar: Self.head)
        finished.bodyOffered(.abandoned)
        let finishedHead = finished.receivedHead(Self.head)
        #expect(!finished.isAbandoned)
        #expect(!finishedHead)
    }
}
#endif
