import Testing

@testable import GeneratorCore

@Suite("Swift naming")
struct SwiftNamingTests {
    @Test("snake_case, kebab-case and dotted wire names become lowerCamelCase members", arguments: [
        ("previous_response_id", "previousResponseID"),
        ("max-output-tokens", "maxOutputTokens"),
        ("response.output_text.delta", "responseOutputTextDelta"),
        ("in_progress", "inProgress"),
        ("x-foo", "xFoo"),
        ("already_camelCase", "alreadyCamelCase"),
    ])
    func memberNames(wire: String, swift: String) {
        #expect(SwiftNaming.memberName(wire) == swift)
    }

    @Test("type names are UpperCamelCase with the same word splitting", arguments: [
        ("create_response_request", "CreateResponseRequest"),
        ("response.created", "ResponseCreated"),
        ("function-call", "FunctionCall"),
        ("URLCitation", "URLCitation"),
    ])
    func typeNames(wire: String, swift: String) {
        #expect(SwiftNaming.typeName(wire) == swift)
    }

    @Test("acronyms are all capitals inside a name and all lowercase at its start", arguments: [
        ("call_id", "callID"),
        ("image_url", "imageURL"),
        ("id", "id"),
        ("URL", "url"),
        ("URLCitation", "urlCitation"),
        ("json_schema", "jsonSchema"),
        ("HTTPStatus", "httpStatus"),
    ])
    func acronyms(wire: String, swift: String) {
        #expect(SwiftNaming.memberName(wire) == swift)
    }

    @Test("plural acronyms keep a lowercase s, as in the Swift API guidelines' IDs and URLs", arguments: [
        ("api_key_ids", "apiKeyIDs"),
        ("file_urls", "fileURLs"),
    ])
    func pluralAcronyms(wire: String, swift: String) {
        #expect(SwiftNaming.memberName(wire) == swift)
    }

    @Test("names starting with a digit get a leading underscore", arguments: [
        ("2fa", "_2fa"),
        ("256x256", "_256x256"),
        ("gpt-oss-120b", "gptOss120b"),
    ])
    func leadingDigits(wire: String, swift: String) {
        #expect(SwiftNaming.memberName(wire) == swift)
    }

    @Test("a type name starting with a digit gets a leading underscore too")
    func typeNameLeadingDigit() {
        #expect(SwiftNaming.typeName("3d_model") == "_3dModel")
    }

    @Test("names with no letters or digits still produce an identifier")
    func emptyNames() {
        #expect(SwiftNaming.memberName("-") == "unnamed")  // `_` alone cannot name a property or case
        #expect(SwiftNaming.typeName("") == "Unnamed")
    }

    @Test("keywords are escaped with backticks; ordinary names and contextual words are not", arguments: [
        ("default", "`default`"),
        ("class", "`class`"),
        ("protocol", "`protocol`"),
        ("self", "`self`"),
        ("Type", "`Type`"),
        ("type", "type"),
        ("name", "name"),
        ("async", "async"),
    ])
    func escaping(name: String, escaped: String) {
        #expect(SwiftNaming.escaped(name) == escaped)
    }

    @Test("the name registry keeps the first claimant's name and numbers the later ones")
    func registry() {
        var registry = NameRegistry(reserved: ["unknown"])
        #expect(registry.claim("inProgress") == "inProgress")
        #expect(registry.claim("inProgress") == "inProgress2")
        #expect(registry.claim("inProgress") == "inProgress3")
        #expect(registry.claim("unknown") == "unknown2")
    }

    @Test("enum case names keep separated numbers apart", arguments: [
        ("gpt-5-2025-08-07", "gpt5_2025_08_07"),
        ("gpt-4.1", "gpt4_1"),
        ("Llama-3.3-70B-Instruct", "llama3_3_70BInstruct"),
        ("gpt-oss-120b", "gptOss120b"),
        ("in_progress", "inProgress"),
        ("2024-01-01", "_2024_01_01"),
    ])
    func enumCaseNumbers(value: String, swift: String) {
        #expect(SwiftNaming.enumCaseName(value) == swift)
    }

    @Test("enum values without letters or digits get valid, spelled-out case names", arguments: [
        ("", "empty"),
        ("*", "asterisk"),
        (">=", "greaterThanEquals"),
        ("☃", "u2603"),
        (" ", "space"),
    ])
    func enumCaseSymbols(value: String, swift: String) {
        #expect(SwiftNaming.enumCaseName(value) == swift)
    }
}
