import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A generated open struct tells its own members from those that go to `additionalProperties` by
/// a `KnownMembers` table: scanned when short, hashed when long. Both ways must give the same answer.
@Suite("Known members of an open struct")
struct KnownMembersTests {
    /// Tables on both sides of the length where lookup switches from scanning to hashing.
    static let tables: [[String]] = (0...12).map { count in (0..<count).map { "member_\($0)" } }

    @Test("every listed name is known and no other name is, whatever the table's length", arguments: tables)
    func membership(names: [String]) {
        let known = KnownMembers(names)
        for name in names { #expect(known.contains(name)) }
        for other in ["", "member_", "member_99", "Member_0", "member_0 ", "mémber_0"] { #expect(!known.contains(other)) }
    }

    @Test("decoding keeps exactly the members not in the table, with the JSON tape and with JSONDecoder")
    func unknownMembers() throws {
        try expectUnknownMembers(of: ShortProbe.self)
        try expectUnknownMembers(of: LongProbe.self)
    }

    func expectUnknownMembers<P: Probe>(of probe: P.Type) throws {
        let object = Dictionary(uniqueKeysWithValues: (P.names + ["extra", "other"]).map { ($0, JSONValue.integer(1)) })
        let json = try JSONEncoder().encode(JSONValue.object(object))
        let expected: [String: JSONValue] = ["extra": 1, "other": 1]

        #expect(try JSONTapeDecoder().decode(P.self, from: json).unknown == expected)
        #expect(try JSONDecoder().decode(P.self, from: json).unknown == expected)
    }
}

/// Decodes only the unknown members of an object, as generated `init(from:)` does last.
protocol Probe: Decodable {
    static var names: [String] { get }
    var unknown: [String: JSONValue] { get }
}

struct ShortProbe: Probe {
    static let names = ["a", "b", "c"]
    var unknown: [String: JSONValue]

    init(from decoder: any Decoder) throws {
        unknown = try decoder.objectContainer().unknownMembers(besides: KnownMembers(Self.names))
    }
}

struct LongProbe: Probe {
    static let names = (0..<20).map { "member_\($0)" }
    var unknown: [String: JSONValue]

    init(from decoder: any Decoder) throws {
        unknown = try decoder.objectContainer().unknownMembers(besides: KnownMembers(Self.names))
    }
}
