/// Which schemas reach a construct the generator cannot express (`Schema.unsupported`): through
/// properties, items, `additionalProperties`, union and `allOf` members, discriminator mappings and
/// `$ref`s, to any depth. A component that reaches one is not declared, and an operation whose
/// parameters, body or responses reach one is not generated, so no type ever drops part of the data.
struct UnsupportedReach {
    /// The construct each referenced schema (by `Reference.pointer`) reaches, for those that reach one.
    private var causes: [String: UnsupportedConstruct] = [:]

    init(_ components: OpenAPIDocument.Components) {
        // Each referenceable schema: what it reaches without following references, and what it refers to.
        var targets: [(pointer: String, schema: Schema)] = components.schemas.map { ("#/components/schemas/\($0.name)", $0.schema) }
        targets += components.insideSchemas.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var referrers: [String: [String]] = [:]
        var pending: [String] = []
        for (pointer, schema) in targets {
            var walk = Walk()
            walk.visit(schema)
            if let local = walk.cause {
                causes[pointer] = local
                pending.append(pointer)
            }
            for reference in walk.references { referrers[reference.pointer, default: []].append(pointer) }
        }
        // Spread each cause back along the references, first found first: the order is the document's.
        var next = 0
        while next < pending.count {
            let pointer = pending[next]
            next += 1
            for referrer in referrers[pointer] ?? [] where causes[referrer] == nil {
                causes[referrer] = causes[pointer]
                pending.append(referrer)
            }
        }
    }

    /// The construct `schema` reaches, if any: its own first, then through what it refers to (the
    /// first such reference is `through`).
    func cause(of schema: Schema) -> (construct: UnsupportedConstruct, through: Reference?)? {
        var walk = Walk()
        walk.visit(schema)
        if let local = walk.cause { return (local, nil) }
        for reference in walk.references {
            if let construct = causes[reference.pointer] { return (construct, reference) }
        }
        return nil
    }

    /// The construct the component named `name` reaches, if any.
    func cause(ofComponent name: String) -> UnsupportedConstruct? {
        causes["#/components/schemas/\(name)"]
    }

    /// The construct an operation reaches: through a parameter, its request body, a response's body
    /// or headers (of any status: an error body that cannot be typed must not be dropped either),
    /// or a part of it defined in another file.
    func cause(of operation: Operation) -> (construct: UnsupportedConstruct, through: Reference?)? {
        if let first = operation.unsupported.first { return (first, nil) }
        var schemas = operation.parameters.map(\.schema)
        schemas += (operation.requestBody?.content ?? []).compactMap(\.schema)
        for (_, response) in operation.responses {
            schemas += response.content.compactMap(\.schema) + response.headers.compactMap(\.header.schema)
        }
        return schemas.lazy.compactMap { cause(of: $0) }.first
    }

    /// One schema and everything nested in it, not following references.
    private struct Walk {
        var cause: UnsupportedConstruct?
        var references: [Reference] = []

        mutating func visit(_ schema: Schema) {
            if cause == nil, let unsupported = schema.unsupported { cause = unsupported }
            if let reference = schema.reference { references.append(reference) }
            for property in schema.properties { visit(property.schema) }
            if case .schema(let value) = schema.additionalProperties { visit(value) }
            if let items = schema.items { visit(items) }
            for list in [schema.oneOf, schema.anyOf, schema.allOf] {
                for member in list ?? [] { visit(member) }
            }
            for (_, reference) in schema.discriminator?.mapping ?? [] { references.append(reference) }
        }
    }
}
