/// Case names for enum values, which are often not words at all: `""`, `"*"`, `gpt-5-2025-08-07`.
extension SwiftNaming {
    /// A valid `lowerCamelCase` case name for an enum value; the same value always gets the same name.
    ///
    /// Unlike `memberName`, numbers separated in the value stay separated (`gpt-5-2025-08-07` →
    /// `gpt5_2025_08_07`, not `gpt520250807`), an empty value is `empty`, and a value without letters
    /// or digits is spelled out (`*` → `asterisk`, `-` → `hyphen`).
    public static func enumCaseName(_ value: String) -> String {
        let parts = words(value)
        guard let first = parts.first else { return symbolName(value) }
        var name = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : lowercaseFirst(first)
        for part in parts.dropFirst() {
            // Two numbers side by side would read as one (`5` `2025` → `52025`).
            if name.last?.isNumber == true && part.first?.isNumber == true { name += "_" }
            name += capitalized(part)
        }
        if name == "self" { return "selfValue" }
        return name.first!.isNumber ? "_" + name : name
    }

    /// `empty` for `""`; otherwise each character by name (`+-` → `plusHyphen`), unnamed ones by
    /// their Unicode code point (`u2603`).
    static func symbolName(_ value: String) -> String {
        if value.isEmpty { return "empty" }
        let names = value.unicodeScalars.map { scalar in
            symbolNames[scalar] ?? "u" + String(scalar.value, radix: 16, uppercase: true)
        }
        return names[0] + names.dropFirst().map(capitalized).joined()
    }

    static let symbolNames: [Unicode.Scalar: String] = [
        " ": "space", "!": "exclamationMark", "\"": "quotationMark", "#": "numberSign", "$": "dollarSign",
        "%": "percentSign", "&": "ampersand", "'": "apostrophe", "(": "leftParenthesis", ")": "rightParenthesis",
        "*": "asterisk", "+": "plus", ",": "comma", "-": "hyphen", ".": "period", "/": "slash", ":": "colon",
        ";": "semicolon", "<": "lessThan", "=": "equals", ">": "greaterThan", "?": "questionMark", "@": "at",
        "[": "leftBracket", "\\": "backslash", "]": "rightBracket", "^": "caret", "_": "underscore", "`": "graveAccent",
        "{": "leftBrace", "|": "verticalBar", "}": "rightBrace", "~": "tilde",
    ]
}
