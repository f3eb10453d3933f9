/// The operations and component schemas skipped because they reach an unsupported schema construct
/// (`UnsupportedReach`), grouped by construct: each construct is reported once, at its location,
/// naming everything it keeps from being generated.
struct SkippedParts {
    private var groups: [(construct: UnsupportedConstruct, parts: [String], hasOperations: Bool)] = []
    private var positions: [UnsupportedConstruct: Int] = [:]

    mutating func add(_ construct: UnsupportedConstruct, _ part: String, isOperation: Bool) {
        if let position = positions[construct] {
            groups[position].parts.append(part)
            groups[position].hasOperations = groups[position].hasOperations || isOperation
        } else {
            positions[construct] = groups.count
            groups.append((construct, [part], isOperation))
        }
    }

    /// One warning per construct (an error in strict mode), in the order they were first met.
    func diagnostics(strict: Bool) -> [Diagnostic] {
        groups.map { group in
            let parts = group.parts
            let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
            let message = "\(group.construct.reason), so \(list) \(parts.count == 1 ? "is" : "are") not generated"
            if strict { return .error(message, at: group.construct.location) }
            let hint = group.hasOperations ? " (list the operations under 'exclude' in the configuration to silence this)" : ""
            return .warning(message + hint, at: group.construct.location)
        }
    }
}
