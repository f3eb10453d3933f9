/// Typed views of a node under the YAML 1.2 core schema.
///
/// Only plain, untagged scalars are resolved by their text (so `"true"` is a string and `yes`/`on`
/// are strings, unlike YAML 1.1); an explicit core tag such as `!!int` also asks for resolution.
extension YAMLNode {
    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { scalar } else { nil }
    }

    /// The text of any scalar, quoted or plain; `nil` for collections.
    public var stringValue: String? { scalar?.text }

    /// Whether this is `null`, `Null`, `NULL`, `~` or an empty plain scalar (e.g. `key:` with no value).
    public var isNull: Bool {
        guard let scalar else { return false }
        if scalar.tag == "!!null" { return true }
        guard scalar.isResolvable else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// `true`/`True`/`TRUE` or `false`/`False`/`FALSE` when plain (or tagged `!!bool`).
    public var boolValue: Bool? {
        guard let scalar, scalar.isResolvable || scalar.tag == "!!bool" else { return nil }
        switch scalar.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// A plain decimal (`-12`, `+3`), hexadecimal (`0x1F`) or octal (`0o17`) integer that fits in `Int`.
    public var intValue: Int? {
        guard let scalar, scalar.isResolvable || scalar.tag == "!!int" else { return nil }
        return Self.integer(scalar.text)
    }

    /// Any plain number: the integers above, decimals with optional exponent, `.inf`, `-.inf`, `.nan`.
    public var doubleValue: Double? {
        guard let scalar, scalar.isResolvable || scalar.tag == "!!int" || scalar.tag == "!!float" else {
            return nil
        }
        let text = scalar.text
        if let int = Self.integer(text) { return Double(int) }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: return Self.isCoreFloat(text) ? Double(text) : nil
        }
    }

    /// The entries of a mapping, in document order.
    public var mappingEntries: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { entries } else { nil }
    }

    /// The elements of a sequence.
    public var sequenceElements: [YAMLNode]? {
        if case .sequence(let elements) = content { elements } else { nil }
    }

    /// The value for the scalar key `key` in a mapping (a linear scan: spec mappings are small).
    public subscript(key: String) -> YAMLNode? {
        mappingEntries?.first { $0.key.stringValue == key }?.value
    }

    /// The scalar keys of a mapping in document order; empty for other nodes.
    public var keys: [String] {
        mappingEntries?.compactMap(\.key.stringValue) ?? []
    }

    /// What this node is, for messages like "expected a mapping, found a sequence":
    /// `mapping`, `sequence`, `null`, `boolean`, `number` or `string`.
    public var kindName: String {
        switch content {
        case .mapping: "mapping"
        case .sequence: "sequence"
        case .scalar:
            if isNull { "null" }
            else if boolValue != nil { "boolean" }
            else if doubleValue != nil { "number" }
            else { "string" }
        }
    }

    private static func integer(_ text: String) -> Int? {
        let utf8 = text.utf8
        if text.hasPrefix("0x") { return digits(utf8.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return digits(utf8.dropFirst(2), radix: 8) }
        let unsigned = utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") ? utf8.dropFirst() : utf8[...]
        guard digits(unsigned, radix: 10) != nil else { return nil }
        return Int(text)  // nil on overflow; `doubleValue` still reads it as a float
    }

    /// Validates before converting because `Int(_:radix:)` also accepts a sign.
    private static func digits(_ bytes: Substring.UTF8View, radix: Int) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy({ digitValue($0).map { $0 < radix } ?? false }) else { return nil }
        return Int(Substring(bytes), radix: radix)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`; checked by hand because `Double(_:)`
    /// also accepts forms YAML does not (`inf`, `nan`, `0x1p3`).
    private static func isCoreFloat(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func skipSign() { if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes.removeFirst() } }
        func skipDigits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes.removeFirst(count)
            return count
        }
        skipSign()
        var mantissaDigits = skipDigits()
        if bytes.first == UInt8(ascii: ".") {
            bytes.removeFirst()
            mantissaDigits += skipDigits()
        }
        guard mantissaDigits > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes.removeFirst()
            skipSign()
            guard skipDigits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

private extension YAMLScalar {
    /// Plain and untagged: the only scalars whose type comes from their text.
    var isResolvable: Bool { style == .plain && tag == nil }
}
