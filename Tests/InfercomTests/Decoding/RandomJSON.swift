/// Random JSON text for differential tests: every kind of value, escapes, non-ASCII text, number
/// spellings (exponents, fractions, big integers), whitespace and nesting.
enum RandomJSON {
    static func document<G: RandomNumberGenerator>(using generator: inout G) -> String {
        value(depth: 0, using: &generator)
    }

    static func value<G: RandomNumberGenerator>(depth: Int, using generator: inout G) -> String {
        let kind = Int.random(in: 0..<(depth > 4 ? 5 : 7), using: &generator)
        let space = [" ", "", "\n", "\t", ""].randomElement(using: &generator)!
        switch kind {
        case 0: return ["null", "true", "false"].randomElement(using: &generator)!
        case 1, 2: return number(using: &generator)
        case 3, 4: return string(using: &generator)
        case 5:
            let count = Int.random(in: 0...4, using: &generator)
            return "[" + (0..<count).map { _ in space + value(depth: depth + 1, using: &generator) }.joined(separator: ",") + "]"
        default:
            let count = Int.random(in: 0...4, using: &generator)
            return "{" + (0..<count).map { _ in
                string(using: &generator) + space + ":" + value(depth: depth + 1, using: &generator)
            }.joined(separator: "," + space) + "}"
        }
    }

    static func number<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let sign = Bool.random(using: &generator) ? "-" : ""
        let integer = [String(Int.random(in: 0...9, using: &generator)), String(UInt64.random(in: 0...UInt64.max, using: &generator)),
                       "9223372036854775808", "0", String(Int.random(in: 1...100_000, using: &generator))].randomElement(using: &generator)!
        let fraction = Bool.random(using: &generator) ? "" : "." + String(Int.random(in: 0...999_999, using: &generator))
        let exponent = Int.random(in: 0..<3, using: &generator) == 0
            ? ["e", "E"].randomElement(using: &generator)! + ["", "+", "-"].randomElement(using: &generator)! + String(Int.random(in: 0...400, using: &generator))
            : ""
        return sign + integer + fraction + exponent
    }

    static func string<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let pieces = ["a", "type", "é", "日本", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\u0041", "\\u00e9", "\\ud83d\\ude00", " ", "x_y", "\\t", "\\u0000"]
        let count = Int.random(in: 0...5, using: &generator)
        return "\"" + (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined() + "\""
    }

    /// A byte that is likely to matter to a JSON parser.
    static func interestingByte<G: RandomNumberGenerator>(using generator: inout G) -> UInt8 {
        Array("{}[],:\"\\ 0-1.eE+tfnu\n".utf8).randomElement(using: &generator)!
    }
}

/// A small seeded generator, so a failing random document can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
