/// Numbers in schemas. Each one is a finite number that fits where the generated code puts it, or
/// a located error: `.inf`, `.nan`, `1e400`, `1e-400` and integers beyond 64 bits never reach an
/// emitter (where they would crash the generator or become code that does not compile).
extension DocumentReader {
    /// A bound (`minimum`, `maximum`, `exclusive…`, `multipleOf`): a finite number.
    mutating func readBound(_ node: YAMLNode, keyword: String) -> Double? {
        guard let value = node.doubleValue else {
            error("'\(keyword)' must be a number, found \(Self.quoted(node))", at: node)
            return nil
        }
        return checkRepresentable(value, node, what: "'\(keyword)'") ? value : nil
    }

    /// A count (`minLength`, `maxItems`, …): a whole number from 0 to `Int.max` (`2.0` is accepted).
    mutating func readCount(_ node: YAMLNode, keyword: String) -> Int? {
        if let count = node.intValue, count >= 0 { return count }
        if let value = node.doubleValue, value >= 0, value.isFinite, let count = Int(exactly: value) { return count }
        error("'\(keyword)' must be a non-negative integer, found \(Self.quoted(node))", at: node)
        return nil
    }

    /// An `enum`, `const` or `default` value with its numbers checked.
    mutating func readCheckedLiteral(_ node: YAMLNode, what: String) -> EnumLiteral? {
        let literal = readLiteral(node)
        switch literal {
        case .number(let value):
            return checkRepresentable(value, node, what: what) ? literal : nil
        case .string(let text) where node.scalar?.style == .plain && Self.looksLikeRadixInteger(text):
            error("\(what) \(Self.quoted(node)) does not fit in a 64-bit integer", at: node)
            return nil
        default:
            return literal
        }
    }

    /// A `default`, checked against the schema's own `type` and `format` so that it can be written
    /// as a Swift literal of the property's type (`1e300` is not an `Int`, `3000000000` not an `Int32`).
    mutating func readDefault(_ node: YAMLNode, types: [JSONType], format: String?) -> DefaultLiteral? {
        if node.scalar == nil { return node.sequenceElements != nil ? .list : .object }
        guard let literal = readCheckedLiteral(node, what: "default") else { return nil }
        switch (literal, types) {
        case (.number(let value), [.integer]):
            guard let exact = Int(exactly: value), Self.fits(exact, format: format) else {
                error("default \(Self.quoted(node)) is not \(Self.integerRange(format))", at: node)
                return nil
            }
            return .integer(exact)
        case (.integer(let value), [.integer]) where !Self.fits(value, format: format):
            error("default \(Self.quoted(node)) is not \(Self.integerRange(format))", at: node)
            return nil
        case (.number(let value), [.number]) where format == "float" && !Self.fitsFloat(value):
            error("default \(Self.quoted(node)) does not fit in a Float", at: node)
            return nil
        default:
            return DefaultLiteral(literal)
        }
    }

    /// Infinities, NaN and magnitudes a `Double` cannot hold (`1e400` reads as infinity, `1e-400`
    /// as zero, `5e-324` as a subnormal that Swift warns about) are errors.
    mutating func checkRepresentable(_ value: Double, _ node: YAMLNode, what: String) -> Bool {
        let text = Self.quoted(node)
        if !value.isFinite {
            error("\(what) must be a finite number, found \(text)", at: node)
            return false
        }
        if (value == 0 && Self.hasNonzeroMantissa(node.stringValue ?? "")) || (value != 0 && !value.isNormal) {
            error("\(what) \(text) is too close to zero to be represented as a Double", at: node)
            return false
        }
        return true
    }

    static func fits(_ value: Int, format: String?) -> Bool {
        format == "int32" ? Int32(exactly: value) != nil : true
    }

    static func fitsFloat(_ value: Double) -> Bool {
        let single = Float(value)
        return single.isFinite && (single == 0 ? value == 0 : single.isNormal)
    }

    static func integerRange(_ format: String?) -> String {
        format == "int32" ? "an integer that fits in 32 bits" : "an integer that fits in 64 bits"
    }

    /// `0x…` / `0o…` plain scalars: YAML integers, read as strings only when they overflow.
    static func looksLikeRadixInteger(_ text: String) -> Bool {
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        if body.hasPrefix("0x") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) }
        if body.hasPrefix("0o") { return body.count > 2 && body.dropFirst(2).allSatisfy { ("0"..."7").contains($0) } }
        return false
    }

    static func hasNonzeroMantissa(_ text: String) -> Bool {
        text.prefix { $0 != "e" && $0 != "E" }.contains { ("1"..."9").contains($0) }
    }

    /// The node's text for a message: `'1e300'`, or its kind for collections.
    static func quoted(_ node: YAMLNode) -> String {
        guard let text = node.stringValue else { return "a \(node.kindName)" }
        let shown = SpecText.visible(text)
        return "'\(shown.count > 40 ? shown.prefix(40) + "…" : shown)'"
    }
}

extension DefaultLiteral {
    init(_ literal: EnumLiteral) {
        switch literal {
        case .string(let value): self = .string(value)
        case .integer(let value): self = .integer(value)
        case .number(let value): self = .number(value)
        case .bool(let value): self = .bool(value)
        case .null: self = .null
        }
    }
}
