import Testing

@testable import GeneratorCore

/// Numbers become literals only when Swift can hold them; names become identifiers made only of
/// letters and digits.
@Suite("Number literals and identifiers")
struct NumberAndNameRenderingTests {
    @Test("Double expressions exist for every value, including infinities and NaN")
    func doubleExpressions() {
        #expect(NumberLiteral.double(2) == "2.0")
        #expect(NumberLiteral.double(-0.0) == "-0.0")
        #expect(NumberLiteral.double(0.5) == "0.5")
        #expect(NumberLiteral.double(1e300) == "1e+300")
        #expect(NumberLiteral.double(.infinity) == "Double.infinity")
        #expect(NumberLiteral.double(-.infinity) == "-Double.infinity")
        #expect(NumberLiteral.double(.nan) == "Double.nan")
    }

    @Test("a literal for a typed default exists only when the type can hold the value")
    func rangeChecked() {
        #expect(NumberLiteral.literal(1e300, for: .int) == nil)
        #expect(NumberLiteral.literal(1e20, for: .int64) == nil)
        #expect(NumberLiteral.literal(2.5, for: .int) == nil)
        #expect(NumberLiteral.literal(3.0, for: .int) == "3")
        #expect(NumberLiteral.literal(3_000_000_000, for: .int32) == nil)
        #expect(NumberLiteral.literal(Int(Int32.min), for: .int32) == "-2147483648")
        #expect(NumberLiteral.literal(1e300, for: .float) == nil)
        #expect(NumberLiteral.literal(1e-60, for: .float) == nil)
        #expect(NumberLiteral.literal(Double.leastNonzeroMagnitude, for: .double) == nil)
        #expect(NumberLiteral.literal(.infinity, for: .double) == nil)
        #expect(NumberLiteral.literal(.nan, for: .double) == nil)
        #expect(NumberLiteral.literal(1e300, for: .double) == "1e+300")
        #expect(NumberLiteral.literal(Int.max, for: .int) == String(Int.max))
        #expect(NumberLiteral.literal(1.0, for: .string) == nil)
    }

    @Test("documentation spells extreme numbers without crashing")
    func descriptions() {
        #expect(NumberLiteral.description(3) == "3")
        #expect(NumberLiteral.description(1e300) == "1e+300")
        #expect(NumberLiteral.description(-.infinity) == "-.inf")
        #expect(NumberLiteral.description(.nan) == ".nan")
        #expect(EmitContext.defaultDescription(.number(1e300)) == "`1e+300`")
    }

    /// Letters, digits and `_`, not starting with a digit, or a keyword in backticks.
    static func isSafeIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || IdentifierCharacters.isAllowed($0) }
    }

    @Test("names made from hostile text are plain identifiers", arguments: HostileText.all + [
        "", "_", "123", "self", "Self", "Type", "init", "default", "`x`", "$ref", "a.b-c", "\u{202E}evil", "名前", "ǰump",
    ])
    func identifiersAreSafe(raw: String) {
        #expect(Self.isSafeIdentifier(SwiftNaming.typeName(raw)), "\(SwiftNaming.typeName(raw).debugDescription)")
        let member = SwiftNaming.memberName(raw)
        #expect(Self.isSafeIdentifier(member), "\(member.debugDescription)")
        let escaped = SwiftNaming.escaped(member)
        #expect(escaped == member || escaped == "`\(member)`")
    }

    @Test("injection attempts in names are folded into one identifier")
    func injectionBecomesOneName() {
        #expect(SwiftNaming.memberName("x\rpublic let injected = 1") == "xPublicLetInjected1")
        #expect(SwiftNaming.typeName("A\u{2028}B\u{202E}C") == "ABC")
        #expect(SwiftNaming.memberName("\u{202E}") == "unnamed")
        #expect(SwiftNaming.typeName("") == "Unnamed")
    }
}
