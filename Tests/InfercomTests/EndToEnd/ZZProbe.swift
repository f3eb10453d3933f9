import Foundation
import Infercom
import Testing

/// Throwaway: the proposed fix of editText, to check it is linear.
struct ZZFixedFold {
    var output: [OutputItem] = []
    mutating func apply(_ event: ResponseStreamEvent) {
        switch event {
        case .responseOutputItemAdded(let e): while output.count <= e.outputIndex { output.append(.unknown(.null)) }; output[e.outputIndex] = e.item
        case .responseOutputTextDelta(let e): editText(item: e.outputIndex, part: e.contentIndex) { $0 += e.delta }
        default: break
        }
    }
    mutating func editText(item index: Int, part partIndex: Int, _ edit: (inout String) -> Void) {
        guard output.indices.contains(index), partIndex >= 0, case .message(var message) = output[index] else { return }
        output[index] = .unknown(.null)  // release the array's reference to the message
        var parts: [ContentPart]
        switch message.content { case .parts(let p): parts = p; case .text(let t): parts = [.outputText(OutputText(text: t))]; case .unknown: parts = [] }
        message.content = .parts([])      // release the message's reference to the parts
        while parts.count <= partIndex { parts.append(.outputText(OutputText(text: ""))) }
        if case .outputText(var part) = parts[partIndex] {
            parts[partIndex] = .outputText(OutputText(text: ""))  // release the array's reference to the text
            edit(&part.text)
            parts[partIndex] = .outputText(part)
        }
        message.content = .parts(parts)
        output[index] = .message(message)
    }
}

@Test func zzFixedProbe() throws {
    func time(_ n: Int) throws -> Duration {
        let text = E2E.textStreamPrelude() + (0..<n).map { E2E.textDelta(String(repeating: "x", count: 300), sequence: $0 + 3) }.joined()
        let events = try E2E.transcriptEvents(text)
        var best = Duration.seconds(1000)
        for _ in 0..<3 {
            let clock = ContinuousClock(); let start = clock.now
            var acc = ZZFixedFold()
            for e in events { acc.apply(e) }
            best = min(best, clock.now - start)
            if case .message(let m) = acc.output[0], case .parts(let p) = m.content, case .outputText(let t) = p[0] { precondition(t.text.utf8.count == n * 300) }
        }
        return best
    }
    let a = try time(2000), b = try time(8000)
    print("PROBE fixed small=\(a) large=\(b) ratio=\(b / a)")
}
