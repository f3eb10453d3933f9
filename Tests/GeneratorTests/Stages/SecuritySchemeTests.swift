import Testing

@testable import GeneratorCore

/// Security schemes decide where the client sends its key: the document's `security` for the
/// client, an operation's own where it differs; what no single key can meet is a warning.
@Suite("Security schemes")
struct SecuritySchemeTests {
    static let schemes = """
        components:
          securitySchemes:
            bearer: {type: http, scheme: Bearer}
            basic: {type: http, scheme: basic}
            digest: {type: http, scheme: digest}
            header: {type: apiKey, in: header, name: X-API-Key}
            query: {type: apiKey, in: query, name: api_key}
            cookie: {type: apiKey, in: cookie, name: sid}
            oauth: {type: oauth2, flows: {}}
            oidc: {type: openIdConnect, openIdConnectUrl: https://example.com/.well-known/openid-configuration}
            mtls: {type: mutualTLS}

        """

    /// A document with `security` at its root (if given) and one `GET /x` with `operationSecurity` (if given).
    static func document(security: String?, operationSecurity: String? = nil) -> String {
        var text = Spec.header
        if let security { text += "security: \(security)\n" }
        text += "paths:\n  /x:\n    get:\n      operationId: getX\n"
        if let operationSecurity { text += "      security: \(operationSecurity)\n" }
        text += "      responses: {'200': {description: ok}}\n"
        return text + schemes
    }

    static func client(security: String?, operationSecurity: String? = nil) throws -> (ClientModel, [Diagnostic]) {
        let (model, warnings) = try Stages.translate(document(security: security, operationSecurity: operationSecurity))
        return (model.client, warnings)
    }

    @Test(
        "each kind of scheme puts the key where it says",
        arguments: [
            ("[{bearer: []}]", CredentialModel.bearer), ("[{basic: []}]", .basic), ("[{header: []}]", .header("X-API-Key")),
            ("[{query: []}]", .query("api_key")), ("[{cookie: []}]", .cookie("sid")), ("[{oauth: [read]}]", .bearer),
            ("[{oidc: []}]", .bearer), ("[]", .omitted), ("[{}]", .omitted),
        ])
    func placements(security: String, expected: CredentialModel) throws {
        let (client, warnings) = try Self.client(security: security)

        #expect(client.credential == expected)
        #expect(warnings.isEmpty)
    }

    @Test("without a document security the client keeps the bearer default")
    func noSecurity() throws {
        #expect(try Self.client(security: nil).0.credential == .bearer)
    }

    @Test("the first alternative the client can meet wins; an empty one lets the call go without")
    func alternatives() throws {
        #expect(try Self.client(security: "[{mtls: []}, {header: []}, {bearer: []}]").0.credential == .header("X-API-Key"))
        #expect(try Self.client(security: "[{mtls: []}, {}]").0.credential == .omitted)
    }

    @Test("a requirement no single key meets (two schemes at once, mutual TLS, digest) warns and sends nothing",
          arguments: ["[{header: [], query: []}]", "[{mtls: []}]", "[{digest: []}]"])
    func unmeetable(security: String) throws {
        let (client, warnings) = try Self.client(security: security)

        #expect(client.credential == .omitted)
        #expect(warnings.contains { $0.message.contains("the client cannot send the credentials this security asks for") })
    }

    @Test("an operation's own security is recorded only where it differs from the document's")
    func operationSecurity() throws {
        #expect(try Self.client(security: "[{header: []}]", operationSecurity: "[]").0.operations[0].credential == .omitted)
        #expect(try Self.client(security: "[{header: []}]", operationSecurity: "[{query: []}]").0.operations[0].credential == .query("api_key"))
        #expect(try Self.client(security: "[{header: []}]", operationSecurity: "[{header: []}]").0.operations[0].credential == nil)
        #expect(try Self.client(security: "[{header: []}]").0.operations[0].credential == nil)
    }

    @Test(
        "a header or cookie name that could write its own header is a located error",
        arguments: ["{type: apiKey, in: header, name: \"X-A\\r\\nInjected: 1\"}", "{type: apiKey, in: cookie, name: \"a=b\"}"])
    func injectedNames(scheme: String) throws {
        let errors = try Stages.readErrors(Self.document(security: "[{bad: []}]") + "    bad: \(scheme)\n")

        #expect(errors.contains { $0.message.contains("is not a valid HTTP token") && $0.location != nil }, "\(errors.map(\.message))")
    }

    @Test(
        "a scheme lacking what the client needs is a located warning, and requests it covers carry no credential",
        arguments: [
            ("{type: apiKey, in: path, name: id}", "needs 'in' to be header, query or cookie"),
            ("{type: apiKey, in: header}", "needs a 'name'"),
            ("{scheme: bearer}", "has no 'type'"),
        ])
    func unusableSchemes(scheme: String, message: String) throws {
        let text = Self.document(security: "[{bad: []}]") + "    bad: \(scheme)\n"
        let (_, warnings) = try Stages.read(text)
        let (model, _) = try Stages.translate(text)

        #expect(warnings.contains { $0.message.contains(message) && $0.location != nil }, "\(warnings.map(\.message))")
        #expect(model.client.credential == .omitted)
    }

    @Test("a requirement naming an undefined scheme warns and sends no credential for it; a defined alternative still wins")
    func undefinedScheme() throws {
        let (alone, _) = try Self.client(security: "[{undefined: []}]")
        let (_, warnings) = try Stages.read(Self.document(security: "[{undefined: []}]"))
        let (beside, _) = try Self.client(security: "[{undefined: []}, {header: []}]")

        #expect(alone.credential == .omitted)
        #expect(warnings.contains { $0.message.contains("names 'undefined', which 'securitySchemes' does not define") })
        #expect(beside.credential == .header("X-API-Key"))
    }

    @Test("the client's defaults name the placement, and an operation that differs passes its own")
    func emitted() throws {
        let files = try Stages.files(Self.document(security: "[{header: []}]", operationSecurity: "[]"))
        let swift = files.map(\.contents).joined()

        #expect(swift.contains(#"ClientDefaults(credentialPlacement: .header("X-API-Key"))"#))
        #expect(swift.contains(#"credentialPlacement: .omitted)"#))
        #expect(swift.contains("Requests carry `apiKey` in the `X-API-Key` header when it is given."))
    }
}
