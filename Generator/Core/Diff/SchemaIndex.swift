/// Every schema of a document by its pointer, so that a declaration (which records the pointer of
/// the schema it came from) can be traced back to its properties' and members' source locations.
enum SchemaIndex {
    static func build(_ document: OpenAPIDocument) -> [String: Schema] {
        var index: [String: Schema] = [:]
        var pending: [Schema] = document.components.schemas.map(\.schema)
        for operation in document.operations {
            pending += operation.parameters.map(\.schema)
            pending += (operation.requestBody?.content ?? []).compactMap(\.schema)
            for (_, response) in operation.responses {
                pending += response.content.compactMap(\.schema)
                pending += response.headers.compactMap(\.header.schema)
            }
        }
        while let schema = pending.popLast() {
            // Component responses and parameters are read once per use, with the same pointer.
            guard index.updateValue(schema, forKey: schema.pointer) == nil else { continue }
            pending += schema.properties.map(\.schema)
            if let items = schema.items { pending.append(items) }
            if case .schema(let values) = schema.additionalProperties { pending.append(values) }
            pending += (schema.oneOf ?? []) + (schema.anyOf ?? []) + (schema.allOf ?? [])
        }
        return index
    }
}
