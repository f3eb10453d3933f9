import Testing

@testable import GeneratorCore

/// Where the API key goes is part of the wire: moving it breaks old clients.
@Suite("Spec diff: credentials")
struct SpecDiffCredentialTests {
    static let schemes = """
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            header: {type: apiKey, in: header, name: X-API-Key}
          schemas:
        """

    /// The base spec with `security` at its root and the two schemes.
    static func spec(security: String, healthSecurity: String? = nil) -> String {
        var edits = [("components:\n  schemas:", schemes), ("servers:", "security: \(security)\nservers:")]
        if let healthSecurity { edits.append(("operationId: health", "operationId: health\n      security: \(healthSecurity)")) }
        return DiffSpec.edited(edits)
    }

    @Test("moving the document's key from a bearer token to a header is one wire-breaking change, at #/security")
    func clientMoved() throws {
        let changes = try DiffSpec.changes(from: Self.spec(security: "[{bearer: []}]"), to: Self.spec(security: "[{header: []}]"))

        #expect(changes.map(\.rule) == ["credential-placement-changed"])
        #expect(changes.first?.category == .wireBreaking)
        #expect(changes.first?.pointer == "#/security")
        #expect(changes.first?.symbol == "Client.clientDefaults")
        #expect(changes.first?.message.contains("in the `X-API-Key` header, not as a bearer token") == true)
    }

    @Test("an operation that starts needing the key is wire-breaking; one that stops needing it is additive")
    func operationNeedsOrNot() throws {
        let open = Self.spec(security: "[{bearer: []}]", healthSecurity: "[]")
        let closed = Self.spec(security: "[{bearer: []}]")

        let needs = try DiffSpec.changes(from: open, to: closed)
        let needsNot = try DiffSpec.changes(from: closed, to: open)

        #expect(needs.map(\.rule) == ["credential-placement-changed"])
        #expect(needs.first?.symbol == "Client.health")
        #expect(needsNot.map(\.rule) == ["credential-no-longer-sent"])
        #expect(needsNot.first?.category == .additive)
    }

    @Test("an unchanged security, or an operation that restates the document's, reports nothing")
    func unchanged() throws {
        let plain = Self.spec(security: "[{header: []}]")
        let restated = Self.spec(security: "[{header: []}]", healthSecurity: "[{header: []}]")

        #expect(try DiffSpec.changes(from: plain, to: plain).isEmpty)
        #expect(try DiffSpec.changes(from: plain, to: restated).isEmpty)
    }
}
