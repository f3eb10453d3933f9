/// The bounds of `Constraints` a recorded value breaks (`pattern` is not checked; see `SchemaValidator`).
enum ConstraintCheck {
    struct Violation {
        /// The schema keyword, which ends the finding's pointer.
        var keyword: String
        var message: String
    }

    static func violations(of value: JSONValue, against constraints: Constraints) -> [Violation] {
        guard !constraints.isEmpty else { return [] }
        var result: [Violation] = []
        switch value {
        case .number(let number):
            let found = number.text
            if let bound = constraints.minimum, number.value < bound {
                result.append(.init(keyword: "minimum", message: "\(found) is below the minimum \(render(bound))"))
            }
            if let bound = constraints.exclusiveMinimum, number.value <= bound {
                result.append(.init(keyword: "exclusiveMinimum", message: "\(found) is not above the exclusive minimum \(render(bound))"))
            }
            if let bound = constraints.maximum, number.value > bound {
                result.append(.init(keyword: "maximum", message: "\(found) is above the maximum \(render(bound))"))
            }
            if let bound = constraints.exclusiveMaximum, number.value >= bound {
                result.append(.init(keyword: "exclusiveMaximum", message: "\(found) is not below the exclusive maximum \(render(bound))"))
            }
        case .string(let text):
            // JSON Schema counts characters as code points.
            let length = text.unicodeScalars.count
            if let bound = constraints.minLength, length < bound {
                result.append(.init(keyword: "minLength", message: "a string of \(length) characters is shorter than minLength \(bound)"))
            }
            if let bound = constraints.maxLength, length > bound {
                result.append(.init(keyword: "maxLength", message: "a string of \(length) characters is longer than maxLength \(bound)"))
            }
        case .array(let elements):
            if let bound = constraints.minItems, elements.count < bound {
                result.append(.init(keyword: "minItems", message: "\(elements.count) items are fewer than minItems \(bound)"))
            }
            if let bound = constraints.maxItems, elements.count > bound {
                result.append(.init(keyword: "maxItems", message: "\(elements.count) items are more than maxItems \(bound)"))
            }
        default: break
        }
        return result
    }

    private static func render(_ bound: Double) -> String {
        bound.rounded() == bound && abs(bound) < 1e15 ? String(Int(bound)) : String(bound)
    }
}
