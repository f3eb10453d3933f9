import Foundation
import Infercom
import Testing

/// decode → encode → decode gives an equal value, and the encoding says what the fixture said.
///
/// The encoding is the fixture's JSON: unknown members, `null`s and absent members (a `const`
/// `type` included) come back as they were.
@Suite("Decoding: round trips")
struct RoundTripTests {
    @Test("Every JSON fixture decodes into its type", arguments: Wire.jsonFixtures)
    func everyFixtureHasAType(fixture: String) throws {
        let kind = try #require(FixtureKind(fixture: fixture), "no type known for \(fixture)")
        _ = try kind.roundTrip(Wire.data(ofFixture: fixture))
    }

    @Test("decode → encode → decode gives an equal value", arguments: Wire.jsonFixtures)
    func stableValue(fixture: String) throws {
        let kind = try #require(FixtureKind(fixture: fixture))
        #expect(try kind.roundTrip(Wire.data(ofFixture: fixture)).isStable)
    }

    @Test("The encoding is the fixture's JSON, member for member", arguments: Wire.jsonFixtures)
    func sameJSON(fixture: String) throws {
        let kind = try #require(FixtureKind(fixture: fixture))
        #expect(try kind.roundTrip(Wire.data(ofFixture: fixture)).differences == [])
    }

    @Test(
        "Every stream event round-trips and re-encodes to its JSON",
        arguments: ["stream-transcript.sse", "stream-function-call.sse", "stream-error-event.sse"])
    func streamEvents(fixture: String) throws {
        for event in try StreamTranscript.events(ofFixture: fixture) {
            let trip = try Wire.roundTrip(ResponseStreamEvent.self, Data(event.data.utf8))

            #expect(trip.decoded == trip.redecoded)
            #expect(trip.differences == [], "event \(event.name ?? "?")")
        }
    }

    @Test("Messages decoded without a type are re-encoded without one; built in code they carry type \"message\"")
    func messageTypeIsNotInvented() throws {
        let trip = try Wire.roundTrip(CreateResponseRequest.self, Wire.data(ofFixture: "request-multi-turn.json"))

        #expect(trip.differences == [])
        #expect(try Wire.encodedJSON(InputItem.message(Message(role: .user, content: "Hi")))["type"] == "message")
    }

    @Test("Optional members sent as null are written back as null; nothing changes")
    func nullsAreKept() throws {
        let trip = try Wire.roundTrip(Response.self, Wire.data(ofFixture: "response-function-call.json"))

        #expect(trip.differences == [])
        #expect(trip.decoded.error == nil)
    }

    @Test("An error envelope's null param and code are written back as null")
    func errorNullsAreKept() throws {
        let trip = try Wire.roundTrip(ErrorBody.self, Wire.data(ofFixture: "error-missing-api-key.json"))

        #expect(trip.differences == [])
    }

    @Test("A nil optional member of a value built in code is left out; null and absent decode to equal values")
    func nilInCodeIsLeftOut() throws {
        let detail = ErrorDetail(message: "m", type: "t")
        let decodedWithNulls = try Wire.decode(ErrorDetail.self, from: #"{"message":"m","type":"t","param":null,"code":null}"#)

        #expect(try Wire.encodedText(detail) == #"{"message":"m","type":"t"}"#)
        #expect(decodedWithNulls == detail)
    }

    @Test("Every fixture is exercised: JSON fixtures by type, .sse by event, the 503 text as non-JSON")
    func everyFixtureIsCovered() {
        let all = Wire.fixtureNames(withSuffix: "")
        let covered = Set(Wire.jsonFixtures)
            .union(["stream-transcript.sse", "stream-function-call.sse", "stream-error-event.sse", "error-503.txt"])
            .union(["recorded-stream.jsonl"])  // replayed to the transcript's events by the record/replay tests
            .union(["loopback-traffic.jsonl"])  // kept current by LoopbackTraffic, checked against the spec by check-traffic
        #expect(Set(all).subtracting(covered) == [])
    }
}
