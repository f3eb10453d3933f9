import Foundation
import Infercom
import Testing

/// JSON in and out of the generated types, the way the client does it, plus fixture access.
///
/// Encoding uses sorted keys so encoded text can be compared exactly.
enum Wire {
    /// The JSON fixtures in `Tests/Fixtures`, by name.
    static var jsonFixtures: [String] { fixtureNames(withSuffix: ".json") }

    static func fixtureNames(withSuffix suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    static func data(ofFixture name: String) throws -> Data {
        Data(try #require(Fixtures.bytes(name), "fixture \(name) is missing"))
    }

    static func text(ofFixture name: String) throws -> String {
        String(decoding: try data(ofFixture: name), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, fixture name: String) throws -> T {
        try JSONDecoder().decode(type, from: data(ofFixture: name))
    }

    static func decode<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The fixture as plain JSON, with no generated type in between.
    static func json(ofFixture name: String) throws -> JSONValue {
        try decode(JSONValue.self, fixture: name)
    }

    static func json(_ text: String) throws -> JSONValue {
        try decode(JSONValue.self, from: text)
    }

    /// The encoded text, keys sorted, slashes unescaped.
    static func encodedText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// What `value` encodes to, read back as plain JSON.
    static func encodedJSON<T: Encodable>(_ value: T) throws -> JSONValue {
        try json(encodedText(value))
    }

    /// Decodes `json` as `T`, encodes it, and decodes the encoding again.
    static func roundTrip<T: Codable>(_ type: T.Type, _ json: Data) throws -> RoundTrip<T> {
        let first = try JSONDecoder().decode(type, from: json)
        let encoded = try encodedText(first)
        let second = try decode(type, from: encoded)
        return RoundTrip(
            decoded: first, redecoded: second,
            differences: JSONDifference.between(try JSONDecoder().decode(JSONValue.self, from: json), try Wire.json(encoded)))
    }
}

/// The result of decode → encode → decode.
struct RoundTrip<Value> {
    var decoded: Value
    var redecoded: Value
    /// How the encoding differs from the JSON that was decoded.
    var differences: [JSONDifference]
}

/// What a fixture decodes into, chosen by its name.
enum FixtureKind: String, Sendable, CaseIterable {
    case response, request, outputItem, errorBody

    init?(fixture name: String) {
        switch name {
        case _ where name.hasPrefix("response-"): self = .response
        case _ where name.hasPrefix("request-"): self = .request
        case _ where name.hasPrefix("output-item-"): self = .outputItem
        case _ where name.hasPrefix("error-"): self = .errorBody
        default: return nil
        }
    }

    /// Round-trips `json` through the generated type; `isStable` says decode → encode → decode gave an equal value.
    func roundTrip(_ json: Data) throws -> (isStable: Bool, differences: [JSONDifference]) {
        func run<T: Codable & Equatable>(_ type: T.Type) throws -> (Bool, [JSONDifference]) {
            let trip = try Wire.roundTrip(type, json)
            return (trip.decoded == trip.redecoded, trip.differences)
        }
        switch self {
        case .response: return try run(Response.self)
        case .request: return try run(CreateResponseRequest.self)
        case .outputItem: return try run(OutputItem.self)
        case .errorBody: return try run(ErrorBody.self)
        }
    }
}
