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
        for reference in visitor.references where reference.section == .schemas && !names.contains(reference.name) {
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
