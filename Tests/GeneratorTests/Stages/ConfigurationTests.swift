import Testing

@testable import GeneratorCore

@Suite("Generator configuration")
struct ConfigurationTests {
    static let file = "openapi-swift-config.yaml"

    @Test("every documented key is read")
    func allKeys() throws {
        let configuration = try GeneratorConfiguration.read("""
            clientName: PetStore
            apiKeyEnvironmentVariable: PET_KEY
            accessLevel: internal
            typePrefix: PS
            operations: [listPets]
            runtimeModule: PetRuntime
            missingRequiredArraysDecodeAsEmpty: true
            """, file: Self.file)
        #expect(configuration.clientName == "PetStore")
        #expect(configuration.apiKeyEnvironmentVariable == "PET_KEY")
        #expect(configuration.accessLevel == .internal)
        #expect(configuration.typePrefix == "PS")
        #expect(configuration.operations == ["listPets"])
        #expect(configuration.runtimeModule == "PetRuntime")
        #expect(configuration.missingRequiredArraysDecodeAsEmpty)
    }

    @Test("decoding leniency is off unless asked for, and must be a boolean")
    func leniency() throws {
        #expect(!GeneratorConfiguration().missingRequiredArraysDecodeAsEmpty)
        let text = "missingRequiredArraysDecodeAsEmpty: sometimes\n"
        #expect {
            try GeneratorConfiguration.read(text, file: Self.file)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.message)
                == ["missingRequiredArraysDecodeAsEmpty must be true, false or a list of property names"]
        }
        let named = try GeneratorConfiguration.read("missingRequiredArraysDecodeAsEmpty: [logprobs]\n", file: Self.file)
        #expect(named.missingRequiredArraysDecodeAsEmpty && named.lenientArrayNames == ["logprobs"])
    }

    @Test("an empty file means the defaults")
    func emptyFile() throws {
        #expect(try GeneratorConfiguration.read("", file: Self.file) == GeneratorConfiguration())
    }

    @Test("an unknown key is an error at the key, so typos do not pass silently")
    func unknownKey() throws {
        let text = "clientName: A\nclinetName: B\n"
        #expect {
            try GeneratorConfiguration.read(text, file: Self.file)
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.map(\.message) == ["unknown configuration key 'clinetName'"]
                && diagnostics.first?.location == text.location(of: "clinetName", file: Self.file)
        }
    }

    @Test("an access level other than public, package or internal is an error at the value")
    func badAccessLevel() throws {
        let text = "accessLevel: private\n"
        #expect {
            try GeneratorConfiguration.read(text, file: Self.file)
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location == text.location(of: "private", file: Self.file)
        }
    }

    @Test("the operations list selects which methods the client gets")
    func operationFilter() throws {
        var configuration = GeneratorConfiguration()
        configuration.operations = ["getPet"]
        let (model, _) = try Stages.translate(Spec.paths("""
            /pets:
              get:
                operationId: listPets
                responses: {'204': {description: ok}}
            /pets/{id}:
              get:
                operationId: getPet
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                responses: {'204': {description: ok}}
            """), configuration: configuration)
        #expect(model.client.operations.map(\.operationID) == ["getPet"])
    }

    @Test("naming an operation the document does not define is an error")
    func unknownOperation() throws {
        var configuration = GeneratorConfiguration()
        configuration.operations = ["deletePet"]
        let errors = try Stages.translateErrors(Spec.paths("""
            /pets:
              get:
                operationId: listPets
                responses: {'204': {description: ok}}
            """), configuration: configuration)
        #expect(errors.map(\.message) == ["configuration names operation 'deletePet', which the document does not define"])
    }
}
