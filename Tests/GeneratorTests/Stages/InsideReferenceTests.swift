import Testing

@testable import GeneratorCore

/// `$ref`s to schemas inside components (`#/components/schemas/Pet/properties/owner`) have the type
/// the component's own translation gives that schema: one type, not a second copy of it.
@Suite("References into components")
struct InsideReferenceTests {
    /// `Pet` declares an inline object, an inline enum and a string; `/owner` refers into it.
    static func document(returning pointer: String, petFirst: Bool) -> String {
        let pet = """
            Pet:
              type: object
              properties:
                owner: {type: object, properties: {name: {type: string}}}
                a/b c: {type: string, enum: [x, y]}
                name: {type: string}
                tags: {type: array, items: {type: object, properties: {label: {type: string}}}}
              $defs:
                Color: {type: string, enum: [red, blue]}
            """
        let user = """
            User:
              type: object
              properties:
                pet_owner: {$ref: '\(pointer)'}
            """
        return Spec.paths("""
            /owner:
              get:
                operationId: getOwner
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '\(pointer)'}}}}}
            /user:
              get:
                operationId: getUser
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}}
            """, components: "schemas:\n" + Spec.indented(petFirst ? pet + "\n" + user : user + "\n" + pet, by: 2))
    }

    @Test("a reference into a component has the component's own type for that schema, whichever comes first", arguments: [
        ("#/components/schemas/Pet/properties/owner", TypeUsage.named("PetOwner")),
        ("#/components/schemas/Pet/properties/a~1b c", .named("PetABC")),
        ("#/components/schemas/Pet/properties/a~1b%20c", .named("PetABC")),
        ("#/components/schemas/Pet/properties/name", .string),
        ("#/components/schemas/Pet/properties/tags/items", .named("PetTagsItem")),
        ("#/components/schemas/Pet/properties/tags", .array(.named("PetTagsItem"))),
    ], [true, false])
    func sameTypeAsTheComponent(target: (pointer: String, expected: TypeUsage), petFirst: Bool) throws {
        let (pointer, expected) = target
        let (model, warnings) = try Stages.translate(Self.document(returning: pointer, petFirst: petFirst))
        #expect(warnings.isEmpty, "\(warnings)")
        let names = model.declarations.map(\.name)
        #expect(names.filter { $0 == "PetOwner" }.count == 1, "\(names)")
        #expect(names.sorted() == ["Pet", "PetABC", "PetOwner", "PetTagsItem", "User"])
        let operation = try #require(model.client.operations.first { $0.operationID == "getOwner" })
        #expect(operation.success == .json(expected))
        #expect(try Stages.property("pet_owner", of: "User", in: model).type == expected)
        let owner = try Stages.property("owner", of: "Pet", in: model)
        #expect(owner.type == .named("PetOwner"))
    }

    @Test("types reached through an alias component, a map or allOf are named as the component would name them, whichever comes first",
          arguments: [
            ("#/components/schemas/Tags/items", "TagsValueItem"),
            ("#/components/schemas/Scores/additionalProperties", "ScoresValueValue"),
            ("#/components/schemas/Dog/allOf/1/properties/collar", "DogCollar"),
          ], [true, false])
    func namesFollowTheComponent(target: (pointer: String, name: String), referenceFirst: Bool) throws {
        let user = "User: {type: object, properties: {x: {$ref: '\(target.pointer)'}}}"
        let components = """
            Tags: {type: array, items: {type: object, properties: {label: {type: string}}}}
            Scores: {type: object, additionalProperties: {type: object, properties: {points: {type: integer}}}}
            Dog:
              allOf:
                - {type: object, properties: {name: {type: string}}}
                - {type: object, properties: {collar: {type: object, properties: {color: {type: string}}}}}
            """
        let yaml = Spec.schemas(referenceFirst ? user + "\n" + components : components + "\n" + user)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(model.declarations.map(\.name).filter { $0 == target.name }.count == 1, "\(model.declarations.map(\.name))")
        #expect(try Stages.property("x", of: "User", in: model).type == .named(target.name))
    }

    @Test("a reference into a component's $defs declares that schema once, named after the component and its key")
    func referenceIntoDefinitions() throws {
        let (model, _) = try Stages.translate(Self.document(returning: "#/components/schemas/Pet/$defs/Color", petFirst: true))
        #expect(model.declarations.map(\.name).filter { $0 == "PetColor" }.count == 1)
        #expect(try Stages.property("pet_owner", of: "User", in: model).type == .named("PetColor"))
    }

    @Test("with an operation filter, only the schema referred to is declared, not the rest of its component")
    func filteredDeclaresOnlyTheTarget() throws {
        var configuration = GeneratorConfiguration()
        configuration.operations = ["getOwner"]
        let (model, _) = try Stages.translate(
            Self.document(returning: "#/components/schemas/Pet/properties/owner", petFirst: true), configuration: configuration)
        #expect(model.declarations.map(\.name) == ["PetOwner"])
    }

    @Test("recursion through a referenced inline object is fine: the object refers to itself")
    func recursionThroughAnObject() throws {
        let yaml = Spec.schemas("""
            Tree:
              type: object
              properties:
                node:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree/properties/node'}}
            """)
        let (model, _) = try Stages.translate(yaml)
        #expect(try Stages.property("children", of: "TreeNode", in: model).type == .array(.named("TreeNode")))
        #expect(model.declarations.map(\.name).sorted() == ["Tree", "TreeNode"])
    }

    @Test("an array referred to from inside its own items' objects becomes a type alias, named as the component would name it")
    func arrayReferredToFromItsItems() throws {
        let yaml = Spec.schemas("""
            Tree:
              type: object
              properties:
                children:
                  type: array
                  items:
                    type: object
                    properties:
                      label: {type: string}
                      children: {$ref: '#/components/schemas/Tree/properties/children'}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(model.declarations.map(\.name).sorted() == ["Tree", "TreeChildren", "TreeChildrenItem"])
        #expect(try Stages.property("children", of: "Tree", in: model).type == .named("TreeChildren"))
        #expect(try Stages.property("children", of: "TreeChildrenItem", in: model).type == .named("TreeChildren"))
        guard case .alias(let alias)? = Stages.declaration("TreeChildren", in: model) else {
            Issue.record("TreeChildren is not an alias")
            return
        }
        #expect(alias.target == .array(.named("TreeChildrenItem")))
        let files = try Stages.files(yaml)
        #expect(files.contains { $0.contents.contains("public typealias TreeChildren = [TreeChildrenItem]") })
    }

    @Test("a chain of references through a schema inside a component that comes back with no structure is a located error")
    func pureReferenceCycle() throws {
        for (components, at) in [
            ("A: {type: object, properties: {x: {$ref: '#/components/schemas/A/properties/x'}}}", "'#/components/schemas/A/properties/x'"),
            ("""
            B: {$ref: '#/components/schemas/A/properties/y'}
            A: {type: object, properties: {y: {$ref: '#/components/schemas/B'}}}
            """, "'#/components/schemas/A/properties/y'"),
        ] {
            let yaml = Spec.schemas(components)
            let errors = try Stages.readErrors(yaml)
            #expect(errors.count == 1, "\(errors)")
            #expect(errors.first?.message.hasPrefix("reference cycle through") == true, "\(errors)")
            #expect(errors.first?.location == yaml.location(of: at))
        }
    }

    @Test("an array whose items are itself through a reference into a component is a located error, not an endless type")
    func arrayOfItself() throws {
        let yaml = Spec.schemas("""
            A:
              type: object
              properties:
                list: {type: array, items: {$ref: '#/components/schemas/A/properties/list'}}
            """)
        let errors = try Stages.translateErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.message.hasPrefix("reference cycle through '#/components/schemas/A/properties/list'") == true)
        #expect(errors.first?.location == yaml.location(of: "'#/components/schemas/A/properties/list'"))
    }

    @Test("an error in a schema that a reference into its component names is reported once")
    func errorInReferencedSchemaOnce() throws {
        let yaml = Spec.paths("""
            /a:
              get:
                operationId: getA
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet/properties/size'}}}}}
            """, components: """
            schemas:
              Pet: {type: object, properties: {size: {type: banana}}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.location == yaml.location(of: "banana"))
    }

    @Test("parameter, response and body references must name a component, not a part of one")
    func nonSchemaReferencesNameComponents() throws {
        let yaml = Spec.paths("""
            /a:
              get:
                operationId: getA
                parameters: [{$ref: '#/components/schemas/Pet/properties/name'}]
                responses: {'204': {description: ok}}
            """, components: """
            schemas:
              Pet: {type: object, properties: {name: {type: string}}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.location == yaml.location(of: "'#/components/schemas/Pet/properties/name'"))
    }

    @Test("a reference into a component reaches only the schema it names: a supported part of an unsupported component is generated, an unsupported part skips its users")
    func reachIsPerTarget() throws {
        let yaml = Spec.paths("""
            /owner:
              get:
                operationId: getOwner
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet/properties/owner'}}}}}
            /labels:
              get:
                operationId: getLabels
                responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}}
            """, components: """
            schemas:
              Pet:
                type: object
                properties:
                  owner: {type: object, properties: {name: {type: string}}}
                  labels: {type: object, patternProperties: {'^x-': {type: string}}}
              User:
                type: object
                properties:
                  labels: {$ref: '#/components/schemas/Pet/properties/labels'}
            """)
        let (model, warnings) = try Stages.translate(yaml)
        #expect(model.client.operations.map(\.operationID) == ["getOwner"])
        #expect(model.declarations.map(\.name) == ["PetOwner"])
        let skips = warnings.filter { $0.message.contains("not generated") }
        #expect(skips.count == 1, "\(warnings)")
        #expect(skips.first?.message.contains("operation 'getLabels' (GET /labels, via schema 'User'), schema 'Pet' and schema 'User' are not generated") == true)
        #expect(skips.first?.location == yaml.location(of: "patternProperties"))
    }
}
