import GeneratorCore
import Testing

/// `<<` merge keys, as hand-written specs use them to share members between schemas.
@Suite("YAML merge keys")
struct YAMLMergeKeyTests {
    private func parse(_ text: String) throws -> YAMLNode {
        try YAMLParser.parse(text, file: "spec.yaml")
    }

    private func keys(_ node: YAMLNode?) -> [String] {
        node?.mappingEntries?.compactMap(\.key.stringValue) ?? []
    }

    @Test("a merged mapping's entries take the place of the merge key, and the mapping's own keys win")
    func mergeOne() throws {
        let root = try parse("""
            base: &base {a: 1, b: 2}
            derived:
              first: 0
              <<: *base
              b: 3
            """)

        #expect(keys(root["derived"]) == ["first", "a", "b"])
        #expect(root["derived"]?["a"]?.intValue == 1)
        #expect(root["derived"]?["b"]?.intValue == 3)
    }

    @Test("from a list of mappings, the first that has a key gives its value")
    func mergeList() throws {
        let root = try parse("""
            one: &one {a: 1}
            two: &two {a: 2, b: 2}
            derived: {<<: [*one, *two], c: 3}
            """)

        #expect(keys(root["derived"]) == ["a", "b", "c"])
        #expect(root["derived"]?["a"]?.intValue == 1)
        #expect(root["derived"]?["b"]?.intValue == 2)
    }

    @Test("a quoted \"<<\" is an ordinary key")
    func quotedKey() throws {
        let root = try parse(#"derived: {"<<": {a: 1}}"#)

        #expect(keys(root["derived"]) == ["<<"])
    }

    @Test("a merge key whose value is not a mapping or a list of mappings is a located error")
    func notAMapping() {
        for text in ["derived: {<<: 1}", "derived: {<<: [1]}"] {
            let error = #expect(throws: DiagnosticError.self, "\(text)") { try parse(text) }
            #expect(error?.diagnostics.first?.message.contains("merge key ('<<')") == true)
            #expect(error?.diagnostics.first?.location?.line == 1)
        }
    }

    @Test("a schema written with a merge key holds the keywords of the schema it merges")
    func mergedSchema() throws {
        let root = try parse("""
            components:
              schemas:
                Base: &base
                  type: object
                  properties: {id: {type: string}}
                Derived:
                  <<: *base
                  description: More.
            """)

        #expect(keys(root["components"]?["schemas"]?["Derived"]) == ["type", "properties", "description"])
        #expect(keys(root["components"]?["schemas"]?["Derived"]?["properties"]) == ["id"])
    }
}
