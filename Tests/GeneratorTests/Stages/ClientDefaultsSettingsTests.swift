import Testing

@testable import GeneratorCore

/// The two settings behind a generated client's `clientDefaults`: the configuration's `userAgent`
/// and the document's `x-error-fields`. Both are checked where they are written, and reach the
/// generated code only as string literals.
@Suite("Client defaults: userAgent and x-error-fields")
struct ClientDefaultsSettingsTests {
    static let configFile = "openapi-swift-config.yaml"

    /// One operation, so the document has a client to generate.
    static let operation = """
        /notes:
          get:
            operationId: listNotes
            responses: {'204': {description: None.}}
        """

    // MARK: userAgent

    @Test("userAgent accepts RFC 9110 products: name or name/version, separated by single spaces", arguments: [
        "notes-swift/1.2", "infercom-swift/0.1.0", "a", "weather-swift/2.1 acme-sdk", "x/1 y z/2.0-beta+7",
        "!#$%&'*+-.^_`|~/0", "CamelCase_9/v1.0",
    ])
    func validUserAgent(_ userAgent: String) throws {
        let configuration = try GeneratorConfiguration.read("userAgent: '\(userAgent.replacing("'", with: "''"))'\n", file: Self.configFile)
        #expect(configuration.userAgent == userAgent)
    }

    @Test("anything but products is refused at the value: comments, separators, empty parts, odd spacing, non-ASCII", arguments: [
        "''", "' '", "' lead'", "'trail '", "'two  spaces'", "'a/b/c'", "'a/'", "'/1'", "'a (Linux)'", "'a;b'", "'a\"b'",
        "'a,b'", "'a\\tb'", "'naïve/1'", "'a@b'", "'{x}'", "\"a\\r\\nX-Injected: 1\"", "\"a\\u0000\"", "null", "true", "12",
        "[a, b]", "{a: b}",
    ])
    func invalidUserAgent(_ value: String) throws {
        let text = "clientName: Notes\nuserAgent: \(value)\n"
        #expect {
            try GeneratorConfiguration.read(text, file: Self.configFile)
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].message.hasPrefix("userAgent must be product tokens separated by single spaces")
                && diagnostics[0].location == GeneratorCore.SourceLocation(file: Self.configFile, line: 2, column: 12)
        }
    }

    @Test("without userAgent the model has no product, so the client uses the runtime's generic one")
    func noUserAgent() throws {
        #expect(GeneratorConfiguration().userAgent == nil)
        let (model, _) = try Stages.translate(Spec.paths("{}"))
        #expect(model.client.userAgentProduct == nil && model.client.errorFields == nil)
        let client = try #require(try Stages.files(Spec.paths(Self.operation)).first { $0.name == "Client.swift" })
        #expect(!client.contents.contains("clientDefaults"))
        #expect(client.contents.contains("self.core = APIClient(configuration: configuration)\n"))
    }

    @Test("the product is written as an escaped literal into clientDefaults, which init(configuration:) passes on")
    func userAgentEmitted() throws {
        var configuration = GeneratorConfiguration()
        configuration.clientName = "Notes"
        configuration.userAgent = "notes-swift/1.2"
        let client = try #require(try Stages.files(Spec.paths(Self.operation), configuration: configuration).first { $0.name == "Client.swift" })
        #expect(client.contents.contains(#"public static let clientDefaults = ClientDefaults(userAgentProduct: "notes-swift/1.2")"#))
        #expect(client.contents.contains("self.core = APIClient(configuration: configuration, defaults: Notes.clientDefaults)"))
    }

    // MARK: x-error-fields

    static func document(errorFields: String) -> String {
        Spec.header + "x-error-fields:\n" + Spec.indented(errorFields, by: 2) + "paths:\n" + Spec.indented(operation, by: 2)
    }

    @Test("x-error-fields maps each named field to its alternatives, a single path being a list of one")
    func readsPaths() throws {
        let (document, _) = try Stages.read(Self.document(errorFields: """
            message: [error.message, error, detail]
            code: error.code
            requestID: [request_id, meta.request.id]
            param: 404
            """))
        let fields = try #require(document.errorFields)
        #expect(fields.paths[.message] == [["error", "message"], ["error"], ["detail"]])
        #expect(fields.paths[.code] == [["error", "code"]])
        #expect(fields.paths[.requestID] == [["request_id"], ["meta", "request", "id"]])
        #expect(fields.paths[.param] == [["404"]], "a numeric member name is a name")
        #expect(fields.paths[.type] == nil)
    }

    @Test("a document without x-error-fields has none")
    func absent() throws {
        #expect(try Stages.read(Spec.paths("{}")).document.errorFields == nil)
    }

    /// One malformed `x-error-fields` body, the message expected, and the text the error points at.
    struct Malformed: Sendable, CustomTestStringConvertible {
        var body: String
        var message: String
        var at: String
        var testDescription: String { body }
    }

    static let malformed: [Malformed] = [
        .init(body: "message: error.message\nkind: error.type", message: "x-error-fields names 'kind', which is not a field of APIFailure (message, type, code, param, requestID)", at: "kind"),
        .init(body: "code: error..code", message: "x-error-fields.code: 'error..code' is not a member path (member names separated by single dots, none empty)", at: "error..code"),
        .init(body: "code: [.code]", message: "x-error-fields.code: '.code' is not a member path (member names separated by single dots, none empty)", at: ".code"),
        .init(body: "code: 'code.'", message: "x-error-fields.code: 'code.' is not a member path (member names separated by single dots, none empty)", at: "'code.'"),
        .init(body: "code: ''", message: "x-error-fields.code: '' is not a member path (member names separated by single dots, none empty)", at: "''"),
        .init(body: "param: []", message: "x-error-fields.param must be a member path such as 'error.message' or a non-empty list of them, found an empty list", at: "[]"),
        .init(body: "param: [error.param, [nested]]", message: "x-error-fields.param must be a member path such as 'error.message' or a non-empty list of them, found a sequence", at: "[nested]"),
        .init(body: "requestID: {path: request_id}", message: "x-error-fields.requestID must be a member path such as 'error.message' or a non-empty list of them, found a mapping", at: "{path"),
        .init(body: "type: [error.type, true]", message: "x-error-fields.type must be a member path such as 'error.message' or a non-empty list of them, found a boolean", at: "true"),
        .init(body: "type: null", message: "x-error-fields.type must be a member path such as 'error.message' or a non-empty list of them, found a null", at: "null"),
        .init(body: "message: [error, detail, error]", message: "x-error-fields.message lists 'error' twice", at: "error]"),
    ]

    @Test("a malformed x-error-fields is one located error, and nothing is generated", arguments: malformed)
    func malformedFields(_ malformed: Malformed) throws {
        let yaml = Self.document(errorFields: malformed.body)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == [malformed.message])
        #expect(errors.first?.location == yaml.location(of: malformed.at))
        #expect(throws: DiagnosticError.self) { try Stages.files(yaml) }
    }

    @Test("x-error-fields that is not a non-empty mapping is an error at its value", arguments: [
        ("[error.message]", "a sequence"), ("error.message", "a string"), ("{}", "an empty mapping"), ("~", "a null"),
    ])
    func notAMapping(value: String, found: String) throws {
        let yaml = Spec.header + "x-error-fields: \(value)\npaths: {}\n"
        let errors = try Stages.readErrors(yaml)
        #expect(errors.map(\.message) == [
            "x-error-fields must map fields of APIFailure (message, type, code, param, requestID) to member paths, found \(found)",
        ])
        #expect(errors.first?.location == yaml.location(of: value))
    }

    @Test("member names reach the code only as escaped string literals, whatever they hold")
    func hostileMemberNames() throws {
        let yaml = Self.document(errorFields: #"""
            message: ['say "hi"', 'back\slash.\(x)', "line\nbreak"]
            """#)
        let client = try #require(try Stages.files(yaml).first { $0.name == "Client.swift" })
        #expect(client.contents.contains(#"message: [["say \"hi\""], ["back\\slash", "\\(x)"], ["line\nbreak"]]"#))
        #expect(client.contents.contains("errorFields: ErrorFieldPaths("))
        #expect(!client.contents.contains("userAgentProduct"), "no userAgent setting: the runtime's generic product")
    }
}
