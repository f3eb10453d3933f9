import Foundation
import Infercom
import Testing

/// Large members live in copy-on-write boxes (`Indirect`, `indirect enum`): the types keep value
/// semantics, mutate in place, compare and hash by value, and code exactly as before.
@Suite("Models: large members boxed on the heap keep value semantics")
struct BoxedValueTests {
    static let completed = #"{"type":"response.completed","sequence_number":7,"response":"#
        + Fixture.response("resp_1", [Fixture.message("msg_1", "Hello")]) + "}"

    static func event() throws -> ResponseCompletedEvent {
        try JSONDecoder().decode(ResponseCompletedEvent.self, from: Data(completed.utf8))
    }

    @Test("mutating a copy leaves the original alone, through required and optional boxes")
    func copiesAreIndependent() throws {
        let original = try Self.event()
        var copy = original
        copy.response.id = "resp_2"
        copy.response.usage?.inputTokens = 99
        copy.response.output.removeAll()
        #expect(original.response.id == "resp_1")
        #expect(original.response.usage?.inputTokens == 10)
        #expect(original.response.output.count == 1)
        #expect(copy.response.id == "resp_2")
        #expect(copy.response.usage?.inputTokens == 99)
        #expect(copy.response.output.isEmpty)
        #expect(copy != original)
    }

    @Test("a value that is not shared is mutated in place: appending through the box does not copy the array")
    func uniqueValuesMutateInPlace() throws {
        var event = try Self.event()
        event.response.output.reserveCapacity(16)
        let before = event.response.output.withUnsafeBufferPointer { $0.baseAddress }
        event.response.output.append(event.response.output[0])
        let after = event.response.output.withUnsafeBufferPointer { $0.baseAddress }
        #expect(before == after)
        #expect(event.response.output.count == 2)
    }

    @Test("equal values in different boxes are equal and hash alike; different ones are not equal")
    func equalityAndHashingAreByValue() throws {
        let first = try Self.event(), second = try Self.event()
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        var changed = second
        changed.response.usage = nil
        #expect(changed != first)
    }

    @Test("a boxed member encodes and decodes exactly as an inline one did")
    func codingIsUnchanged() throws {
        let event = try Self.event()
        let encoded = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(ResponseCompletedEvent.self, from: encoded) == event)
        let original = try JSONSerialization.jsonObject(with: Data(Self.completed.utf8)) as? NSDictionary
        let again = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        #expect(original == again)
    }

    @Test("a stream event and an output item are one reference wide, however large their members")
    func unionsAreOneReference() {
        #expect(MemoryLayout<ResponseStreamEvent>.size == MemoryLayout<Int>.size)
        #expect(MemoryLayout<OutputItem>.size == MemoryLayout<Int>.size)
        #expect(MemoryLayout<ResponseCompletedEvent>.size < MemoryLayout<Response>.size)
    }

    @Test("dump shows the boxed value, not the box")
    func reflectionShowsTheValue() throws {
        var text = ""
        dump(try Self.event(), to: &text)
        #expect(text.contains("resp_1"))
        #expect(!text.contains("Box"))
    }
}
