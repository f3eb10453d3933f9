import Testing

@testable import GeneratorCore

@Suite("Document reader")
struct DocumentReaderTests {
    static let petsPath = """
        /pets:
          get:
            operationId: listPets
            parameters:
              - $ref: '#/components/parameters/Limit'
            responses:
              '200':
                $ref: '#/components/responses/PetList'
          post:
            operationId: createPet
            requestBody:
              $ref: '#/components/requestBodies/NewPet'
            responses:
              '204':
                description: Created.
        """
    static let petsComponents = """
        parameters:
          Limit:
            name: limit
            in: query
            schema:
              type: integer
        responses:
          PetList:
            description: The pets.
            content:
              application/json:
                schema:
                  type: array
                  items:
                    $ref: '#/components/schemas/Pet'
        requestBodies:
          NewPet:
            required: true
            content:
              application/json:
                schema:
                  $ref: '#/components/schemas/Pet'
        schemas:
          Pet:
            type: object
        """

    // MARK: References

    @Test("parameter, response and request body references are replaced by the components they name")
    func componentReferencesResolve() throws {
        let (document, _) = try Stages.read(Spec.paths(Self.petsPath, components: Self.petsComponents))
        let list = try #require(document.operations.first { $0.operationID == "listPets" })
        #expect(list.parameters.map(\.name) == ["limit"])
        #expect(list.parameters.first?.location == .query)
        let response = try #require(list.responses.first)
        #expect(response.status == "200")
        #expect(response.response.content.map(\.contentType) == ["application/json"])
        #expect(response.response.content.first?.schema?.items?.reference?.name == "Pet")

        let create = try #require(document.operations.first { $0.operationID == "createPet" })
        #expect(create.requestBody?.required == true)
        #expect(create.requestBody?.content.first?.schema?.reference?.pointer == "#/components/schemas/Pet")
    }

    @Test("schema references stay references, so recursive schemas can be read")
    func schemaReferencesAreKept() throws {
        let (document, _) = try Stages.read(Spec.schemas("""
            Node:
              type: object
              properties:
                next:
                  $ref: '#/components/schemas/Node'
            """))
        let node = try #require(document.components.schema(named: "Node"))
        #expect(node.properties.first?.schema.reference?.name == "Node")
    }

    @Test("path-level parameters apply to every operation of the path")
    func sharedParameters() throws {
        let (document, _) = try Stages.read(Spec.paths("""
            /pets/{id}:
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string}
              get:
                operationId: getPet
                responses: {'204': {description: ok}}
              delete:
                operationId: deletePet
                responses: {'204': {description: ok}}
            """))
        #expect(document.operations.map { $0.parameters.map(\.name) } == [["id"], ["id"]])
    }

    @Test("a $ref to a missing schema is an error located at the reference")
    func danglingSchemaReference() throws {
        let yaml = Spec.schemas("""
            Pet:
              type: object
              properties:
                owner:
                  $ref: '#/components/schemas/Owner'
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == ["unresolved reference '#/components/schemas/Owner'"])
        #expect(errors.first?.location == yaml.location(of: "'#/components/schemas/Owner'"))
    }

    @Test("a $ref to a missing parameter is an error located at the reference")
    func danglingParameterReference() throws {
        let yaml = Spec.paths("""
            /pets:
              get:
                operationId: listPets
                parameters:
                  - $ref: '#/components/parameters/Missing'
                responses: {'204': {description: ok}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == ["unresolved reference '#/components/parameters/Missing'"])
        #expect(errors.first?.location == yaml.location(of: "'#/components/parameters/Missing'"))
    }

    @Test("a reference into another file is read as an unsupported construct located at the reference, not an error")
    func externalReference() throws {
        let yaml = Spec.schemas("""
            Pet:
              $ref: 'common.yaml#/components/schemas/Pet'
            """)
        let (document, _) = try Stages.read(yaml)
        let unsupported = try #require(document.components.schema(named: "Pet")?.unsupported)
        #expect(unsupported.reason.hasPrefix("external reference 'common.yaml#/components/schemas/Pet' is not supported"))
        #expect(unsupported.location == yaml.location(of: "'common.yaml"))
    }

    // MARK: Schema keywords

    @Test("an unknown type is an error at the misspelled word, listing the valid types")
    func unknownType() throws {
        let yaml = Spec.schemas("""
            Pet:
              type: object
              properties:
                name:
                  type: strnig
                tags:
                  type: [array, nul]
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == [
            "unknown type 'strnig' (expected one of array, boolean, integer, null, number, object, string)",
            "unknown type 'nul' (expected one of array, boolean, integer, null, number, object, string)",
        ])
        #expect(errors.map(\.location) == [yaml.location(of: "strnig"), yaml.location(of: "nul]")])
    }

    @Test("keywords that change the data's shape beyond what Swift types express mark the schema unsupported at the keyword")
    func unsupportedShapeKeyword() throws {
        let yaml = Spec.schemas("""
            Labels:
              type: object
              patternProperties:
                '^x-': {type: string}
            """)
        let (document, warnings) = try Stages.read(yaml)
        #expect(warnings.isEmpty)
        let unsupported = try #require(document.components.schema(named: "Labels")?.unsupported)
        #expect(unsupported.reason == "schema keyword 'patternProperties' (properties named by a pattern) is not supported")
        #expect(unsupported.location == yaml.location(of: "patternProperties"))
    }

    @Test("'not' only restricts values, so it is read with a warning at the keyword that validate() skips it")
    func notIsAWarning() throws {
        let yaml = Spec.schemas("""
            Name:
              type: string
              not:
                const: admin
            """)
        let (_, warnings) = try Stages.read(yaml)
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("'not'") == true)
        #expect(warnings.first?.location == yaml.location(of: "not:"))
    }

    @Test("nullability is read from 3.0 'nullable', 3.1 type lists and enums that list null")
    func nullSpellings() throws {
        let (document, _) = try Stages.read(Spec.schemas("""
            A: {type: string, nullable: true}
            B: {type: [string, 'null']}
            C: {type: string, enum: [x, null]}
            D: {type: string}
            """))
        let allowsNull = ["A", "B", "C", "D"].map { document.components.schema(named: $0)?.allowsNull }
        #expect(allowsNull == [true, true, true, false])
        #expect(document.components.schema(named: "B")?.types == [.string])
    }

    @Test("3.0 boolean exclusiveMinimum turns minimum exclusive; 3.1 gives the bound itself")
    func exclusiveBounds() throws {
        let (document, _) = try Stages.read(Spec.schemas("""
            Old: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1}
            New: {type: number, exclusiveMinimum: 0, maximum: 1}
            """))
        let old = try #require(document.components.schema(named: "Old")?.constraints)
        let new = try #require(document.components.schema(named: "New")?.constraints)
        #expect(old.minimum == nil && old.exclusiveMinimum == 0 && old.maximum == 1)
        #expect(new == old)
    }
}
