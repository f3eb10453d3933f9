import Testing

@testable import GeneratorCore

/// Which media type an operation's method sends, and how a form body's fields are typed.
@Suite("Request bodies: media type choice and form fields")
struct RequestBodyTranslationTests {
    static func body(_ content: String, components: String? = nil) throws -> (OperationModel.Body?, [Diagnostic]) {
        let yaml = Spec.paths("""
            /x:
              post:
                operationId: send
                requestBody:
                  required: true
                  content:
            \(Spec.indented(content, by: 8))
                responses: {'204': {description: ok}}
            """, components: components)
        let (model, warnings) = try Stages.translate(yaml)
        return (model.client.operations.first?.body, warnings)
    }

    static let fileObject = "{type: object, required: [f], properties: {f: {type: string, format: binary}, n: {type: integer}}}"

    @Test("JSON is sent when offered, whatever the order; the others are listed as alternatives")
    func jsonFirst() throws {
        let (body, _) = try Self.body("""
            text/plain: {schema: {type: string}}
            application/json: {schema: {type: object, properties: {a: {type: string}}}}
            """)
        #expect(body?.contentType == "application/json")
        #expect(body?.alternatives == ["text/plain"])
    }

    @Test("JSON with a file property yields to a form the operation also takes")
    func filesPreferForms() throws {
        let (body, _) = try Self.body("""
            application/json: {schema: \(Self.fileObject)}
            multipart/form-data: {schema: \(Self.fileObject)}
            """)
        guard case .multipart(let form)? = body?.kind else {
            Issue.record("expected a multipart body, got \(String(describing: body?.kind))")
            return
        }
        #expect(form.fields.map(\.value) == [.file, .value(.int)])
        #expect(form.fields.map(\.isRequired) == [true, false])
    }

    @Test("form fields: files, file arrays, file-or-value choices, constants and values, with their encoding")
    func formFields() throws {
        let (body, _) = try Self.body("""
            multipart/form-data:
              schema:
                type: object
                properties:
                  one: {type: string, format: binary}
                  many: {anyOf: [{type: string, format: binary}, {type: array, items: {type: string, format: binary}}]}
                  either: {oneOf: [{type: string, format: binary}, {type: object, properties: {id: {type: string}}}]}
                  kind: {const: k}
                  tags: {type: array, items: {type: string}}
              encoding:
                one: {contentType: image/png}
            """)
        guard case .multipart(let form)? = body?.kind else {
            Issue.record("expected a multipart body")
            return
        }
        #expect(form.fields.map(\.wireName) == ["one", "many", "either", "kind", "tags"])
        #expect(form.fields[0].value == .file && form.fields[0].contentType == "image/png")
        #expect(form.fields[1].value == .files)
        #expect(form.fields[2].value == .choice(form.choices[0].name) && !form.choices[0].fileIsArray)
        #expect(form.fields[3].value == .constant("k"))
        #expect(form.fields[4].value == .value(.array(.string)))
    }

    @Test("binary media types are bytes, string-typed ones text, including non-text/* types")
    func binaryAndText() throws {
        #expect(try Self.body("application/octet-stream: {schema: {type: string}}").0?.kind == .binary)
        #expect(try Self.body("image/png: {}").0?.kind == .binary)
        #expect(try Self.body("text/plain: {schema: {type: string}}").0?.kind == .text)
        #expect(try Self.body("application/sdp: {schema: {type: string}}").0?.kind == .text)
    }

    @Test("bodies that cannot be sent faithfully skip the operation with the reason for each media type",
          arguments: [
            ("application/xml: {schema: {type: object, properties: {a: {type: string}}}}", "only JSON, form, text and binary"),
            ("image/*: {}", "wildcard"),
            ("text/plain; charset=iso-8859-1: {schema: {type: string}}", "not iso-8859-1"),
            ("application/x-www-form-urlencoded: {schema: \(fileObject)}", "a URL-encoded form cannot carry"),
            ("multipart/form-data: {schema: {type: string}}", "object schema"),
            ("multipart/form-data: {schema: \(fileObject), encoding: {f: {headers: {X-A: {schema: {type: string}}}}}}", "part headers"),
            ("multipart/form-data: {schema: \(fileObject), encoding: {f: {contentType: \"a/b\\r\\nX: y\"}}}", "printable ASCII"),
            ("application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: array, items: {type: string}}}}, encoding: {a: {style: pipeDelimited}}}", "pipeDelimited"),
            ("multipart/form-data: {schema: {type: object, properties: {a: {oneOf: [{type: string, format: binary}, {type: integer}, {type: boolean}]}}}}", "several other types"),
          ])
    func unsupported(_ content: String, reason: String) throws {
        let (body, warnings) = try Self.body(content)
        #expect(body == nil)
        let skip = try #require(warnings.first { $0.message.contains("is not generated") })
        #expect(skip.message.contains(reason), "\(skip.message)")
        #expect(skip.location?.file == Spec.file)
    }

    @Test("in strict mode an unsupported body is a located error")
    func strict() throws {
        var configuration = GeneratorConfiguration()
        configuration.strict = true
        let yaml = Spec.paths("""
            /x:
              post:
                operationId: send
                requestBody: {content: {application/xml: {schema: {type: object}}}}
                responses: {'204': {description: ok}}
            """)
        let errors = try Stages.translateErrors(yaml, configuration: configuration)
        #expect(errors.count == 1 && errors[0].message.contains("'application/xml'"))
    }
}
