/// Swift spellings of numbers from a spec. Every function is total: a value Swift cannot write as a
/// literal of the wanted type yields `nil` (or, for `Double`, an expression), never a crash and
/// never text that fails to compile. The document reader rejects such values with a located error
/// first; these functions are the last line of defence.
public enum NumberLiteral {
    /// A `Double` expression: `2.0`, `0.5`, `1e+300`; `Double.infinity` and `Double.nan` for the
    /// values that have no literal.
    public static func double(_ value: Double) -> String {
        if value.isNaN { return "Double.nan" }
        if value.isInfinite { return value < 0 ? "-Double.infinity" : "Double.infinity" }
        if value == value.rounded(), abs(value) < 1e15 {
            return (value.sign == .minus && value == 0 ? "-" : "") + String(Int(value)) + ".0"
        }
        return String(value)
    }

    /// An integer literal for `value` if it is a whole number in `Int64`'s range.
    public static func integer(_ value: Double) -> String? {
        guard value.isFinite, value == value.rounded(), let exact = Int64(exactly: value) else { return nil }
        return String(exact)
    }

    /// The literal for `value` stored into `type` (`.int`, `.int32`, `.int64`, `.double`, `.float`),
    /// or `nil` if it does not fit (Swift rejects overflowing literals).
    static func literal(_ value: Int, for type: TypeUsage) -> String? {
        switch type {
        case .int, .int64: String(value)
        case .int32: Int32(exactly: value) != nil ? String(value) : nil
        case .double: double(Double(value))
        case .float: literal(Double(value), for: .float)
        default: nil
        }
    }

    /// The literal for `value` stored into `type`, or `nil` if it is not finite, overflows the type,
    /// or is not a whole number for an integer type.
    static func literal(_ value: Double, for type: TypeUsage) -> String? {
        guard value.isFinite else { return nil }
        switch type {
        case .int, .int64: return integer(value)
        case .int32: return integer(value).flatMap { Int32(exactly: value) != nil ? $0 : nil }
        case .double: return isRepresentable(value, Double.self) ? double(value) : nil
        case .float:
            // `Float(value)` rounds to the nearest `Float`, giving infinity when out of range.
            return isRepresentable(value, asFloat: Float(value)) ? double(value) : nil
        default: return nil
        }
    }

    /// Subnormal literals compile with an "underflows" warning, which the project treats as an error.
    private static func isRepresentable<F: BinaryFloatingPoint>(_ value: F, _: F.Type) -> Bool {
        value.isFinite && (value == 0 || value.isNormal)
    }

    /// A non-zero value that `Float` rounds to zero underflows too.
    private static func isRepresentable(_ value: Double, asFloat single: Float) -> Bool {
        isRepresentable(single, Float.self) && (single != 0 || value == 0)
    }

    /// The number as people write it, for documentation: `3`, `0.5`, `1e+300`, `.inf`.
    public static func description(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return integer(value).flatMap { abs(value) < 1e15 ? $0 : nil } ?? String(value)
    }
}
