/// One difference between two versions of a spec, as `openapi-swift diff` reports it.
///
/// Each change is reported once, at the most severe of its effects: a property removed from a
/// response is wire-breaking (it is also Swift-breaking, but that is not a second change).
public struct SpecChange: Sendable, Hashable {
    /// What the change means for apps built against the bindings of the old spec.
    public enum Category: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Requests the old bindings send, or responses they decode, stop working.
        case wireBreaking = "wire-breaking"
        /// The wire is compatible, but code written against the old bindings no longer compiles.
        case swiftBreaking = "swift-breaking"
        /// Something new or a relaxed rule; existing apps keep working.
        case additive
        /// Descriptions, summaries, examples, deprecation: no behaviour changes.
        case documentation

        public var isBreaking: Bool { self == .wireBreaking || self == .swiftBreaking }

        public static func < (a: Category, b: Category) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var category: Category
    /// `error` for breaking changes; `warning` for compatible ones apps should look at (a new
    /// response enum value, a deprecation, a changed default); `note` otherwise.
    public var severity: Diagnostic.Severity
    /// The rule that found the change (`response-property-removed`, …): stable, for tooling.
    public var rule: String
    /// JSON pointer (RFC 6901) of the changed part, in NEW (in OLD for removals).
    public var pointer: String
    /// The Swift declaration it affects: `CreateResponseRequest.topK`, `Client.createResponse`.
    public var symbol: String
    /// Where the change is in NEW (in OLD for removals); `nil` only if the spec has no node for it.
    public var location: SourceLocation?
    /// One line, naming what changed.
    public var message: String
    /// Why the category applies (for example: enums are open here, so a new value is additive).
    public var explanation: String?

    public init(
        _ category: Category, severity: Diagnostic.Severity? = nil, rule: String, pointer: String, symbol: String,
        location: SourceLocation?, message: String, explanation: String? = nil
    ) {
        self.category = category
        self.severity = severity ?? (category.isBreaking ? .error : .note)
        self.rule = rule
        self.pointer = pointer
        self.symbol = symbol
        self.location = location
        self.message = message
        self.explanation = explanation
    }

    /// The report's order: by category, then pointer, rule, symbol, message (a total order, so the
    /// output is the same on every run).
    static func reportOrder(_ a: SpecChange, _ b: SpecChange) -> Bool {
        if a.category != b.category { return a.category < b.category }
        if a.pointer != b.pointer { return a.pointer < b.pointer }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.symbol != b.symbol { return a.symbol < b.symbol }
        return a.message < b.message
    }
}

/// Which threshold makes `openapi-swift diff` exit 1.
public enum DiffFailureThreshold: String, Sendable, CaseIterable {
    case breaking, any, none

    public func isReached(by changes: [SpecChange]) -> Bool {
        switch self {
        case .breaking: changes.contains { $0.category.isBreaking }
        case .any: !changes.isEmpty
        case .none: false
        }
    }
}
