/// The checks generated `validate(at:)` methods call; one place for the wording of violations.
@_spi(Generated) public enum SchemaCheck {
    /// `path` joined with a member name: `""` + `tools` → `tools`; `tools[0]` + `name` → `tools[0].name`.
    public static func member(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "." + name
    }

    /// `path` with an array index: `tools` → `tools[3]`.
    public static func index(_ path: String, _ index: Int) -> String {
        path + "[\(index)]"
    }

    public static func number(
        _ value: Double, minimum: Double? = nil, maximum: Double? = nil, exclusiveMinimum: Double? = nil,
        exclusiveMaximum: Double? = nil, at path: String
    ) throws(SchemaViolation) {
        if let minimum, !(value >= minimum) { throw SchemaViolation(path: path, requirement: "must be at least \(format(minimum)), got \(format(value))") }
        if let maximum, !(value <= maximum) { throw SchemaViolation(path: path, requirement: "must be at most \(format(maximum)), got \(format(value))") }
        if let exclusiveMinimum, !(value > exclusiveMinimum) { throw SchemaViolation(path: path, requirement: "must be greater than \(format(exclusiveMinimum)), got \(format(value))") }
        if let exclusiveMaximum, !(value < exclusiveMaximum) { throw SchemaViolation(path: path, requirement: "must be less than \(format(exclusiveMaximum)), got \(format(value))") }
    }

    /// Length in Unicode code points, as JSON Schema counts it.
    public static func length(_ value: String, minimum: Int? = nil, maximum: Int? = nil, at path: String) throws(SchemaViolation) {
        let count = value.unicodeScalars.count
        if let minimum, count < minimum { throw SchemaViolation(path: path, requirement: "must be at least \(minimum) characters long, got \(count)") }
        if let maximum, count > maximum { throw SchemaViolation(path: path, requirement: "must be at most \(maximum) characters long, got \(count)") }
    }

    /// JSON Schema patterns are unanchored: a match anywhere in the string satisfies them, and
    /// they match code points (`.` is one scalar), not Swift's grapheme clusters. The generator
    /// only emits patterns that compile (others are a warning and go unchecked).
    public static func pattern(_ value: String, _ pattern: String, at path: String) throws(SchemaViolation) {
        guard let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar) else { return }
        if (try? regex.firstMatch(in: value)) == nil {
            throw SchemaViolation(path: path, requirement: "must match the pattern \(pattern)")
        }
    }

    public static func count(_ count: Int, minimum: Int? = nil, maximum: Int? = nil, at path: String) throws(SchemaViolation) {
        if let minimum, count < minimum { throw SchemaViolation(path: path, requirement: "must have at least \(minimum) items, got \(count)") }
        if let maximum, count > maximum { throw SchemaViolation(path: path, requirement: "must have at most \(maximum) items, got \(count)") }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
