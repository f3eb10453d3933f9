/// Validation keywords: a bound tightened rejects requests the old bindings send; relaxed, or
/// tightened on values only received, existing clients keep working.
extension SpecDiff {
    /// One keyword of `Constraints`: its name, both values, and whether the new one is narrower.
    struct Bound {
        var keyword: String
        var old: String?
        var new: String?
        /// `true`: fewer values are valid now; `false`: more are.
        var isTightened: Bool
    }

    static func bounds(_ a: Constraints, _ b: Constraints) -> [Bound] {
        var result: [Bound] = []
        func text(_ value: Double?) -> String? { value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) } }
        func compare<T: Comparable>(_ keyword: String, _ x: T?, _ y: T?, upper: Bool, show: (T?) -> String?) {
            guard x != y else { return }
            let tightened: Bool
            switch (x, y) {
            case (nil, _?): tightened = true
            case (_?, nil): tightened = false
            case (let x?, let y?): tightened = upper ? y < x : y > x
            default: return
            }
            result.append(Bound(keyword: keyword, old: show(x), new: show(y), isTightened: tightened))
        }
        compare("minimum", a.minimum, b.minimum, upper: false, show: text)
        compare("maximum", a.maximum, b.maximum, upper: true, show: text)
        compare("exclusiveMinimum", a.exclusiveMinimum, b.exclusiveMinimum, upper: false, show: text)
        compare("exclusiveMaximum", a.exclusiveMaximum, b.exclusiveMaximum, upper: true, show: text)
        compare("minLength", a.minLength, b.minLength, upper: false) { $0.map(String.init) }
        compare("maxLength", a.maxLength, b.maxLength, upper: true) { $0.map(String.init) }
        compare("minItems", a.minItems, b.minItems, upper: false) { $0.map(String.init) }
        compare("maxItems", a.maxItems, b.maxItems, upper: true) { $0.map(String.init) }
        if a.pattern != b.pattern {
            // Two patterns cannot be compared: a changed one may reject what the old one accepted.
            result.append(Bound(
                keyword: "pattern", old: a.pattern.map { "'\(SpecText.visible($0))'" }, new: b.pattern.map { "'\(SpecText.visible($0))'" },
                isTightened: b.pattern != nil))
        }
        return result
    }

    mutating func compareConstraints(
        _ a: Constraints, _ b: Constraints, valuePointer: String, symbol: String, what: String, direction: UsageDirection
    ) {
        guard a != b else { return }
        for bound in Self.bounds(a, b) {
            let pointer = valuePointer + "/" + bound.keyword
            let message: String
            switch (bound.old, bound.new) {
            case (nil, let value?): message = "\(what) gained \(bound.keyword) \(value)"
            case (let value?, nil): message = "\(what) lost its \(bound.keyword) (was \(value))"
            default: message = "\(what) changed \(bound.keyword) from \(bound.old ?? "") to \(bound.new ?? "")"
            }
            let category: SpecChange.Category
            let explanation: String
            if bound.isTightened && direction.contains(.request) {
                category = .wireBreaking
                explanation = "constraint tightened: requests the old bindings accept may now be rejected"
            } else if bound.isTightened {
                category = .additive
                explanation = "constraint tightened on a value only received: every value now sent was valid before"
            } else {
                category = .additive
                explanation = "constraint relaxed: everything valid before still is"
            }
            report(SpecChange(
                category, rule: bound.isTightened ? "constraint-tightened" : "constraint-relaxed", pointer: pointer, symbol: symbol,
                location: new.location(of: pointer), message: message, explanation: explanation))
        }
    }
}
