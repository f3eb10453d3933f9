import Testing

@testable import GeneratorCore

@Suite("Struct emitter")
struct StructEmitterTests {
    @Test("an object becomes a Codable struct with a memberwise init and explicit coding keys")
    func wholeStruct() throws {
        try assertSwift(Spec.schemas("""
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                nick_name: {type: string}
            """), declaration: "Pet", equals: """
            /// - Remark: Generated from `#/components/schemas/Pet`.
            public struct Pet: Codable, Hashable, Sendable {
                public var name: String
                public var nickName: String?

                /// Creates a value from its members; optional members default to `nil`.
                public init(name: String, nickName: String? = nil) {
                    self.name = name
                    self.nickName = nickName
                }

                private enum CodingKeys: String, CodingKey {
                    case name
                    case nickName = "nick_name"
                }

                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    self.name = try container.decode(String.self, forKey: .name)
                    self.nickName = try container.decodeIfPresent(String.self, forKey: .nickName)
                }

                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.container(keyedBy: CodingKeys.self)
                    try container.encode(self.name, forKey: .name)
                    try container.encodeIfPresent(self.nickName, forKey: .nickName)
                }
            }

            """)
    }

    @Test("a required nullable property always writes its key (null when nil); an optional one omits it")
    func nullEncoding() throws {
        try assertSwift(Spec.schemas("""
            Holder:
              type: object
              required: [must]
              properties:
                must: {type: [string, 'null']}
                may: {type: [string, 'null']}
            """), declaration: "Holder", contains: [
                "public var must: String?",
                "try container.encode(self.must, forKey: .must)",
                "try container.encodeIfPresent(self.may, forKey: .may)",
            ])
    }

    @Test("a const property is not stored and is always written")
    func constants() throws {
        try assertSwift(Spec.schemas("""
            List:
              type: object
              required: [object]
              properties:
                object: {const: list}
                count: {type: integer}
            """), declaration: "List", contains: [
                "public init(count: Int? = nil) {",
                "try container.encode(\"list\", forKey: .object)",
            ])
    }

    @Test("a default fills a missing required key when decoding and is the init's default argument")
    func defaults() throws {
        try assertSwift(Spec.schemas("""
            Options:
              type: object
              required: [count, mode]
              properties:
                count: {type: integer, default: 3}
                mode: {type: string, default: fast}
            """), declaration: "Options", contains: [
                "/// Default: `3`.",
                "public init(count: Int = 3, mode: String = \"fast\") {",
                "self.count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 3",
            ])
    }

    @Test("properties named like keywords are escaped wherever they are referenced")
    func keywordProperties() throws {
        try assertSwift(Spec.schemas("""
            Keywords:
              type: object
              required: [default]
              properties:
                default: {type: string}
                class: {type: string}
            """), declaration: "Keywords", contains: [
                "public var `default`: String",
                "public init(default: String, class: String? = nil) {",
                "self.default = `default`",
                "case `class`",
                "try container.encode(self.`default`, forKey: .`default`)",
            ])
    }

    @Test("a property named 'self' gets a Swift name of its own, since self.self is the value itself")
    func propertyNamedSelf() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Link:
              type: object
              properties:
                self: {type: string}
            """))
        let property = try Stages.property("self", of: "Link", in: model)
        #expect(property.swiftName != "self", "`init(self: String?)` shadows self and `self.self = …` does not compile")
    }

    @Test("a property that makes its struct recursive is stored in an Indirect box behind a computed property")
    func indirectStorage() throws {
        try assertSwift(Spec.schemas("""
            Node:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Node'}
            """), declaration: "Node", contains: [
                "public var parent: Node? {\n        get { _parent?.value }\n        set { _parent = newValue.map(Indirect.init) }\n    }",
                "private var _parent: Indirect<Node>?",
                "self._parent = (try container.decodeIfPresent(Node.self, forKey: .parent)).map(Indirect.init)",
                "try container.encodeIfPresent(self._parent?.value, forKey: .parent)",
            ])
    }

    @Test("a deprecated property is marked so, and coding uses its private storage to avoid warnings")
    func deprecatedProperty() throws {
        try assertSwift(Spec.schemas("""
            Legacy:
              type: object
              properties:
                old: {type: string, deprecated: true}
            """), declaration: "Legacy", contains: [
                "    @available(*, deprecated)\n    public var old: String? {",
                "private var _old: String?",
                "try container.encodeIfPresent(self._old, forKey: .old)",
            ])
    }

    @Test("additionalProperties beside named properties are kept in a dictionary that round-trips")
    func additionalProperties() throws {
        try assertSwift(Spec.schemas("""
            Open:
              type: object
              additionalProperties: {type: integer}
              properties:
                id: {type: string}
            """), declaration: "Open", contains: [
                "public var additionalProperties: [String: Int] = [:]",
                "private enum CodingKeys: String, CodingKey, CaseIterable {",
                "self.additionalProperties = try JSONKey.decodeUnknownMembers(from: decoder, known: CodingKeys.self)",
                "try JSONKey.encodeUnknownMembers(",
            ])
    }

    @Test("objects without properties are dictionaries, and a schema with no type is free-form JSON")
    func aliases() throws {
        let yaml = Spec.schemas("""
            Counts: {type: object, additionalProperties: {type: integer}}
            Anything: {}
            """)
        try assertSwift(yaml, declaration: "Counts", contains: ["public typealias Counts = [String: Int]"])
        try assertSwift(yaml, declaration: "Anything", contains: ["public typealias Anything = JSONValue"])
    }

    @Test("the configured access level is used for every declaration and member")
    func accessLevel() throws {
        var configuration = GeneratorConfiguration()
        configuration.accessLevel = .internal
        try assertSwift(Spec.schemas("Pet: {type: object, properties: {name: {type: string}}}"),
                        declaration: "Pet", contains: [
                            "internal struct Pet: Codable, Hashable, Sendable {",
                            "    internal var name: String?",
                            "    internal init(name: String? = nil) {",
                        ], configuration: configuration)
    }

    @Test("a string default on a property typed by a string alias or a union is a literal that type accepts")
    func defaultsForNonEnumTypes() throws {
        let files = try Stages.files(Spec.schemas("""
            Identifier: {type: string}
            Stop: {oneOf: [{type: string}, {type: array, items: {type: string}}]}
            Options:
              type: object
              required: [id, stop]
              properties:
                id: {$ref: '#/components/schemas/Identifier', default: abc}
                stop: {$ref: '#/components/schemas/Stop', default: x}
            """))
        let text = try #require(SwiftSnippets.declaration("Options", in: files))
        #expect(text.contains("id: Identifier = \"abc\""), "\(text)")
        #expect(!text.contains(".init(rawValue:"), "only open enums have init(rawValue:):\n\(text)")
    }

    @Test("a string default containing a newline stays inside its one-line doc comment")
    func multilineDefaultDocumentation() throws {
        let files = try Stages.files(Spec.schemas("""
            Options:
              type: object
              properties:
                separator: {type: string, default: "\\n"}
            """))
        let text = try #require(SwiftSnippets.declaration("Options", in: files))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let property = try #require(lines.firstIndex { $0.contains("public var separator") })
        #expect(lines[property - 1].hasPrefix("    /// Default: "), "the line before the property is \(lines[property - 1].debugDescription)")
    }
}
