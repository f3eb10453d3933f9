import Foundation
import Infercom
import Testing

/// decode → encode → decode gives an equal value, and the encoding says what the fixture said.
///
/// The encoding may differ from the fixture only by design (`JSONDifference.isByDesign`):
/// an optional member sent as `null` is left out, and a message's const `type` is written.
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

    @Test("The encoding is the fixture's JSON, up to by-design differences", arguments: Wire.jsonFixtures)
    func sameJSON(fixture: String) throws {
        let kind = try #require(FixtureKind(fixture: fixture))
        #expect(try kind.roundTrip(Wire.data(ofFixture: fixture)).differences.unexpected == [])
    }

    @Test(
        "Every stream event round-trips and re-encodes to its JSON",
        arguments: ["stream-transcript.sse", "stream-function-call.sse", "stream-error-event.sse"])
    func streamEvents(fixture: String) throws {
        for event in try StreamTranscript.events(ofFixture: fixture) {
            let trip = try Wire.roundTrip(ResponseStreamEvent.self, Data(event.data.utf8))

            #expect(trip.decoded == trip.redecoded)
            #expect(trip.differences.unexpected == [], "event \(event.name ?? "?")")
        }
    }

    @Test("Messages given without a type get type \"message\" written back")
    func messageTypeIsWritten() throws {
        let trip = try Wire.roundTrip(CreateResponseRequest.self, Wire.data(ofFixture: "request-multi-turn.json"))

        #expect(trip.differences == [
            .added(path: "$.input[0].type", value: "message"),
            .added(path: "$.input[2].type", value: "message"),
        ])
    }

    @Test("Optional members sent as null are left out when re-encoded; nothing else changes")
    func nullsAreDropped() throws {
        let trip = try Wire.roundTrip(Response.self, Wire.data(ofFixture: "response-function-call.json"))

        #expect(trip.differences == [
            .dropped(path: "$.error", value: nil),
            .dropped(path: "$.incomplete_details", value: nil),
            .dropped(path: "$.instructions", value: nil),
            .dropped(path: "$.previous_response_id", value: nil),
            .dropped(path: "$.reasoning.summary", value: nil),
            .dropped(path: "$.tools[0].strict", value: nil),
            .dropped(path: "$.user", value: nil),
        ])
    }

    @Test("An error envelope's null param and code are left out when re-encoded")
    func errorNullsAreDropped() throws {
        let trip = try Wire.roundTrip(ErrorBody.self, Wire.data(ofFixture: "error-missing-api-key.json"))

        #expect(trip.differences == [
            .dropped(path: "$.error.code", value: nil),
            .dropped(path: "$.error.param", value: nil),
        ])
    }

    @Test("Every fixture is exercised: JSON fixtures by type, .sse by event, the 503 text as non-JSON")
    func everyFixtureIsCovered() {
        let all = Wire.fixtureNames(withSuffix: "")
        let covered = Set(Wire.jsonFixtures)
            .union(["stream-transcript.sse", "stream-function-call.sse", "stream-error-event.sse", "error-503.txt"])
            .union(["recorded-stream.jsonl"])  // replayed to the transcript's events by the record/replay tests
        #expect(Set(all).subtracting(covered) == [])
    }
}
