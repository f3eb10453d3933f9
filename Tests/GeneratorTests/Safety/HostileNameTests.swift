import Testing

@testable import GeneratorCore

/// Names that go into requests or into the code as they are must be what they claim to be.
@Suite("Hostile names")
struct HostileNameTests {
    /// YAML double-quoted escapes, as a spec would write them.
    @Test("header parameter names must be HTTP tokens", arguments: [#"X-A\r\nX-B: 1"#, "X A", "X:A", "", #"\e[2J"#, "Ünï", #"X\"Y"#])
    func headerNames(name: String) throws {
        let yaml = Spec.paths("""
            /things:
              get:
                operationId: getThings
                parameters:
                  - {name: "\(name)", in: header, schema: {type: string}}
                responses: {"204": {description: ok}}
            """)
        let errors = try Stages.readErrors(yaml)
        #expect(errors.contains { $0.message.contains("is not a valid HTTP field name") }, "\(errors)")
    }

    @Test("unusual but valid header names are accepted", arguments: ["X-Trace-#raw'!", "x_y.z~1", "ETag"])
    func validHeaderNames(name: String) throws {
        let yaml = Spec.paths("""
            /things:
              get:
                operationId: getThings
                parameters:
                  - {name: "\(name)", in: header, schema: {type: string}}
                responses: {"204": {description: ok}}
            """)
        #expect(try Stages.readErrors(yaml).isEmpty)
    }

    @Test("paths and server URLs with line breaks or control characters are rejected")
    func requestLineText() throws {
        let yaml = Spec.header + """
            servers:
              - url: "https://example.com/\\r\\nX-Injected: 1"
            paths:
              "/items\\u0085x":
                get:
                  operationId: getItems
                  responses: {"204": {description: ok}}

            """
        let messages = try Stages.readErrors(yaml).map(\.message)
        #expect(messages.contains { $0.hasPrefix("server URL 'https://example.com/\\u{D}\\u{A}X-Injected: 1'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("path '/items\\u{85}x'") }, "\(messages)")
    }

    @Test("configured names must be plain identifiers", arguments: [
        "clientName: \"A\\rpublic let injected = 1\"", "typePrefix: \"X Y\"", "runtimeModule: \"R; import Foundation\"",
        "clientName: \"1Client\"", "clientName: \"struct\"", "clientName: \"\"",
    ])
    func configuredNames(line: String) {
        #expect(throws: DiagnosticError.self) { try GeneratorConfiguration.read(line, file: "c.yaml") }
    }

    @Test("an empty type prefix and ordinary names are accepted")
    func ordinaryConfiguredNames() throws {
        let configuration = try GeneratorConfiguration.read("clientName: My_Client2\ntypePrefix: \"\"\n", file: "c.yaml")
        #expect(configuration.clientName == "My_Client2")
        #expect(configuration.typePrefix == "")
    }
}
