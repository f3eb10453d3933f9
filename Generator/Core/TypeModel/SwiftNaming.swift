/// Turns wire names (`previous_response_id`, `response.output_text.delta`, `gpt-oss-120b`) into
/// idiomatic Swift identifiers (`previousResponseID`, `responseOutputTextDelta`, `gptOss120b`).
public enum SwiftNaming {
    /// Words spelled in capitals inside identifiers, as the Swift API guidelines ask.
    static let acronyms: Set<String> = ["id", "url", "uri", "json", "http", "https", "api", "sse", "ui"]

    /// Splits on separators and camel-case humps: `callID_v2` → [call, ID, v2]. Only letters and
    /// digits Swift accepts in identifiers survive (see `IdentifierCharacters`); everything else —
    /// punctuation, quotes, line breaks, control and format characters — separates words.
    static func words(_ raw: String) -> [String] {
        // Character properties are slow; nearly every name is ASCII, where bytes decide the same.
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(raw) }
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in IdentifierCharacters.separatingUnsafe(raw) {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, character.isUppercase, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words` for ASCII text: letters and digits make words, anything else separates them.
    private static func asciiWords(_ raw: String) -> [String] {
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var words: [String] = []
        var current: [UInt8] = []
        var previous: UInt8?
        for byte in raw.utf8 {
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previous = nil
                continue
            }
            if let previous, isUpper(byte), isLower(previous) || isDigit(previous) {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(byte)
            previous = byte
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func capitalized(_ word: String) -> String {
        let lower = word.lowercased()
        // Plurals keep a lowercase s: `IDs`, `URLs`.
        if lower.hasSuffix("s"), acronyms.contains(String(lower.dropLast())) { return lower.dropLast().uppercased() + "s" }
        if acronyms.contains(lower) { return word.uppercased() }
        // Keep existing inner capitals (`URLCitation` stays as written).
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `UpperCamelCase` for type names.
    public static func typeName(_ raw: String) -> String {
        let name = IdentifierCharacters.filtered(words(raw).map(capitalized).joined())
        return name.isEmpty ? "Unnamed" : (name.first!.isNumber ? "_" + name : name)
    }

    /// `lowerCamelCase` for properties, cases and methods, escaped if it is a keyword.
    public static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "unnamed" }  // `_` alone is not a name
        let head = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : lowercaseFirst(first)
        let name = IdentifierCharacters.filtered(head + parts.dropFirst().map(capitalized).joined())
        if name.isEmpty { return "unnamed" }
        if name == "self" { return "selfValue" }  // `self.self` would be the value itself
        return name.first!.isNumber ? "_" + name : name
    }

    static func lowercaseFirst(_ word: String) -> String {
        // `URLCitation` → `urlCitation`: lower the leading run of capitals except the last before a lowercase.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercaseFirst(word) }
        let characters = Array(word)
        var index = 0
        while index < characters.count, characters[index].isUppercase { index += 1 }
        if index <= 1 { return word.prefix(1).lowercased() + word.dropFirst() }
        let cut = index == characters.count ? index : index - 1
        return String(characters[..<cut]).lowercased() + String(characters[cut...])
    }

    /// `lowercaseFirst` on bytes: in ASCII every character is one byte, and only `A`–`Z` are uppercase.
    private static func asciiLowercaseFirst(_ word: String) -> String {
        var bytes = Array(word.utf8)
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        var index = 0
        while index < bytes.count, isUpper(bytes[index]) { index += 1 }
        let cut = index <= 1 ? min(1, bytes.count) : (index == bytes.count ? index : index - 1)
        for i in 0..<cut where isUpper(bytes[i]) { bytes[i] += 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Backticks for identifiers that are Swift keywords.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "some", "any",
    ]
}

/// Hands out unique names; the first claimant of a name keeps it, later ones get a numeric suffix.
struct NameRegistry {
    private var used: Set<String>
    /// The next suffix to try per name, so that many names folding to the same identifier (`a-b`,
    /// `a_b`, `a.b`, …) cost linear time, not quadratic.
    private var nextSuffix: [String: Int] = [:]

    init(reserved: Set<String> = []) { used = reserved }

    mutating func claim(_ name: String) -> String {
        var candidate = name
        var counter = nextSuffix[name] ?? 2
        // `version1` and a second `version1` are `version1_2`, not `version12`.
        let separator = name.last?.isASCII == true && name.last?.isNumber == true ? "_" : ""
        while used.contains(candidate) {
            candidate = "\(name)\(separator)\(counter)"
            counter += 1
        }
        if candidate != name { nextSuffix[name] = counter }
        used.insert(candidate)
        return candidate
    }
}
