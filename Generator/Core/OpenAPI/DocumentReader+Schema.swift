/// Reading schemas: every keyword is either modelled, knowingly ignored, or marks the schema
/// unsupported (`Schema.unsupported`), so that whatever uses it is skipped rather than half-typed.
extension DocumentReader {
    /// Keywords that only annotate and do not change the generated types.
    static let annotationKeywords: Set<String> = [
        "example", "examples", "readOnly", "writeOnly", "externalDocs", "xml", "$comment", "$schema", "$id",
        "contentMediaType", "contentEncoding", "uniqueItems", "multipleOf", "minProperties", "maxProperties",
        "summary", "$anchor", "$defs", "definitions", "$recursiveAnchor", "$dynamicAnchor",
    ]

    /// Keywords that would change the shape of the data in ways Swift types cannot express, with
    /// what they describe: a schema using one is unsupported, and so is everything that reaches it.
    static let unsupportedKeywords: [String: String] = [
        "if": "a conditional schema", "then": "a conditional schema", "else": "a conditional schema",
        "patternProperties": "properties named by a pattern", "prefixItems": "a tuple",
        "$dynamicRef": "a dynamic reference", "dependentSchemas": "a schema that depends on a property",
        "unevaluatedItems": "items beyond the ones described",
    ]

    /// Keywords that only restrict valid values beyond what the types say. The types stay correct
    /// without them, so they are reported as warnings: the generated `validate()` does not check them.
    static let uncheckedValidationKeywords: Set<String> = [
        "not", "propertyNames", "contains", "minContains", "maxContains", "dependentRequired", "unevaluatedProperties",
    ]

    /// Siblings of `$ref` that are kept; a keyword that shapes the data next to a `$ref` makes the
    /// schema unsupported (in 3.1 both apply, which no single Swift type says).
    static let referenceSiblings: Set<String> = ["description", "title", "summary", "deprecated", "nullable", "default"]

    mutating func readSchema(_ node: YAMLNode, pointer: String) -> Schema {
        // `true` / `{}` schemas accept anything.
        if let value = node.boolValue {
            let unsupported = value ? nil : UnsupportedConstruct(
                reason: "the schema 'false' (a value that must be absent) is not supported", location: node.location)
            return Schema(location: node.location, pointer: pointer, unsupported: unsupported)
        }
        guard let entries = node.mappingEntries else {
            error("expected a schema (a mapping), found a \(node.kindName)", at: node)
            return Schema(location: node.location, pointer: pointer)
        }
        var keys = SchemaKeywords()
        var extensions: [String: ExtensionValue] = [:]
        for entry in entries {
            guard let key = entry.key.stringValue else { continue }
            if key.hasPrefix("x-") { extensions[key] = ExtensionValue(entry.value) } else { keys.append(key, entry.value) }
        }
        if let refNode = keys["$ref"] {
            return readReferenceSchema(refNode, keys: keys, node: node, pointer: pointer, extensions: extensions)
        }
        if let refNode = keys["$recursiveRef"] {
            // 2019-09's `$recursiveRef: "#"` (OpenAI's spec uses it) means the enclosing component.
            return readRecursiveReference(refNode, keys: keys, node: node, pointer: pointer)
        }
        var unsupported: UnsupportedConstruct?
        for entry in entries {
            guard let key = entry.key.stringValue, !key.hasPrefix("x-") else { continue }
            if let meaning = Self.unsupportedKeywords[key] {
                unsupported = unsupported ?? .init(
                    reason: "schema keyword '\(key)' (\(meaning)) is not supported", location: entry.key.location)
            } else if Self.uncheckedValidationKeywords.contains(key) {
                warning("'\(key)' is not checked by the generated validate()", at: entry.key.location, pointer: pointer)
            } else if !Self.knownKeywords.contains(key) && !Self.annotationKeywords.contains(key) {
                warning("unknown schema keyword '\(key)' is ignored", at: entry.key.location, pointer: pointer)
            }
        }

        var (types, allowsNull) = readTypes(keys["type"])
        if keys["nullable"]?.boolValue == true { allowsNull = true }
        let enumValues = keys["enum"].map { readLiterals($0) }
        if enumValues?.contains(.null) == true { allowsNull = true }
        let constValue = keys["const"].flatMap { readCheckedLiteral($0, what: "'const'") }
        let defaultValue = keys["default"].flatMap { readDefault($0, types: types, format: keys["format"]?.stringValue) }

        var properties: [Schema.Property] = []
        if let propertiesNode = keys["properties"], expectMapping(propertiesNode, "'properties'") {
            for entry in propertiesNode.mappingEntries ?? [] {
                let name = entry.key.stringValue ?? ""
                properties.append(.init(
                    name: name, schema: readSchema(entry.value, pointer: pointer + "/properties/\(name)"),
                    location: entry.key.location))
            }
        }
        var required: [String] = []
        if let requiredNode = keys["required"] {
            if let elements = requiredNode.sequenceElements {
                required = elements.compactMap(\.stringValue)
            } else {
                error("'required' must be a list of property names", at: requiredNode)
            }
        }
        var additional = Schema.AdditionalProperties.absent
        if let node = keys["additionalProperties"] {
            if let flag = node.boolValue {
                additional = .allowed(flag)
            } else {
                additional = .schema(readSchema(node, pointer: pointer + "/additionalProperties"))
            }
        }

        return Schema(
            location: node.location, pointer: pointer, types: types, allowsNull: allowsNull,
            format: keys["format"]?.stringValue, title: keys["title"]?.stringValue,
            description: keys["description"]?.stringValue, enumValues: enumValues, constValue: constValue,
            defaultValue: defaultValue, properties: properties, required: required,
            additionalProperties: additional,
            items: keys["items"].map { readSchema($0, pointer: pointer + "/items") },
            oneOf: readSchemaList(keys["oneOf"], pointer: pointer + "/oneOf"),
            anyOf: readSchemaList(keys["anyOf"], pointer: pointer + "/anyOf"),
            allOf: readSchemaList(keys["allOf"], pointer: pointer + "/allOf"),
            discriminator: keys["discriminator"].flatMap { readDiscriminator($0, unsupported: &unsupported) },
            constraints: readConstraints(keys, pointer: pointer), deprecated: keys["deprecated"]?.boolValue ?? false,
            extensions: extensions, unsupported: unsupported)
    }

    static let knownKeywords: Set<String> = [
        "type", "nullable", "format", "title", "description", "enum", "const", "default", "properties", "required",
        "additionalProperties", "items", "oneOf", "anyOf", "allOf", "discriminator", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
        "deprecated",
    ]

    mutating func readReferenceSchema(
        _ refNode: YAMLNode, keys: SchemaKeywords, node: YAMLNode, pointer: String, extensions: [String: ExtensionValue]
    ) -> Schema {
        var unsupported: UnsupportedConstruct?
        for key in keys.names.sorted() where key != "$ref" && !Self.referenceSiblings.contains(key) {
            let location = keys[key]!.location
            if key == "type" {
                // `type: object` beside a `$ref` to an object only repeats it.
                warning("'type' next to '$ref' is ignored; the referenced schema decides", at: location, pointer: pointer)
            } else if Self.uncheckedValidationKeywords.contains(key) {
                warning("'\(key)' is not checked by the generated validate()", at: location, pointer: pointer)
            } else if Self.knownKeywords.contains(key) || Self.unsupportedKeywords[key] != nil {
                // Valid in 3.1 (both apply), ignored by 3.0: either way no one type says it.
                unsupported = unsupported ?? .init(
                    reason: "'\(key)' next to '$ref' is not supported (wrap both in 'allOf')", location: location)
            } else if !Self.annotationKeywords.contains(key) {
                warning("unknown schema keyword '\(key)' is ignored", at: location, pointer: pointer)
            }
        }
        var reference: Reference?
        switch parseReference(refNode) {
        case .reference(let parsed) where parsed.section != .schemas:
            error("schema reference '\(parsed.pointer)' must point into #/components/schemas", at: refNode)
        case .reference(let parsed):
            reference = parsed
        case .unsupported(let construct):
            unsupported = construct
        case nil:
            break
        }
        let schema = Schema(
            location: node.location, pointer: pointer, reference: reference,
            allowsNull: keys["nullable"]?.boolValue ?? false, title: keys["title"]?.stringValue,
            description: keys["description"]?.stringValue,
            defaultValue: keys["default"].flatMap { readDefault($0, types: [], format: nil) },
            deprecated: keys["deprecated"]?.boolValue ?? false, extensions: extensions, unsupported: unsupported)
        if reference?.isInside == true { insideReferringSchemas.append(schema) }
        return schema
    }

    mutating func readRecursiveReference(_ refNode: YAMLNode, keys: SchemaKeywords, node: YAMLNode, pointer: String) -> Schema {
        let prefix = "#/components/schemas/"
        guard refNode.stringValue == "#", pointer.hasPrefix(prefix),
              let name = pointer.dropFirst(prefix.count).split(separator: "/").first
        else {
            let construct = UnsupportedConstruct(
                reason: "'$recursiveRef' is not supported other than as \"#\" inside a component schema", location: refNode.location)
            return Schema(location: node.location, pointer: pointer, unsupported: construct)
        }
        let reference = Reference(section: .schemas, name: String(name), location: refNode.location)
        return Schema(
            location: node.location, pointer: pointer, reference: reference, title: keys["title"]?.stringValue,
            description: keys["description"]?.stringValue)
    }

    mutating func readTypes(_ node: YAMLNode?) -> ([JSONType], Bool) {
        guard let node else { return ([], false) }
        let names: [YAMLNode] = node.sequenceElements ?? [node]
        var types: [JSONType] = []
        var allowsNull = false
        for nameNode in names {
            guard let name = nameNode.stringValue else {
                error("'type' must be a string or a list of strings", at: nameNode)
                continue
            }
            if name == "null" {
                allowsNull = true
            } else if let type = JSONType(rawValue: name) {
                types.append(type)
            } else {
                let expected = (JSONType.allCases.map(\.rawValue) + ["null"]).sorted().joined(separator: ", ")
                error("unknown type '\(name)' (expected one of \(expected))", at: nameNode)
            }
        }
        return (types, allowsNull)
    }

    mutating func readSchemaList(_ node: YAMLNode?, pointer: String) -> [Schema]? {
        guard let node else { return nil }
        guard let elements = node.sequenceElements else {
            error("expected a list of schemas, found a \(node.kindName)", at: node)
            return nil
        }
        if elements.isEmpty { error("a list of schemas must not be empty", at: node) }
        return elements.enumerated().map { readSchema($1, pointer: pointer + "/\($0)") }
    }

    mutating func readDiscriminator(_ node: YAMLNode, unsupported: inout UnsupportedConstruct?) -> Schema.Discriminator? {
        guard let propertyName = node["propertyName"]?.stringValue else {
            error("discriminator needs a 'propertyName'", at: node)
            return nil
        }
        var mapping: [(String, Reference)] = []
        for entry in node["mapping"]?.mappingEntries ?? [] {
            guard let value = entry.key.stringValue else { continue }
            // OpenAPI also allows a bare schema name as a mapping value.
            if let text = entry.value.stringValue, !text.hasPrefix("#") {
                mapping.append((value, Reference(section: .schemas, name: text, location: entry.value.location)))
            } else {
                switch parseReference(entry.value) {
                case .reference(let reference): mapping.append((value, reference))
                // A tag that cannot be mapped leaves the union undecodable: the schema is unsupported.
                case .unsupported(let construct): unsupported = unsupported ?? construct
                case nil: break
                }
            }
        }
        return .init(propertyName: propertyName, mapping: mapping, location: node.location)
    }

    func readLiteral(_ node: YAMLNode) -> EnumLiteral? {
        guard case .scalar(let scalar) = node.content else { return nil }
        if scalar.style == .plain {
            if node.isNull { return .null }
            if let bool = node.boolValue { return .bool(bool) }
            if let int = node.intValue { return .integer(int) }
            if let double = node.doubleValue { return .number(double) }
        }
        return .string(scalar.text)
    }

    mutating func readLiterals(_ node: YAMLNode) -> [EnumLiteral] {
        guard let elements = node.sequenceElements else {
            error("'enum' must be a list of values", at: node)
            return []
        }
        return elements.compactMap { element in
            guard element.scalar != nil else {
                error("enum values must be scalars", at: element)
                return nil
            }
            return readCheckedLiteral(element, what: "enum value")
        }
    }

    mutating func readConstraints(_ keys: SchemaKeywords, pointer: String) -> Constraints {
        var constraints = Constraints()
        constraints.minimum = keys["minimum"].flatMap { readBound($0, keyword: "minimum") }
        constraints.maximum = keys["maximum"].flatMap { readBound($0, keyword: "maximum") }
        // 3.0 spells exclusivity as a boolean modifier of minimum/maximum; 3.1 as a number.
        if let node = keys["exclusiveMinimum"] {
            if let flag = node.boolValue {
                if flag { (constraints.exclusiveMinimum, constraints.minimum) = (constraints.minimum, nil) }
            } else {
                constraints.exclusiveMinimum = readBound(node, keyword: "exclusiveMinimum")
            }
        }
        if let node = keys["exclusiveMaximum"] {
            if let flag = node.boolValue {
                if flag { (constraints.exclusiveMaximum, constraints.maximum) = (constraints.maximum, nil) }
            } else {
                constraints.exclusiveMaximum = readBound(node, keyword: "exclusiveMaximum")
            }
        }
        // Not checked by `validate()`, but a bound that is not a positive number is still a mistake.
        if let node = keys["multipleOf"], let value = readBound(node, keyword: "multipleOf"), value <= 0 {
            error("'multipleOf' must be greater than 0, found \(Self.quoted(node))", at: node)
        }
        constraints.minLength = keys["minLength"].flatMap { readCount($0, keyword: "minLength") }
        constraints.maxLength = keys["maxLength"].flatMap { readCount($0, keyword: "maxLength") }
        constraints.pattern = keys["pattern"].flatMap { readPattern($0, pointer: pointer) }
        constraints.minItems = keys["minItems"].flatMap { readCount($0, keyword: "minItems") }
        constraints.maxItems = keys["maxItems"].flatMap { readCount($0, keyword: "maxItems") }
        return constraints
    }
}
