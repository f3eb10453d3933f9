/// One way recorded traffic differs from the spec.
public struct TrafficFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case undocumentedOperation = "undocumented-operation"
        case undocumentedStatus = "undocumented-status"
        case undocumentedContentType = "undocumented-content-type"
        case undocumentedHeader = "undocumented-header"
        case undocumentedField = "undocumented-field"
        case unknownEventType = "unknown-event-type"
        case unknownUnionMember = "unknown-union-member"
        case unknownEnumValue = "unknown-enum-value"
        case missingRequiredField = "missing-required-field"
        case typeMismatch = "type-mismatch"
        case unexpectedValue = "unexpected-value"
        case noMatchingMember = "no-matching-member"
        case constraintViolation = "constraint-violation"
        case malformedBody = "malformed-body"
        case missingTerminalEvent = "missing-terminal-event"
    }

    /// How much the difference matters to apps using the generated bindings.
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// The bindings fail on this traffic (a decoding error, an undecodable status or body).
        case breaking
        /// The bindings cope (an open enum's `unknown`, an unknown union member, an ignored field),
        /// but the spec does not describe what the server does.
        case drift
        /// Drift the configuration already accepts (`missingRequiredArraysDecodeAsEmpty`); never fails a run.
        case tolerated

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    public var severity: Severity
    /// The JSON pointer in the spec where the fix belongs, e.g. `#/components/schemas/Response/properties/foo`.
    public var pointer: String
    /// Where that pointer's nearest schema, response or operation sits in the spec file.
    public var specLocation: SourceLocation?
    /// What was found (the first occurrence's wording; it names no position in the recordings).
    public var message: String
    /// Findings with equal kind, pointer and key are the same finding (the key tells, say, two unknown enum values apart).
    public var key: String
}

/// Where one occurrence of a finding was seen.
public struct TrafficExample: Sendable, Equatable {
    public var file: String
    /// The recording line (the request, response or chunk record).
    public var line: Int
    public var exchange: Int
    /// `request body`, `response body`, `event 3 (response.created)`, `header x-foo`, …
    public var part: String
    /// The JSON pointer inside the body or event, `""` for its root.
    public var instancePath: String

    public var description: String {
        "\(file):\(line) (exchange \(exchange), \(part)\(instancePath.isEmpty ? "" : " at \(SpecText.visible(instancePath))"))"
    }
}

/// Findings aggregated over every exchange: each once, with its count and first example.
public struct TrafficReport: Sendable {
    public struct Entry: Sendable {
        public var finding: TrafficFinding
        public var count: Int
        public var example: TrafficExample
    }

    public private(set) var entries: [Entry] = []
    public var exchangeCount = 0
    public var recordingCount = 0
    private var index: [String: Int] = [:]

    public init() {}

    mutating func add(_ finding: TrafficFinding, example: TrafficExample) {
        let identity = "\(finding.kind.rawValue)\u{0}\(finding.pointer)\u{0}\(finding.key)"
        if let position = index[identity] {
            entries[position].count += 1
        } else {
            index[identity] = entries.count
            entries.append(Entry(finding: finding, count: 1, example: example))
        }
    }

    /// Breaking first, then drift, then tolerated; within each, in the order first seen.
    public var sortedEntries: [Entry] {
        entries.enumerated().sorted { ($0.element.finding.severity, $0.offset) < ($1.element.finding.severity, $1.offset) }.map(\.element)
    }

    public func count(of severity: TrafficFinding.Severity) -> Int {
        entries.filter { $0.finding.severity == severity }.count
    }

    /// Whether a finding reaches `level` (`nil`: nothing fails).
    public func fails(at level: TrafficFinding.Severity?) -> Bool {
        guard let level else { return false }
        return entries.contains { $0.finding.severity != .tolerated && $0.finding.severity <= level }
    }
}
