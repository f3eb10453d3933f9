import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `additionalProperties` whose schema admits `null` (3.0 `nullable: true`, 3.1 `type: [X, "null"]`)
/// are generated as optional values, `[String: Double?]`, and undescribed members of such an object
/// as `[String: String?]`: a `null` value is kept under its key and written back as `null`.
@Suite("Nullable map values")
struct NullableMapValueTests {
    /// As the generator writes an object with `calibration: {additionalProperties: {nullable: true}}`
    /// and nullable undescribed members (Tests/Golden/openapi30-nullable).
    struct Readings: OpenObject {
        var calibration: [String: Double?]?
        var additionalProperties: [String: String?] = [:]
        private var decodedNils = DecodedNils()

        init(calibration: [String: Double?]? = nil, additionalProperties: [String: String?] = [:]) {
            self.calibration = calibration
            self.additionalProperties = additionalProperties
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.objectContainer()
            self.calibration = try container.decodeOptional(forKey: "calibration", nils: &decodedNils)
            self.additionalProperties = try container.unknownMembers(besides: ["calibration"])
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.objectContainer()
            try container.encodeOptional(self.calibration, forKey: "calibration", nils: decodedNils)
            try JSONKey.encodeUnknownMembers(self.additionalProperties, to: encoder)
        }
    }

    static let json = #"{"calibration":{"a":null,"b":1.5},"note":null,"owner":"lab"}"#

    @Test("a null value decodes as nil under its key, with the client's decoder and with JSONDecoder")
    func decodesNullValues() throws {
        for readings in [try JSONTapeDecoder().decode(Readings.self, from: Array(Self.json.utf8)),
                         try JSONDecoder().decode(Readings.self, from: Data(Self.json.utf8))] {
            let calibration = try #require(readings.calibration)
            #expect(calibration.keys.sorted() == ["a", "b"])
            #expect(calibration["a"] == .some(nil))
            #expect(calibration["b"] == 1.5)
            #expect(readings.additionalProperties.keys.sorted() == ["note", "owner"])
            #expect(readings.additionalProperties["note"] == .some(nil))
            #expect(readings.additionalProperties["owner"] == "lab")
        }
    }

    @Test("encoding writes the nulls back, so the object round-trips")
    func encodesNullValues() throws {
        let readings = try JSONTapeDecoder().decode(Readings.self, from: Array(Self.json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(readings), as: UTF8.self)
        #expect(text == #"{"calibration":{"a":null,"b":1.5},"note":null,"owner":"lab"}"#)
    }
}
