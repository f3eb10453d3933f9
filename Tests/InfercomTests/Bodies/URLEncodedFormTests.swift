@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `URLEncodedForm`: the form serializer's percent-encoding and OpenAPI's styles.
@Suite("URL-encoded form encoding")
struct URLEncodedFormTests {
    struct Filter: Encodable, Sendable {
        var owner: String
        var kind: String?
    }

    static func encoded(_ build: (inout URLEncodedForm) -> Void) throws -> String {
        var form = URLEncodedForm()
        build(&form)
        return String(decoding: try form.encoded(), as: UTF8.self)
    }

    @Test("only A–Z a–z 0–9 * - . _ stay; a space becomes +; every other UTF-8 byte is %XX")
    func percentEncoding() throws {
        let text = try Self.encoded { $0.append("a b&c=d/é*~+%-._", name: "q r") }
        #expect(text == "q+r=a+b%26c%3Dd%2F%C3%A9*%7E%2B%25-._")
    }

    @Test("scalars, exploded and comma-joined arrays")
    func scalarsAndArrays() throws {
        let text = try Self.encoded {
            $0.append(3, name: "n")
            $0.append(false, name: "b")
            $0.append(["a", "b,c"], name: "tags")
            $0.append(["x", "y"], name: "list", explode: false)
        }
        #expect(text == "n=3&b=false&tags=a&tags=b%2Cc&list=x%2Cy")
    }

    @Test("objects: form exploded as their own keys, form as key,value pairs, deepObject bracketed and nested; keys in order")
    func objects() throws {
        let filter = Filter(owner: "ann", kind: "cat")
        let text = try Self.encoded {
            $0.append(filter, name: "filter")
            $0.append(filter, name: "f", explode: false)
            $0.append(["z": ["deep": "1"], "a": ["list": ["p", "q"]]] as JSONValue, name: "m", style: .deepObject)
        }
        #expect(text == "kind=cat&owner=ann&f=kind%2Ccat%2Cowner%2Cann&m%5Ba%5D%5Blist%5D=p&m%5Ba%5D%5Blist%5D=q&m%5Bz%5D%5Bdeep%5D=1")
    }

    @Test("null and nesting the style cannot express are refused, never dropped")
    func refusals() {
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append(Optional<Int>.none, name: "n") } }
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append(["a": ["b": "c"]], name: "o") } }
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append([["a"]], name: "nested") } }
    }
}
