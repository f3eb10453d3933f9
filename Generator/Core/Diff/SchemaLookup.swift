/// Finds the schema a declaration was translated from by its pointer, walking the document's
/// schemas instead of indexing them all: only changed declarations are ever looked up, and an
/// index of every schema of a large spec costs more than the whole comparison.
struct SchemaLookup: Sendable {
    let document: OpenAPIDocument
    /// Schemas that are not inside a component schema (parameters, bodies, responses, headers):
    /// few, so a linear scan for the one a pointer starts with is cheap.
    let roots: [Schema]

    init(_ document: OpenAPIDocument) {
        self.document = document
        var roots: [Schema] = []
        func add(_ response: Response) {
            roots += response.content.compactMap(\.schema) + response.headers.compactMap(\.header.schema)
        }
        for operation in document.operations {
            roots += operation.parameters.map(\.schema) + (operation.requestBody?.content ?? []).compactMap(\.schema)
            for (_, response) in operation.responses { add(response) }
        }
        for (_, response) in document.components.responses { add(response) }
        for (_, parameter) in document.components.parameters { roots.append(parameter.schema) }
        for (_, body) in document.components.requestBodies { roots += body.content.compactMap(\.schema) }
        self.roots = roots
    }

    func schema(at pointer: String) -> Schema? {
        let componentPrefix = "#/components/schemas/"
        if pointer.hasPrefix(componentPrefix) {
            let rest = pointer.dropFirst(componentPrefix.count).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = rest.first, let component = document.components.schema(named: String(name)) else { return nil }
            return walk(component, rest.count > 1 ? rest[1] : "")
        }
        for root in roots where pointer.hasPrefix(root.pointer) {
            let rest = pointer.dropFirst(root.pointer.count)
            guard rest.isEmpty || rest.first == "/" else { continue }
            if let found = walk(root, rest.drop { $0 == "/" }) { return found }
        }
        return nil
    }

    /// Follows `properties/<name>`, `items`, `additionalProperties` and `oneOf|anyOf|allOf/<i>`.
    private func walk(_ schema: Schema, _ path: Substring) -> Schema? {
        var current = schema
        var tokens = path.split(separator: "/", omittingEmptySubsequences: true)[...]
        while let token = tokens.popFirst() {
            switch token {
            case "properties":
                guard let name = tokens.popFirst(), let property = current.properties.first(where: { $0.name == name }) else { return nil }
                current = property.schema
            case "items":
                guard let items = current.items else { return nil }
                current = items
            case "additionalProperties":
                guard case .schema(let values) = current.additionalProperties else { return nil }
                current = values
            case "oneOf", "anyOf", "allOf":
                let list = token == "oneOf" ? current.oneOf : token == "anyOf" ? current.anyOf : current.allOf
                guard let index = tokens.popFirst().flatMap({ Int($0) }), let list, list.indices.contains(index) else { return nil }
                current = list[index]
            default:
                return nil
            }
        }
        return current.pointer == schema.pointer + (path.isEmpty ? "" : "/" + path) ? current : nil
    }
}
