import Infercom
import Testing

/// The comparison the round-trip tests rely on must itself notice what matters.
@Suite("Test support: JSON differences")
struct JSONDifferenceTests {
    @Test("Equal JSON has no differences; numbers compare by value")
    func equal() throws {
        #expect(JSONDifference.between(try Wire.json(#"{"a":[1,{"b":null}]}"#), try Wire.json(#"{"a":[1.0,{"b":null}]}"#)) == [])
    }

    @Test("A changed, dropped or added member is reported at its path")
    func reported() throws {
        let differences = JSONDifference.between(
            try Wire.json(#"{"a":{"b":1,"c":"x"},"d":[true]}"#), try Wire.json(#"{"a":{"b":2},"d":[true],"e":0}"#))

        #expect(differences == [
            .changed(path: "$.a.b", from: 1, to: 2),
            .dropped(path: "$.a.c", value: "x"),
            .added(path: "$.e", value: 0),
        ])
    }

    @Test("Arrays of different length are one change, not a zip of the common prefix")
    func arrayLength() throws {
        let differences = JSONDifference.between(try Wire.json("[1,2]"), try Wire.json("[1]"))
        #expect(differences == [.changed(path: "$", from: [1, 2], to: [1])])
    }
}
