import Foundation
import Infercom
import Testing

@Suite("JSONSchema derived from Decodable types")
struct SchemaDerivationTests {
    enum Mode: String, Decodable, CaseIterable, Sendable { case train, bus, ferry }
    enum Priority: Int, Decodable, CaseIterable, Sendable { case low = 1, high = 2 }

    struct Place: Decodable, Sendable {
        var name: String
        var website: URL?
    }

    struct Stop: Decodable, Sendable, JSONSchemaDescribing {
        var place: Place
        var arrival: Date
        var mode: Mode?
        static let propertyDescriptions = ["arrival": "When the traveller arrives, ISO 8601"]
    }

    struct Trip: Decodable, Sendable, JSONSchemaDescribing {
        var id: UUID
        var title: String
        var days: Int
        var budget: Double?
        var confirmed: Bool
        var stops: [Stop]
        var tags: Set<String>
        var notes: [String: String]
        var priority: Priority
        var modes: [Mode]
        static let schemaDescription: String? = "A planned trip"
        static let propertyDescriptions = ["title": "A short title", "stops": "In travel order"]
    }

    static let expectedTripSchema = #"""
        {
          "type": "object", "description": "A planned trip", "additionalProperties": false,
          "required": ["id", "title", "days", "budget", "confirmed", "stops", "tags", "notes", "priority", "modes"],
          "properties": {
            "id": {"type": "string", "format": "uuid"},
            "title": {"type": "string", "description": "A short title"},
            "days": {"type": "integer"},
            "budget": {"type": ["number", "null"]},
            "confirmed": {"type": "boolean"},
            "stops": {"type": "array", "description": "In travel order", "items": {
              "type": "object", "additionalProperties": false, "required": ["place", "arrival", "mode"],
              "properties": {
                "place": {"type": "object", "additionalProperties": false, "required": ["name", "website"],
                          "properties": {"name": {"type": "string"}, "website": {"type": ["string", "null"], "format": "uri"}}},
                "arrival": {"type": "string", "format": "date-time", "description": "When the traveller arrives, ISO 8601"},
                "mode": {"type": ["string", "null"], "enum": ["train", "bus", "ferry", null]}
              }}},
            "tags": {"type": "array", "items": {"type": "string"}},
            "notes": {"type": "object", "additionalProperties": {"type": "string"}},
            "priority": {"type": "integer", "enum": [1, 2]},
            "modes": {"type": "array", "items": {"type": "string", "enum": ["train", "bus", "ferry"]}}
          }
        }
        """#

    @Test("a nested type's schema: objects, arrays, optionals as [T, null], enums, dictionaries, Date/URL/UUID, descriptions")
    func nestedTypeSchema() throws {
        let schema = try JSONSchema(for: Trip.self)
        #expect(JSONValue.object(schema.object) == Fixture.json(Self.expectedTripSchema))
    }

    @Test("the derived schema accepts a value of the type and the type decodes it")
    func schemaAcceptsAValue() throws {
        let text = #"""
            {"id":"6F9619FF-8B86-D011-B42D-00CF4FC964FF","title":"Andes","days":5,"budget":null,"confirmed":true,
             "stops":[{"place":{"name":"Quito","website":"https://quito.example"},"arrival":"2026-04-18T15:30:00Z","mode":"bus"},
                      {"place":{"name":"Cusco","website":null},"arrival":"2026-04-20T09:00:00.250Z","mode":null}],
             "tags":["mountains"],"notes":{"food":"ceviche"},"priority":2,"modes":["bus","train"]}
            """#
        let schema = try JSONSchema(for: Trip.self)
        let trip = try StructuredOutput.decode(Trip.self, from: text, schema: schema)
        #expect(trip.stops.count == 2 && trip.stops[0].mode == .bus && trip.stops[1].place.website == nil)
        #expect(trip.stops[0].arrival == Date(timeIntervalSince1970: 1_776_526_200))
        #expect(trip.priority == .high && trip.notes["food"] == "ceviche")
    }

    struct Node: Decodable { var name: String; var children: [Node] }
    struct Wrapper: Decodable { var node: Indirect }
    final class Indirect: Decodable { var next: Indirect? }
    enum Level: Int, Decodable { case one = 1 }
    enum Shade: String, Decodable { case dark }
    enum Shape: Decodable { case circle(radius: Double), square(side: Double) }
    struct HasLevel: Decodable { var level: Level }
    struct HasShade: Decodable { var shade: Shade }
    struct HasShape: Decodable { var shape: Shape }
    struct AnyJSON: Decodable { var payload: JSONValue }
    struct IntKeys: Decodable { var counts: [Int: String] }
    struct Conditional: Decodable {
        var kind: String
        var detail: String?
        enum CodingKeys: String, CodingKey { case kind, detail }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(String.self, forKey: .kind)
            detail = container.contains(.detail) ? try container.decode(String.self, forKey: .detail) : nil
        }
    }
    struct Picky: Decodable {
        var count: Int
        init(from decoder: any Decoder) throws {
            count = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .count)
            guard count > 0 else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "count must be positive")) }
        }
        enum CodingKeys: String, CodingKey { case count }
    }
    struct Misdescribed: Decodable, JSONSchemaDescribing {
        var name: String
        static let propertyDescriptions = ["nmae": "typo"]
    }

    struct Unsupported: Sendable, CustomTestStringConvertible {
        var label: String
        var derive: @Sendable () throws -> Void
        var kind: SchemaDerivationError.Kind
        var path: String
        var testDescription: String { label }
    }

    static let unsupported: [Unsupported] = [
        Unsupported(label: "a recursive struct", derive: { _ = try JSONSchema(for: Node.self) }, kind: .recursiveType, path: "$.children[]"),
        Unsupported(label: "a recursive class through an optional", derive: { _ = try JSONSchema(for: Wrapper.self) }, kind: .recursiveType, path: "$.node.next"),
        Unsupported(label: "an Int enum without CaseIterable", derive: { _ = try JSONSchema(for: HasLevel.self) }, kind: .unsupportedEnum, path: "$.level"),
        Unsupported(label: "a String enum without CaseIterable", derive: { _ = try JSONSchema(for: HasShade.self) }, kind: .unsupportedEnum, path: "$.shade"),
        Unsupported(label: "an enum with associated values", derive: { _ = try JSONSchema(for: HasShape.self) }, kind: .dataDependentDecoding, path: "$.shape"),
        Unsupported(label: "any JSON value", derive: { _ = try JSONSchema(for: AnyJSON.self) }, kind: .unsupportedType, path: "$.payload"),
        Unsupported(label: "a dictionary with Int keys", derive: { _ = try JSONSchema(for: IntKeys.self) }, kind: .unsupportedType, path: "$.counts"),
        Unsupported(label: "a custom init(from:) that decodes conditionally", derive: { _ = try JSONSchema(for: Conditional.self) }, kind: .dataDependentDecoding, path: "$"),
        Unsupported(label: "a custom init(from:) that rejects placeholders", derive: { _ = try JSONSchema(for: Picky.self) }, kind: .decodingFailed, path: "$"),
        Unsupported(label: "a description of a key the type lacks", derive: { _ = try JSONSchema(for: Misdescribed.self) }, kind: .unknownDescribedProperty, path: "$"),
        Unsupported(label: "an array at the top", derive: { _ = try JSONSchema(for: [String].self) }, kind: .rootNotObject, path: "$"),
        Unsupported(label: "an optional at the top", derive: { _ = try JSONSchema(for: Place?.self) }, kind: .rootNotObject, path: "$"),
    ]

    @Test("a type the schema cannot describe is a typed error naming the reason and path", arguments: unsupported)
    func unsupportedTypes(_ type: Unsupported) {
        do {
            try type.derive()
            Issue.record("a schema was derived")
        } catch let error as SchemaDerivationError {
            #expect(error.kind == type.kind, "\(error)")
            #expect(error.path == type.path, "\(error)")
        } catch {
            Issue.record("expected SchemaDerivationError, got \(error)")
        }
    }
}
