import Testing

@testable import GeneratorCore

@Suite("Enum and union emitters")
struct EnumAndUnionEmitterTests {
    @Test("a string enum is open: known values are cases, anything else is kept in unknown(String)")
    func openEnum() throws {
        try assertSwift(Spec.schemas("Status: {type: string, enum: [queued, in_progress]}"), declaration: "Status", equals: """
            /// - Remark: Generated from `#/components/schemas/Status`.
            public enum Status: CaseListedOpenEnum {
                case queued, inProgress
                /// A value this version of the bindings does not know; the raw string is kept.
                case unknown(String)

                public static let allCases: [Status] = [.queued, .inProgress]

                public var rawValue: String {
                    switch self {
                    case .queued: "queued"
                    case .inProgress: "in_progress"
                    case .unknown(let value): value
                    }
                }
            }

            """)
    }

    @Test("enum values that are keywords are escaped, and a value 'unknown' does not take the fallback case")
    func enumCaseNames() throws {
        try assertSwift(Spec.schemas("Choice: {type: string, enum: [none, default, unknown]}"), declaration: "Choice", contains: [
            "case none, `default`, unknown2",
            "case .`default`: \"default\"",
            "case .unknown2: \"unknown\"",
            "case unknown(String)",
        ])
    }

    @Test("a tagged union reads the tag once and switches over it; other tags keep the whole payload")
    func taggedUnion() throws {
        try assertSwift(Spec.schemas("""
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
              discriminator: {propertyName: kind}
            Circle: {type: object, required: [kind], properties: {kind: {const: circle}}}
            Square: {type: object, required: [kind], properties: {kind: {const: square}}}
            """), declaration: "Shape", contains: [
                "    /// `kind`: `circle`.\n    case circle(Circle)",
                "let tag = try? decoder.container(keyedBy: JSONKey.self).decodeIfPresent(String.self, forKey: JSONKey(\"kind\"))",
                "        switch tag {\n        case \"circle\"?: self = .circle(try Circle(from: decoder))",
                "        default: self = .unknown(try JSONValue(from: decoder))",
                "        case .unknown(let value): try value.encode(to: encoder)",
            ])
    }

    @Test("a tagged union with a default tag treats a payload without the tag as that variant")
    func taggedUnionDefault() throws {
        try assertSwift(Spec.schemas("""
            Item:
              oneOf: [{$ref: '#/components/schemas/Message'}, {$ref: '#/components/schemas/Call'}]
              discriminator: {propertyName: type}
            Message: {type: object, properties: {type: {type: string, enum: [message], default: message}}}
            Call: {type: object, required: [type], properties: {type: {const: call}}}
            """), declaration: "Item", contains: [
                "switch tag ?? \"message\" {",
                "case \"message\": self = .message(try Message(from: decoder))",
            ])
    }

    @Test("a recursive union is an indirect enum")
    func indirectUnion() throws {
        try assertSwift(Spec.schemas("""
            Expr:
              oneOf: [{type: string}, {$ref: '#/components/schemas/Not'}]
            Not: {type: object, required: [operand], properties: {operand: {$ref: '#/components/schemas/Expr'}}}
            """), declaration: "Expr", contains: ["public indirect enum Expr: Codable, Hashable, Sendable"])
    }

    @Test("an untagged union chooses its variant by evidence, decodes it with try, keeps unknown shapes whole, and takes literals")
    func untaggedUnion() throws {
        try assertSwift(Spec.schemas("""
            Stop:
              oneOf: [{type: string}, {type: array, items: {type: string}}]
            """), declaration: "Stop", contains: [
                "public enum Stop: Codable, Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {",
                "        switch try Self.evidence.member(for: decoder) {\n"
                    + "        case 0?: self = .string(try String(from: decoder))\n"
                    + "        case 1?: self = .array(try [String].init(from: decoder))\n"
                    + "        default: self = .unknown(try JSONValue(from: decoder))",
                "    private static let evidence = UnionEvidence(for: Self.self, [\n"
                    + "        .member([.string]),\n"
                    + "        .member([.array]),\n"
                    + "    ])",
                "case .unknown(let value): try value.encode(to: encoder)",
                "public init(arrayLiteral elements: String...) {",
            ])
    }

    @Test("untagged object variants are named after their titles")
    func untaggedTitles() throws {
        try assertSwift(Spec.schemas("""
            Place:
              anyOf:
                - {title: Address, type: object, properties: {street: {type: string}}}
                - {title: Coordinates, type: object, properties: {lat: {type: number}}}
            """), declaration: "Place", contains: ["case address(PlaceAddress)", "case coordinates(PlaceCoordinates)"])
    }
}
