import Testing
@testable import GeneratorCore

/// `InlineSizeAnalysis`: large values go to the heap, small ones stay inline.
@Suite("Stages: large values are stored on the heap")
struct InlineSizeAnalysisTests {
    /// Ten string members: far above the inline limit.
    static let large = """
        Large:
          type: object
          properties:
        \((1...10).map { "    m\($0): {type: string}" }.joined(separator: "\n"))
        """

    @Test("a property whose type is a large struct is boxed, required or optional, directly or through an alias")
    func largeStructProperties() throws {
        let (model, _) = try Stages.translate(Spec.schemas(Self.large + """

            Alias: {$ref: '#/components/schemas/Large'}
            Holder:
              type: object
              required: [required]
              properties:
                required: {$ref: '#/components/schemas/Large'}
                optional: {$ref: '#/components/schemas/Large'}
                aliased: {$ref: '#/components/schemas/Alias'}
                list: {type: array, items: {$ref: '#/components/schemas/Large'}}
                map: {type: object, additionalProperties: {$ref: '#/components/schemas/Large'}}
            """))
        #expect(try Stages.property("required", of: "Holder", in: model).isIndirect)
        #expect(try Stages.property("optional", of: "Holder", in: model).isIndirect)
        #expect(try Stages.property("aliased", of: "Holder", in: model).isIndirect)
        // Arrays and dictionaries keep their elements on the heap already.
        #expect(try !Stages.property("list", of: "Holder", in: model).isIndirect)
        #expect(try !Stages.property("map", of: "Holder", in: model).isIndirect)
    }

    @Test("small structs, enums and scalars stay inline")
    func smallValuesStayInline() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Small: {type: object, properties: {a: {type: string}, b: {type: integer}}}
            Colour: {type: string, enum: [red, green]}
            Holder:
              type: object
              properties:
                small: {$ref: '#/components/schemas/Small'}
                colour: {$ref: '#/components/schemas/Colour'}
                text: {type: string}
            """))
        for name in ["small", "colour", "text"] {
            #expect(try !Stages.property(name, of: "Holder", in: model).isIndirect, "\(name)")
        }
    }

    @Test("a struct is large by what it holds inline: a large member counts until it is boxed")
    func sizeCountsNestedMembers() throws {
        // Middle has two members of its own, but holds a large struct inline only until that is
        // boxed; once boxed it is small again, so Outer keeps Middle inline.
        let (model, _) = try Stages.translate(Spec.schemas(Self.large + """

            Middle:
              type: object
              properties:
                large: {$ref: '#/components/schemas/Large'}
                note: {type: string}
            Outer:
              type: object
              properties:
                middle: {$ref: '#/components/schemas/Middle'}
            """))
        #expect(try Stages.property("large", of: "Middle", in: model).isIndirect)
        #expect(try !Stages.property("middle", of: "Outer", in: model).isIndirect)
    }

    @Test("a union with a large member is an indirect enum; a union of small members is not")
    func unions() throws {
        let (model, _) = try Stages.translate(Spec.schemas(Self.large + """

            Small: {type: object, properties: {a: {type: string}}}
            Big:
              oneOf:
                - {$ref: '#/components/schemas/Large'}
                - {type: string}
            Little:
              oneOf:
                - {$ref: '#/components/schemas/Small'}
                - {type: integer}
            Holder:
              type: object
              properties:
                big: {$ref: '#/components/schemas/Big'}
            """))
        guard case .untaggedUnion(let big)? = Stages.declaration("Big", in: model),
              case .untaggedUnion(let little)? = Stages.declaration("Little", in: model) else {
            Issue.record("expected two untagged unions among \(model.declarations.map(\.name))")
            return
        }
        #expect(big.isIndirect)
        #expect(!little.isIndirect)
        // An indirect enum is one reference already: the property holding it is not boxed again.
        #expect(try !Stages.property("big", of: "Holder", in: model).isIndirect)
    }

    @Test("a boxed property reads and mutates through its box, copy-on-write, and is coded as its value")
    func emittedBox() throws {
        let files = try Stages.files(Spec.schemas(Self.large + """

            Holder:
              type: object
              required: [large]
              properties:
                large: {$ref: '#/components/schemas/Large'}
                maybe: {$ref: '#/components/schemas/Large'}
            """))
        let text = files.map(\.contents).joined()
        #expect(text.contains("public var large: Large {\n        get { _large.value }\n        _modify { yield &_large.value }\n    }"))
        #expect(text.contains("private var _large: Indirect<Large>\n"))
        #expect(text.contains("public var maybe: Large? {\n        get { _maybe?.value }\n        set { _maybe = newValue.map(Indirect.init) }\n    }"))
        #expect(text.contains("self._large = Indirect(try container.decode(Large.self, forKey: \"large\"))"))
        #expect(text.contains("try container.encode(self._large.value, forKey: \"large\")"))
    }
}
