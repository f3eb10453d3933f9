import Testing

@testable import GeneratorCore

@Suite("Struct emitter")
struct StructEmitterTests {
    @Test("an object becomes a Codable struct with a memberwise init, members read and written by their JSON names, kept unknown members and nil spelling")
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
            public struct Pet: OpenObject {
                public var name: String
                public var nickName: String?
                public var additionalProperties: [String: JSONValue] = [:]
                private var decodedNils = DecodedNils()

                public init(name: String, nickName: String? = nil, additionalProperties: [String: JSONValue] = [:]) {
                    self.name = name
                    self.nickName = nickName
                    self.additionalProperties = additionalProperties
                }
            }

            extension Pet {
                private static let knownMembers: KnownMembers = ["name", "nick_name"]

                public init(from decoder: any Decoder) throws {
                    let container = try decoder.objectContainer()
                    self.name = try container.decode(forKey: "name")
                    self.nickName = try container.decodeOptional(forKey: "nick_name", nils: &decodedNils)
                    self.additionalProperties = try container.unknownMembers(besides: Self.knownMembers)
                }

                public func encode(to encoder: any Encoder) throws {
                    var container = encoder.objectContainer()
                    try container.encode(self.name, forKey: "name")
                    try container.encodeOptional(self.nickName, forKey: "nick_name", nils: decodedNils)
                    try JSONKey.encodeUnknownMembers(self.additionalProperties, to: encoder)
                }
            }

            """)
    }

    @Test("a required nullable property writes its key (null when nil) unless it was absent; an optional one omits it unless it was null")
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
                "self.must = try container.decodeNullable(forKey: \"must\", nils: &decodedNils)",
                "self.may = try container.decodeOptional(forKey: \"may\", nils: &decodedNils)",
                "try container.encodeNullable(self.must, forKey: \"must\", nils: decodedNils)",
                "try container.encodeOptional(self.may, forKey: \"may\", nils: decodedNils)",
                "private var decodedNils = DecodedNils()",
            ])
    }

    @Test("a const property is not stored: decoding checks it and records its absence, encoding writes it unless it was absent")
    func constants() throws {
        try assertSwift(Spec.schemas("""
            List:
              type: object
              required: [object]
              properties:
                object: {const: list}
                count: {type: integer}
            """), declaration: "List", contains: [
                "public init(count: Int? = nil, additionalProperties: [String: JSONValue] = [:]) {",
                "try container.decodeConstant(\"list\", forKey: \"object\", nils: &decodedNils)",
                "try container.encodeConstant(\"list\", forKey: \"object\", nils: decodedNils)",
                "private var decodedNils = DecodedNils()",
            ])
    }

    @Test("a default fills a missing required key when decoding (and is not written back), and is the init's default argument")
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
                "public init(count: Int = 3, mode: String = \"fast\", additionalProperties: [String: JSONValue] = [:]) {",
                "self.count = try container.decodeDefaulted(forKey: \"count\", default: 3, nils: &decodedNils)",
                "try container.encodeDefaulted(self.count, forKey: \"count\", default: 3, nils: decodedNils)",
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
                "public init(default: String, class: String? = nil, additionalProperties: [String: JSONValue] = [:]) {",
                "self.default = `default`",
                "private static let knownMembers: KnownMembers = [\"default\", \"class\"]",
                "try container.encode(self.`default`, forKey: \"default\")",
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
                "self._parent = (try container.decodeOptional(Node.self, forKey: \"parent\", nils: &decodedNils)).map(Indirect.init)",
                "try container.encodeOptional(self._parent?.value, forKey: \"parent\", nils: decodedNils)",
            ])
    }

    @Test("a deprecated property is marked so; coding and validation use its internal storage, so nothing warns")
    func deprecatedProperty() throws {
        let yaml = Spec.schemas("""
            Legacy:
              type: object
              properties:
                old: {type: string, deprecated: true, maxLength: 3}
            """)
        try assertSwift(yaml, declaration: "Legacy", contains: [
            "    @available(*, deprecated)\n    public var old: String? {",
            "\n    var _old: String?\n",
            "try container.encodeOptional(self._old, forKey: \"old\", nils: decodedNils)",
        ])
        let validation = try #require(Stages.files(yaml).first { $0.name == "Validation.swift" })
        #expect(validation.contents.contains("if let value = self._old {"))
    }

    @Test("a deprecated schema says so in its DocC but is not marked: members, cases and validation must name it")
    func deprecatedSchema() throws {
        let yaml = Spec.schemas("""
            Old:
              type: object
              deprecated: true
              properties:
                size: {type: integer}
            Holder:
              type: object
              properties:
                old: {$ref: '#/components/schemas/Old'}
            """)
        try assertSwift(yaml, declaration: "Old", contains: [
            "/// Deprecated: the spec marks this schema as deprecated.\n",
        ])
        let models = try Stages.files(yaml).filter { $0.name.hasPrefix("Models") }.map(\.contents).joined()
        #expect(models.contains("public struct Old"))
        #expect(!models.contains("@available(*, deprecated)\npublic struct Old"))
        #expect(!models.contains("@available(*, deprecated)\nextension Old"))
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
                "private static let knownMembers: KnownMembers = [\"id\"]",
                "self.additionalProperties = try container.unknownMembers(besides: Self.knownMembers)",
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

    @Test("an initializer too long for one line takes one parameter per line; a short one stays on one line")
    func longInitializersWrap() throws {
        let names = (1...8).map { "member_number_\($0)" }
        let properties = names.map { "    \($0): {type: string}" }.joined(separator: "\n")
        let files = try Stages.files(Spec.schemas("Wide:\n  type: object\n  properties:\n" + properties))
        let wide = try #require(SwiftSnippets.declaration("Wide", in: files))
        #expect(wide.contains("    public init(\n        memberNumber1: String? = nil,\n        memberNumber2: String? = nil,\n"))
        #expect(wide.contains("        additionalProperties: [String: JSONValue] = [:]\n    ) {\n"))
        for line in wide.split(separator: "\n") where !line.contains("///") {
            #expect(line.count <= LineWrapping.width, "\(line.count) characters: \(line)")
        }
        try assertSwift(Spec.schemas("Narrow: {type: object, properties: {name: {type: string}}}"), declaration: "Narrow", contains: [
            "    public init(name: String? = nil, additionalProperties: [String: JSONValue] = [:]) {\n",
        ])
    }

    @Test("the configured access level is used for every declaration and member")
    func accessLevel() throws {
        var configuration = GeneratorConfiguration()
        configuration.accessLevel = .internal
        try assertSwift(Spec.schemas("Pet: {type: object, properties: {name: {type: string}}}"),
                        declaration: "Pet", contains: [
                            "internal struct Pet: OpenObject {",
                            "    internal var name: String?",
                            "    internal init(name: String? = nil, additionalProperties: [String: JSONValue] = [:]) {",
                            "    internal var additionalProperties: [String: JSONValue] = [:]",
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
