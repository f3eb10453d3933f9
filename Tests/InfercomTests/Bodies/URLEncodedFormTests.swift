@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `URLEncodedForm`: the form serializer's percent-encoding and OpenAPI's styles.
@Suite("URL-encoded form encoding")
struct URLEncodedFormTests {
    struct Filter: Encodable, Sendable {
        var owner: String
        var kind: String?
    }

    static func encoded(deepObjectArrays notation: DeepObjectArrays? = nil, _ build: (inout URLEncodedForm) -> Void) throws -> String {
        var form = notation.map(URLEncodedForm.init(deepObjectArrays:)) ?? URLEncodedForm()
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
            $0.append(["z": ["deep": "1"], "a": ["k": "v"]] as JSONValue, name: "m", style: .deepObject)
        }
        #expect(text == "kind=cat&owner=ann&f=kind%2Ccat%2Cowner%2Cann&m%5Ba%5D%5Bk%5D=v&m%5Bz%5D%5Bdeep%5D=1")
    }

    /// `{"tags": ["p", "q"], "n": 1}` in field `m`, and `["x"]` in field `e`, both deepObject.
    static func deepObjectArrays(_ notation: DeepObjectArrays?) throws -> String {
        try encoded(deepObjectArrays: notation) {
            $0.append(["tags": ["p", "q"], "n": 1] as JSONValue, name: "m", style: .deepObject)
            $0.append(["x"], name: "e", style: .deepObject)
        }.removingPercentEncodedBrackets
    }

    @Test("deepObject arrays are written in the form's notation: brackets, indices or repeated names")
    func deepObjectArrayNotations() throws {
        #expect(try Self.deepObjectArrays(.brackets) == "m[n]=1&m[tags][]=p&m[tags][]=q&e[]=x")
        #expect(try Self.deepObjectArrays(.indices) == "m[n]=1&m[tags][0]=p&m[tags][1]=q&e[0]=x")
        #expect(try Self.deepObjectArrays(.repeated) == "m[n]=1&m[tags]=p&m[tags]=q&e=x")
    }

    @Test("indices nest objects and arrays inside arrays; brackets and repeated names refuse them")
    func deepObjectArraysOfObjects() throws {
        let lines: JSONValue = [["price": "p1", "quantity": 2], ["price": "p2", "tiers": [1, 5]]]
        let text = try Self.encoded(deepObjectArrays: .indices) { $0.append(lines, name: "lines", style: .deepObject) }
        #expect(text.removingPercentEncodedBrackets
            == "lines[0][price]=p1&lines[0][quantity]=2&lines[1][price]=p2&lines[1][tiers][0]=1&lines[1][tiers][1]=5")
        for notation in [DeepObjectArrays.brackets, .repeated] {
            #expect(throws: BodyEncodingError.self) {
                try Self.encoded(deepObjectArrays: notation) { $0.append(lines, name: "lines", style: .deepObject) }
            }
        }
    }

    @Test("an array in a deepObject field without a notation is refused, naming the field, never sent as a guess")
    func deepObjectArrayWithoutNotation() throws {
        let error = #expect(throws: BodyEncodingError.self) { try Self.deepObjectArrays(nil) }
        #expect(error?.description.contains("m[tags]") == true, "\(String(describing: error))")
        // Exploded form arrays are defined by OpenAPI and need no notation.
        #expect(try Self.encoded { $0.append(["p", "q"], name: "tags") } == "tags=p&tags=q")
    }

    @Test("null and nesting the style cannot express are refused, never dropped")
    func refusals() {
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append(Optional<Int>.none, name: "n") } }
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append(["a": ["b": "c"]], name: "o") } }
        #expect(throws: BodyEncodingError.self) { try Self.encoded { $0.append([["a"]], name: "nested") } }
    }
}

extension String {
    /// The text with `%5B` and `%5D` shown as the brackets they encode, for readable expectations.
    fileprivate var removingPercentEncodedBrackets: String {
        replacing("%5B", with: "[").replacing("%5D", with: "]")
    }
}
