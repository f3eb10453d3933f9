import Foundation
import GeneratorCore
import Testing

@Suite("YAML parser")
struct YAMLParserTests {
    private func parse(_ text: String) throws -> YAMLNode {
        try YAMLParser.parse(text, file: "spec.yaml")
    }

    /// The diagnostics a parse fails with (empty if it unexpectedly succeeds).
    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try YAMLParser.parse(text, file: "spec.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func at(_ line: Int, _ column: Int) -> GeneratorCore.SourceLocation {
        GeneratorCore.SourceLocation(file: "spec.yaml", line: line, column: column)
    }

    @Test("every nested node carries its 1-based line and column and the file")
    func nestedLocations() throws {
        let root = try parse("""
            openapi: 3.1.0
            paths:
              /pets:
                get:
                  tags: [pets, "animals"]
                  parameters:
                    - name: limit
                      in: query
            """)
        #expect(root.location == at(1, 1))
        let get = try #require(root["paths"]?["/pets"]?["get"])
        #expect(root.mappingEntries?[1].key.location == at(2, 1))
        #expect(root["paths"]?.location == at(3, 3))
        #expect(get.location == at(5, 7))
        #expect(get["tags"]?.location == at(5, 13))
        #expect(get["tags"]?.sequenceElements?[1].location == at(5, 20))
        let parameter = try #require(get["parameters"]?.sequenceElements?.first)
        #expect(get["parameters"]?.location == at(7, 9))  // the first "-"
        #expect(parameter.location == at(7, 11))
        #expect(parameter["in"]?.location == at(8, 15))
    }

    @Test("scalars keep their style: plain, single, double, literal, folded")
    func scalarStyles() throws {
        let root = try parse("""
            a: plain
            b: 'single'
            c: "double"
            d: |
              literal
            e: >
              folded
            """)
        #expect(root["a"]?.scalar?.style == .plain)
        #expect(root["b"]?.scalar?.style == .singleQuoted)
        #expect(root["c"]?.scalar?.style == .doubleQuoted)
        #expect(root["d"]?.scalar?.style == .literal)
        #expect(root["e"]?.scalar?.style == .folded)
    }

    @Test("block literals keep line breaks and folded blocks join lines")
    func blockScalars() throws {
        let root = try parse("""
            literal: |
              line one
                indented
              line three
            folded: >-
              one
              two
            """)
        #expect(root["literal"]?.stringValue == "line one\n  indented\nline three\n")
        #expect(root["folded"]?.stringValue == "one two")
    }

    @Test("explicit tags are recorded in short form; untagged scalars have none")
    func tags() throws {
        let root = try parse("a: !!str 1\nb: 1\nc: !custom x\n")
        #expect(root["a"]?.scalar?.tag == "!!str")
        #expect(root["a"]?.intValue == nil)
        #expect(root["b"]?.scalar?.tag == nil)
        #expect(root["c"]?.scalar?.tag == "!custom")
    }

    @Test("anchors resolve at aliases, which keep their own location")
    func anchorsAndAliases() throws {
        let root = try parse("""
            base: &base
              type: string
            copy: *base
            list: [&n 1, *n]
            """)
        let copy = try #require(root["copy"])
        #expect(copy["type"]?.stringValue == "string")
        #expect(copy.location == at(3, 7))
        #expect(copy["type"]?.location == at(2, 9))  // inner nodes keep the anchored ones'
        #expect(root["list"]?.sequenceElements?.map(\.intValue) == [1, 1])
    }

    @Test("an unknown alias is an error at the alias")
    func unknownAlias() {
        let found = errors("a: 1\nb: *missing\n")
        #expect(found == [.error("unknown alias '*missing'", at: at(2, 4))])
    }

    @Test("a duplicate key is an error at the second key naming the first's line")
    func duplicateKeys() {
        let found = errors("name: a\nother: b\nname: c\n")
        #expect(found == [.error("duplicate key 'name' (first defined at line 1)", at: at(3, 1))])
    }

    @Test("duplicate keys are found in large mappings too")
    func duplicateKeysInLargeMapping() {
        let lines = (0..<40).map { "k\($0): v" } + ["k7: again"]
        let found = errors(lines.joined(separator: "\n"))
        #expect(found == [.error("duplicate key 'k7' (first defined at line 8)", at: at(41, 1))])
    }

    @Test("a collection used as a mapping key is an error")
    func nonScalarKey() {
        let found = errors("? [a, b]\n: 1\n")
        #expect(found == [.error("mapping keys must be scalars, found a sequence", at: at(1, 3))])
    }

    @Test("bad indentation is a syntax error at the offending line")
    func badIndentation() {
        let found = errors("a:\n  b: 1\n c: 2\n")
        #expect(found.first == .error("did not find expected key while parsing a block mapping", at: at(3, 2)))
    }

    @Test("a value on a key's line cannot start a nested mapping")
    func mappingValueNotAllowed() {
        let found = errors("a: 1\n  b: 2\n")
        #expect(found == [.error("mapping values are not allowed in this context", at: at(2, 4))])
    }

    @Test("an unclosed quote is reported at the end with a note where it opened")
    func unclosedQuote() {
        let found = errors("a: \"open\nb: 2\n")
        #expect(found == [
            .error("found unexpected end of stream while scanning a quoted scalar", at: at(3, 1)),
            Diagnostic(.note, "the quoted scalar started here", at: at(1, 4)),
        ])
    }

    @Test("tabs are kept inside scalars but rejected as indentation")
    func tabs() throws {
        #expect(try parse("a: \"x\ty\"\nb: 'p\tq'\n")["a"]?.stringValue == "x\ty")
        let found = errors("a:\n\tb: 1\n")
        #expect(found.first?.location == at(2, 1))
        #expect(found.first?.message.hasPrefix("found character that cannot start any token") == true)
    }

    @Test("control characters are a reader error at their position")
    func controlCharacter() {
        let found = errors("a: ok\nb: x\u{1}\n")
        #expect(found == [.error("control characters are not allowed (#x1)", at: at(2, 5))])
    }

    @Test("an empty or comment-only file is a null scalar at 1:1")
    func emptyDocument() throws {
        for text in ["", "# nothing here\n"] {
            let root = try parse(text)
            #expect(root == YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), at: at(1, 1)))
            #expect(root.isNull)
        }
    }

    @Test("a second document is an error at its start")
    func multipleDocuments() {
        let found = errors("a: 1\n---\nb: 2\n")
        #expect(found == [.error("only one YAML document per file is supported", at: at(2, 1))])
    }

    @Test("UTF-8 text is kept and columns count characters, not bytes")
    func unicode() throws {
        let root = try parse("café: \"naïve 🎉\"\n🎉: {é: ü}\n")
        #expect(root["café"]?.stringValue == "naïve 🎉")
        #expect(root["café"]?.location == at(1, 7))
        #expect(root["🎉"]?["é"]?.stringValue == "ü")
        #expect(root["🎉"]?["é"]?.location == at(2, 8))
    }

    @Test("flow mappings and sequences nest like block ones")
    func flowCollections() throws {
        let root = try parse("enum: [a, 'b', {c: [1, 2]}]\nempty: {}\nnone: []\n")
        let items = try #require(root["enum"]?.sequenceElements)
        #expect(items.count == 3)
        #expect(items[2]["c"]?.sequenceElements?.compactMap(\.intValue) == [1, 2])
        #expect(root["empty"]?.mappingEntries?.isEmpty == true)
        #expect(root["none"]?.sequenceElements?.isEmpty == true)
    }

    @Test("deep nesting does not overflow the stack (with the nesting limit raised)")
    func deepNesting() throws {
        let depth = 5_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let root = try YAMLParser.parse(text, file: "spec.yaml", limits: YAMLLimits(maxNestingDepth: depth))
        #expect(root.sequenceElements?.count == 1)
    }

    /// `/work/shared/data`, found from this file (`Tests/GeneratorTests/YAML` in the package) or absolutely.
    static let openAISpec: String? = {
        let relative = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../shared/data/openai-openapi.yaml").standardized.path
        return [relative, "/work/shared/data/openai-openapi.yaml"].first(where: FileManager.default.fileExists)
    }()

    @Test("the 3 MB OpenAI spec parses to a mapping with paths",
          .enabled(if: openAISpec != nil))
    func largeDocument() throws {
        let text = try String(contentsOfFile: try #require(Self.openAISpec), encoding: .utf8)
        let root = try YAMLParser.parse(text, file: "openai-openapi.yaml")
        #expect(root.keys.contains("paths"))
        #expect((root["paths"]?.mappingEntries?.count ?? 0) > 50)
    }
}

@Suite("YAML core-schema accessors")
struct YAMLNodeAccessTests {
    private func value(_ yaml: String) throws -> YAMLNode {
        try #require(try YAMLParser.parse("v: \(yaml)", file: "t.yaml")["v"])
    }

    @Test("yes, no, on and off stay strings (YAML 1.2, not 1.1)")
    func yaml11BooleansAreStrings() throws {
        for word in ["yes", "no", "on", "off", "y", "n"] {
            let node = try value(word)
            #expect(node.boolValue == nil)
            #expect(node.stringValue == word)
            #expect(node.kindName == "string")
        }
    }

    @Test("only plain true/false spellings are booleans; quoted \"true\" is a string")
    func booleans() throws {
        #expect(try value("true").boolValue == true)
        #expect(try value("FALSE").boolValue == false)
        #expect(try value("True").kindName == "boolean")
        #expect(try value("\"true\"").boolValue == nil)
        #expect(try value("'false'").kindName == "string")
        #expect(try value("tRUE").boolValue == nil)
    }

    @Test("null is null, Null, NULL, ~ or an empty plain value; quoted 'null' is a string")
    func nulls() throws {
        for text in ["null", "Null", "NULL", "~", ""] { #expect(try value(text).isNull) }
        #expect(try value("'null'").isNull == false)
        #expect(try value("nULL").isNull == false)
        #expect(try value("~").kindName == "null")
    }

    @Test("integers are plain decimal, 0x hex or 0o octal; quoted digits are strings")
    func integers() throws {
        #expect(try value("42").intValue == 42)
        #expect(try value("-7").intValue == -7)
        #expect(try value("+3").intValue == 3)
        #expect(try value("0x1F").intValue == 31)
        #expect(try value("0o17").intValue == 15)
        #expect(try value("0x-1").intValue == nil)
        #expect(try value("1_000").intValue == nil)
        #expect(try value("'42'").intValue == nil)
        #expect(try value("1.5").intValue == nil)
    }

    @Test("numbers include decimals, exponents, .inf and .nan but not Swift-only spellings")
    func doubles() throws {
        #expect(try value("1.5").doubleValue == 1.5)
        #expect(try value("-.5e3").doubleValue == -500)
        #expect(try value("7").doubleValue == 7)
        #expect(try value("0x10").doubleValue == 16)
        #expect(try value("-.inf").doubleValue == -.infinity)
        #expect(try value(".NaN").doubleValue?.isNaN == true)
        #expect(try value("1e").doubleValue == nil)
        #expect(try value("inf").doubleValue == nil)
        #expect(try value("nan").doubleValue == nil)
        #expect(try value("0x1p3").doubleValue == nil)
        #expect(try value("2.0").kindName == "number")
    }

    @Test("collections expose entries, elements, keys and kind names")
    func collections() throws {
        let root = try YAMLParser.parse("m: {b: 1, a: 2}\ns: [x]\n", file: "t.yaml")
        #expect(root.keys == ["m", "s"])
        #expect(root["m"]?.keys == ["b", "a"])
        #expect(root["m"]?.kindName == "mapping")
        #expect(root["s"]?.kindName == "sequence")
        #expect(root["s"]?.keys == [])
        #expect(root["s"]?.mappingEntries == nil)
        #expect(root["m"]?.sequenceElements == nil)
        #expect(root["missing"] == nil)
        #expect(root["s"]?["x"] == nil)
    }
}
