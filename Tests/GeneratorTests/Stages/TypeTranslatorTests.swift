import Testing

@testable import GeneratorCore

@Suite("Type translator")
struct TypeTranslatorTests {
    // MARK: Optionality

    @Test("every spelling of 'may be null' makes a required property nullable and optional, not a union")
    func nullableSpellings() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Point: {type: object, properties: {x: {type: number}}}
            Holder:
              type: object
              required: [a, b, c, d, e]
              properties:
                a: {type: string, nullable: true}
                b: {type: ['null', string]}
                c: {anyOf: [{$ref: '#/components/schemas/Point'}, {type: 'null'}]}
                d: {oneOf: [{type: 'null'}, {type: integer}]}
                e: {type: string}
            """))
        let types = try ["a", "b", "c", "d", "e"].map { try Stages.property($0, of: "Holder", in: model).type }
        #expect(types == [.string, .string, .named("Point"), .int, .string])
        let nullable = try ["a", "b", "c", "d", "e"].map { try Stages.property($0, of: "Holder", in: model).isNullable }
        #expect(nullable == [true, true, true, true, false])
        #expect(!model.declarations.contains { if case .untaggedUnion = $0 { true } else { false } })
    }

    @Test("optional (not required) properties are optional whether or not they are nullable")
    func optionalProperties() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Holder:
              type: object
              properties:
                a: {type: string}
                b: {type: string, nullable: true}
            """))
        let a = try Stages.property("a", of: "Holder", in: model)
        let b = try Stages.property("b", of: "Holder", in: model)
        #expect(a.isOptional && !a.isRequired && !a.isNullable)
        #expect(b.isOptional && !b.isRequired && b.isNullable)
    }

    @Test("a required $ref to a nullable enum component stays nullable")
    func referencedNullableEnum() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Level: {type: [string, 'null'], enum: [low, high, null]}
            Job:
              type: object
              required: [level]
              properties:
                level: {$ref: '#/components/schemas/Level'}
            """))
        let level = try Stages.property("level", of: "Job", in: model)
        #expect(level.type == .named("Level"))
        #expect(level.isNullable, "a required 'level' that may be null must decode null (Level?)")
    }

    @Test("a required $ref to a union component that admits null stays nullable")
    func referencedNullableUnion() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Stop:
              oneOf:
                - type: string
                - {type: array, items: {type: string}}
                - type: 'null'
            Request:
              type: object
              required: [stop]
              properties:
                stop: {$ref: '#/components/schemas/Stop'}
            """))
        let stop = try Stages.property("stop", of: "Request", in: model)
        #expect(stop.type == .named("Stop"))
        #expect(stop.isNullable, "a required 'stop' that may be null must decode null (Stop?)")
    }

    // MARK: Tagged unions

    static let pets = """
        Pet:
          oneOf:
            - $ref: '#/components/schemas/Cat'
            - $ref: '#/components/schemas/Dog'
            - $ref: '#/components/schemas/Bird'
          discriminator:
            propertyName: type
            mapping:
              kitty: '#/components/schemas/Cat'
        Cat: {type: object, required: [type], properties: {type: {type: string}}}
        Dog: {type: object, required: [type], properties: {type: {const: dog}}}
        Bird: {type: object, properties: {type: {type: string, enum: [bird], default: bird}}}
        """

    @Test("discriminator values come from the mapping, else the variant's const or single-value enum")
    func discriminatorValues() throws {
        let (model, _) = try Stages.translate(Spec.schemas(Self.pets))
        guard case .taggedUnion(let pet)? = Stages.declaration("Pet", in: model) else {
            Issue.record("Pet is not a tagged union")
            return
        }
        #expect(pet.propertyName == "type")
        #expect(pet.variants.map(\.tags) == [["kitty"], ["dog"], ["bird"]])
        #expect(pet.variants.map(\.caseName) == ["kitty", "dog", "bird"])
        #expect(pet.variants.map(\.type) == [.named("Cat"), .named("Dog"), .named("Bird")])
    }

    @Test("a variant whose tag property is optional with a default is chosen when the tag is missing")
    func defaultTag() throws {
        let (model, _) = try Stages.translate(Spec.schemas(Self.pets))
        guard case .taggedUnion(let pet)? = Stages.declaration("Pet", in: model) else {
            Issue.record("Pet is not a tagged union")
            return
        }
        #expect(pet.defaultTag == "bird")
    }

    @Test("a variant without the discriminator property is an error at the variant's $ref")
    func discriminatorPropertyMissing() throws {
        let yaml = Spec.schemas("""
            Pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: type
            Cat: {type: object, properties: {type: {const: cat}}}
            Dog: {type: object, properties: {barks: {type: boolean}}}
            """)
        let errors = try Stages.translateErrors(yaml)
        #expect(errors.map(\.message) == ["discriminator property 'type' is not defined in variant 'Dog'"])
        #expect(errors.first?.location == yaml.location(of: "'#/components/schemas/Dog'"))
    }

    @Test("inline variants of a tagged union are named after their title or tag, not their position")
    func inlineTaggedVariantNames() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Part:
              oneOf:
                - {title: InputText, type: object, properties: {type: {const: input_text}}}
                - {type: object, properties: {type: {const: input_image}}}
              discriminator: {propertyName: type}
            """))
        let names = model.declarations.map(\.name).filter { $0 != "Part" }
        #expect(names == ["PartInputText", "PartInputImage"])
    }

    // MARK: Names

    @Test("an inline type whose natural name is taken by a component gets a numeric suffix; the component keeps its name")
    func inlineNameCollision() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Pet:
              type: object
              properties:
                owner: {type: object, properties: {name: {type: string}}}
            PetOwner: {type: object, properties: {id: {type: string}}}
            """))
        #expect(try Stages.property("owner", of: "Pet", in: model).type == .named("PetOwner2"))
        #expect(try Stages.structure("PetOwner", in: model).properties.map(\.wireName) == ["id"])
    }

    @Test("types never shadow the runtime's names or the client's name")
    func reservedNames() throws {
        var configuration = GeneratorConfiguration()
        configuration.clientName = "Store"
        let (model, _) = try Stages.translate(Spec.schemas("""
            JSONValue: {type: object, properties: {a: {type: string}}}
            Store: {type: object, properties: {a: {type: string}}}
            """), configuration: configuration)
        let names = model.declarations.map(\.name)
        #expect(names.count == 2)
        #expect(!names.contains("JSONValue") && !names.contains("Store"), "\(names)")
    }

    @Test("the type prefix is prepended to every generated type, inline operation types included")
    func typePrefixEverywhere() throws {
        var configuration = GeneratorConfiguration()
        configuration.typePrefix = "PS"
        let (model, _) = try Stages.translate(Spec.paths("""
            /pets:
              get:
                operationId: listPets
                parameters:
                  - {name: order, in: query, schema: {type: string, enum: [asc, desc]}}
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema: {type: object, properties: {next: {type: string}}}
            """, components: "schemas:\n  Pet: {type: object, properties: {kind: {type: string, enum: [cat]}}}"),
            configuration: configuration)
        let names = model.declarations.map(\.name)
        #expect(names.contains("PSPet"))
        #expect(names.allSatisfy { $0.hasPrefix("PS") }, "unprefixed: \(names.filter { !$0.hasPrefix("PS") })")
    }

    // MARK: Analyses

    @Test("a struct reached from itself without an array in between is boxed; through an array it is not")
    func recursionBoxing() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Node:
              type: object
              properties:
                parent: {$ref: '#/components/schemas/Node'}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            """))
        #expect(try Stages.property("parent", of: "Node", in: model).isIndirect)
        #expect(try !Stages.property("children", of: "Node", in: model).isIndirect)
    }

    @Test("types containing constrained values are validatable; those without any are not")
    func validatability() throws {
        let (model, _) = try Stages.translate(Spec.schemas("""
            Outer: {type: object, properties: {inner: {type: array, items: {$ref: '#/components/schemas/Inner'}}}}
            Inner: {type: object, properties: {n: {type: integer, minimum: 1}}}
            Plain: {type: object, properties: {n: {type: integer}}}
            """))
        #expect(try Stages.structure("Outer", in: model).isValidatable)
        #expect(try Stages.structure("Inner", in: model).isValidatable)
        #expect(try !Stages.structure("Plain", in: model).isValidatable)
    }
}
