/// Validates a JSON value against a schema of the generator's OpenAPI model: the JSON Schema subset
/// the generator reads (`$ref`, `allOf`/`anyOf`/`oneOf` with discriminators, nullable and type
/// lists, `enum`/`const`, `required`, `properties`/`additionalProperties`, `items`, numeric,
/// length and count bounds). Formats are checked loosely: only the integer ranges the bindings
/// decode into (`int32` → `Int32`, otherwise 64 bits); `pattern` is not checked (a spec's regular
/// expression is untrusted input). `oneOf` is read like `anyOf`: the bindings choose a member by
/// evidence, not by exclusivity.
///
/// Unlike a plain validator it also reports what JSON Schema allows but the spec does not
/// describe (a member no `properties` names), because that is how a spec drifts from the wire.
struct SchemaValidator {
    /// One finding at one place in the value.
    struct Issue {
        var finding: TrafficFinding
        var instancePath: String
        /// The value does not satisfy the schema (an undocumented field alone does not make a
        /// mismatch); decides which member of an undiscriminated union the value is.
        var isMismatch: Bool
    }

    /// Where validation stands: the position in the value and what applies there.
    struct Position {
        var path = ""
        /// At the root of a stream event: an unknown discriminator value is an unknown event type.
        var isEventRoot = false
        /// False inside `allOf` members (and a union beside `properties`): the schema holding them
        /// knows all their properties and reports undocumented fields once.
        var checksExtras = true
        /// Schema steps taken; bounds reference cycles that make no progress into the value.
        var depth = 0

        func descending(into token: String) -> Position {
            Position(path: path + "/" + SchemaValidator.escape(token), isEventRoot: false, checksExtras: true, depth: depth + 1)
        }

        func step(checksExtras: Bool? = nil) -> Position {
            Position(path: path, isEventRoot: isEventRoot, checksExtras: checksExtras ?? self.checksExtras, depth: depth + 1)
        }
    }

    /// Far beyond any real body (JSON nesting is bounded at `JSONParser.maximumDepth`); reading
    /// rejects schemas that refer to themselves without progress, so this is only a safety net.
    static let maximumDepth = 1000

    let components: OpenAPIDocument.Components
    let configuration: GeneratorConfiguration

    func validate(_ value: JSONValue, against schema: Schema, at position: Position, into issues: inout [Issue]) {
        guard position.depth < Self.maximumDepth else {
            // Never a silent pass: what was not checked is said.
            issues.append(issue(
                .malformedBody, .breaking, pointer: schema.pointer, location: schema.location,
                "nested more than \(Self.maximumDepth) schema steps deep; not checked further", key: "depth", at: position))
            return
        }
        if let unsupported = schema.unsupported {
            // The bindings skip what reaches it; the value is not checked, and that is said.
            issues.append(issue(
                .malformedBody, .drift, pointer: schema.pointer, location: unsupported.location,
                "not checked: \(unsupported.reason)", key: "unsupported", at: position, isMismatch: false))
            return
        }
        if let reference = schema.reference {
            if value == .null, schema.allowsNull { return }
            guard let target = components.schema(referencedBy: reference) else { return }
            validate(value, against: target, at: position.step(), into: &issues)
            return
        }
        if value == .null, schema.allowsNull { return }
        if !schema.types.isEmpty, !Self.accepts(schema.types, value) {
            let expected = (schema.types.map(\.rawValue) + (schema.allowsNull ? ["null"] : [])).joined(separator: " or ")
            issues.append(issue(
                .typeMismatch, .breaking, pointer: schema.pointer, location: schema.location,
                "expected \(expected), found \(value.typeName)", key: value.typeName, at: position))
            return
        }
        checkValue(value, against: schema, at: position, into: &issues)
        switch value {
        case .object(let members): validateObject(members, against: schema, at: position, into: &issues)
        case .array(let elements):
            if let items = schema.items {
                for (index, element) in elements.enumerated() {
                    validate(element, against: items, at: position.descending(into: String(index)), into: &issues)
                }
            }
        default: break
        }
        for member in schema.allOf ?? [] {
            validate(value, against: member, at: position.step(checksExtras: false), into: &issues)
        }
        if schema.oneOf != nil || schema.anyOf != nil {
            validateUnion(value, against: schema, at: position, into: &issues)
        }
    }

    /// `const`, `enum` and the numeric, length and count bounds.
    private func checkValue(_ value: JSONValue, against schema: Schema, at position: Position, into issues: inout [Issue]) {
        if let constant = schema.constValue, !Self.matches(constant, value) {
            issues.append(issue(
                .unexpectedValue, .breaking, pointer: schema.pointer + "/const", location: schema.location,
                "expected \(Self.describe(constant)), found \(Self.describe(value))", key: Self.describe(value), at: position))
        }
        if let values = schema.enumValues, !values.contains(where: { Self.matches($0, value) }) {
            // String enums are open in the bindings (`unknown(String)`); other enums are not.
            let severity: TrafficFinding.Severity = value.stringValue == nil ? .breaking : .drift
            issues.append(issue(
                .unknownEnumValue, severity, pointer: schema.pointer + "/enum", location: schema.location,
                "\(Self.describe(value)) is not one of the enum's values", key: Self.describe(value), at: position))
        }
        if case .number(let number) = value, number.isInteger, schema.types.contains(.integer), !schema.types.contains(.number) {
            let fits = schema.format == "int32" ? Int32(exactly: number.value) != nil : Int64(exactly: number.value) != nil
            if !fits {
                let width = schema.format == "int32" ? "Int32" : "Int64"
                issues.append(issue(
                    .typeMismatch, .breaking, pointer: schema.pointer, location: schema.location,
                    "integer \(number.text) does not fit the bindings' \(width)", key: "range-\(width)", at: position))
            }
        }
        for violation in ConstraintCheck.violations(of: value, against: schema.constraints) {
            issues.append(issue(
                .constraintViolation, .drift, pointer: schema.pointer + "/" + violation.keyword, location: schema.location,
                violation.message, key: violation.keyword, at: position))
        }
    }

    func issue(
        _ kind: TrafficFinding.Kind, _ severity: TrafficFinding.Severity, pointer: String, location: SourceLocation?,
        _ message: String, key: String, at position: Position, isMismatch: Bool = true
    ) -> Issue {
        Issue(
            finding: TrafficFinding(kind: kind, severity: severity, pointer: pointer, specLocation: location, message: message, key: key),
            instancePath: position.path, isMismatch: isMismatch)
    }

    static func accepts(_ types: [JSONType], _ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .bool: types.contains(.boolean)
        case .number(let number): types.contains(.number) || (number.isInteger && types.contains(.integer))
        case .string: types.contains(.string)
        case .array: types.contains(.array)
        case .object: types.contains(.object)
        }
    }

    static func matches(_ literal: EnumLiteral, _ value: JSONValue) -> Bool {
        switch (literal, value) {
        case (.string(let expected), .string(let found)): expected == found
        case (.integer(let expected), .number(let found)): Double(expected) == found.value
        case (.number(let expected), .number(let found)): expected == found.value
        case (.bool(let expected), .bool(let found)): expected == found
        case (.null, .null): true
        default: false
        }
    }

    /// A short, printable rendering of a recorded value for messages (recordings are untrusted text).
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "'" + SpecText.visible(text.count > 60 ? String(text.prefix(60)) + "…" : text) + "'"
        case .number(let number): number.text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    static func describe(_ literal: EnumLiteral) -> String {
        switch literal {
        case .string(let text): "'" + SpecText.visible(text) + "'"
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    /// JSON-pointer escaping of one reference token (RFC 6901).
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
