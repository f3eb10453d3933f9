/// Reading `$ref`s: local references to components and to schemas inside component schemas are
/// followed; other valid references (another file, `#/$defs/...`) are unsupported constructs, which
/// skip what uses them; a reference that is not a string or names nothing is an error.
extension DocumentReader {
    /// What a `$ref` names: a reference the generator follows, or a valid one it does not.
    enum ParsedReference {
        case reference(Reference)
        case unsupported(UnsupportedConstruct)
    }

    /// Parses a `$ref` value; `nil` after reporting an error (not a string, malformed, names nothing).
    mutating func parseReference(_ node: YAMLNode) -> ParsedReference? {
        // A plain `42`, `true` or `null` is not a string in YAML, even though it has text.
        let isOtherScalar = node.scalar?.style == .plain && (node.isNull || node.boolValue != nil || node.doubleValue != nil)
        guard let text = node.stringValue, !isOtherScalar else {
            error("'$ref' must be a string", at: node)
            return nil
        }
        guard text.hasPrefix("#") else {
            return .unsupported(.init(
                reason: "external reference '\(SpecText.visible(text))' is not supported (only references within the document are)",
                location: node.location))
        }
        guard text.hasPrefix("#/") else {
            if text == "#" {
                error("'$ref: \"#\"' names the whole document, not a schema", at: node)
                return nil
            }
            return .unsupported(.init(
                reason: "anchor reference '\(SpecText.visible(text))' is not supported (only JSON pointers such as '#/components/schemas/Name' are)",
                location: node.location))
        }
        guard let parts = Self.pointerTokens(text) else {
            error("'$ref' '\(SpecText.visible(text))' is not a valid JSON pointer (bad percent-encoding)", at: node)
            return nil
        }
        guard parts.first == "components" else {
            // `#/$defs/X`, `#/paths/...`: valid JSON Schema, but the generator names types after components.
            guard Self.node(at: parts[...], in: root) != nil else {
                error("unresolved reference '\(SpecText.visible(text))'", at: node)
                return nil
            }
            return .unsupported(.init(
                reason: "reference '\(SpecText.visible(text))' is not supported (only references into '#/components' are)",
                location: node.location))
        }
        guard parts.count >= 3, let section = Reference.Section(rawValue: parts[1]) else {
            error("unsupported reference '\(SpecText.visible(text))' (expected '#/components/<section>/<name>')", at: node)
            return nil
        }
        guard parts.count > 3 else { return .reference(Reference(section: section, name: parts[2], location: node.location)) }
        guard section == .schemas else {
            // Only schemas are read where they sit; a part of a response or parameter is not.
            guard Self.node(at: parts[...], in: root) != nil else {
                error("unresolved reference '\(SpecText.visible(text))'", at: node)
                return nil
            }
            return .unsupported(.init(
                reason: "reference '\(SpecText.visible(text))' into a \(section.rawValue) component is not supported",
                location: node.location))
        }
        let reference = Reference(section: .schemas, name: parts[2], path: Array(parts[3...]), location: node.location)
        insideReferences.append(reference)
        return .reference(reference)
    }

    /// The tokens of a JSON pointer fragment `#/a/b`: percent-decoded first (it is a URI fragment,
    /// RFC 6901 section 6), then split at `/` and unescaped (`~1` → `/`, `~0` → `~`); `nil` if the
    /// percent-encoding is malformed.
    static func pointerTokens(_ text: String) -> [String]? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return referenceTokens(text) }
        guard let decoded = percentDecoded(text) else { return nil }
        return referenceTokens(decoded)
    }

    /// `text` with each `%XX` replaced by its byte; `nil` if an escape is not two hex digits or the
    /// bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = input.popFirst().flatMap(hex), let low = input.popFirst().flatMap(hex) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The YAML node a pointer's tokens lead to from `start`, without following `$ref`s.
    static func node(at tokens: ArraySlice<String>, in start: YAMLNode) -> YAMLNode? {
        var current = start
        for token in tokens {
            if current.mappingEntries != nil {
                guard let next = current[token] else { return nil }
                current = next
            } else if let elements = current.sequenceElements, let index = Int(token), elements.indices.contains(index) {
                current = elements[index]
            } else {
                return nil
            }
        }
        return current
    }

    /// Whether `path`, inside a schema, leads to a schema (`properties/x`, `items`, `oneOf/0`, …).
    static func isSchemaPath(_ path: [String]) -> Bool {
        var tokens = path[...]
        while let token = tokens.popFirst() {
            if Self.namedSchemaMaps.contains(token) {
                guard tokens.popFirst() != nil else { return false }
            } else if Self.schemaLists.contains(token) {
                guard let index = tokens.popFirst(), Int(index) != nil else { return false }
            } else if !Self.singleSchemas.contains(token) {
                return false
            }
        }
        return true
    }

    static let namedSchemaMaps: Set<String> = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]
    static let schemaLists: Set<String> = ["oneOf", "anyOf", "allOf", "prefixItems"]
    static let singleSchemas: Set<String> = [
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems",
        "unevaluatedProperties", "additionalItems",
    ]

    /// Reads each schema that a reference into a component names, once, from where it sits: it
    /// keeps that place's pointer, so the translator gives it the type the component's own
    /// translation gives it. Reading one may find more such references.
    mutating func readInsideSchemas(into components: inout OpenAPIDocument.Components) {
        var next = 0
        while next < insideReferences.count {
            let reference = insideReferences[next]
            next += 1
            guard components.insideSchemas[reference.pointer] == nil else { continue }
            guard let component = root["components"]?["schemas"]?[reference.name],
                  let node = Self.node(at: reference.path[...], in: component)
            else {
                error("unresolved reference '\(SpecText.visible(reference.pointer))'", at: reference.location)
                continue
            }
            guard Self.isSchemaPath(reference.path) else {
                error("'\(SpecText.visible(reference.pointer))' does not point at a schema", at: reference.location)
                continue
            }
            components.insideSchemas[reference.pointer] = readSchema(node, pointer: reference.pointer)
        }
        checkInsideReferenceCycles(in: components)
    }

    /// A chain of references through a schema inside a component that comes back to itself with
    /// no structure in between (`A/properties/x: {$ref: A/properties/x}`) names no type: an error
    /// at the reference that starts it, found with the one `ReferenceChain` guard.
    mutating func checkInsideReferenceCycles(in components: OpenAPIDocument.Components) {
        var reported: Set<SourceLocation> = []
        for schema in insideReferringSchemas {
            let end = ReferenceChain.follow(schema, name: { $0.reference }, target: { components.schema(referencedBy: $0) })
            if case .cycle(let name, _) = end, let start = schema.reference, reported.insert(start.location).inserted {
                error("reference cycle through '\(SpecText.visible(name.pointer))' with no schema structure in between", at: start.location)
            }
        }
    }
}

/// The final pass of reading: every schema `$ref` must name an existing component.
extension DocumentReader {
    mutating func checkReferences(in document: OpenAPIDocument) {
        let names = Set(document.components.schemas.map(\.name))
        var visitor = SchemaWalker()
        for (_, schema) in document.components.schemas { visitor.walk(schema) }
        for operation in document.operations {
            for parameter in operation.parameters { visitor.walk(parameter.schema) }
            for media in operation.requestBody?.content ?? [] { media.schema.map { visitor.walk($0) } }
            for (_, response) in operation.responses {
                for media in response.content { media.schema.map { visitor.walk($0) } }
                for (_, header) in response.headers { header.schema.map { visitor.walk($0) } }
            }
        }
        for reference in visitor.references where reference.section == .schemas && !reference.isInside && !names.contains(reference.name) {
            error("unresolved reference '\(reference.pointer)'", at: reference.location)
        }
    }
}

/// Visits a schema and all schemas nested in it (not following `$ref`s), collecting references.
struct SchemaWalker {
    var references: [Reference] = []

    mutating func walk(_ schema: Schema) {
        if let reference = schema.reference { references.append(reference) }
        for property in schema.properties { walk(property.schema) }
        if case .schema(let value) = schema.additionalProperties { walk(value) }
        if let items = schema.items { walk(items) }
        for list in [schema.oneOf, schema.anyOf, schema.allOf] {
            for member in list ?? [] { walk(member) }
        }
        for (_, reference) in schema.discriminator?.mapping ?? [] { references.append(reference) }
    }
}
