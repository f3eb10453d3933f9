/// Objects → structs: properties with their optionality, constants, defaults and constraints.
extension TypeTranslator {
    /// The properties and required names of an object schema, with `allOf` members merged in order.
    func mergedObject(_ schema: Schema) -> (properties: [Schema.Property], required: Set<String>, additional: Schema.AdditionalProperties) {
        var properties: [Schema.Property] = []
        var required: Set<String> = []
        var additional = Schema.AdditionalProperties.absent
        var visited: Set<String> = []

        func merge(_ schema: Schema) {
            let schema = resolveTracking(schema, visited: &visited)
            for member in schema.allOf ?? [] { merge(member) }
            for property in schema.properties {
                if let index = properties.firstIndex(where: { $0.name == property.name }) {
                    properties[index] = property
                } else {
                    properties.append(property)
                }
            }
            required.formUnion(schema.required)
            if case .absent = schema.additionalProperties {} else { additional = schema.additionalProperties }
        }
        merge(schema)
        return (properties, required, additional)
    }

    private func resolveTracking(_ schema: Schema, visited: inout Set<String>) -> Schema {
        guard let reference = schema.reference else { return schema }
        guard visited.insert(reference.name).inserted else { return Schema(location: schema.location, pointer: schema.pointer) }
        return resolve(schema)
    }

    mutating func makeStruct(name: String, schema: Schema) -> StructModel {
        let (properties, required, additional) = mergedObject(schema)
        for name in required.sorted() where !properties.contains(where: { $0.name == name }) {
            diagnostics.append(.warning("required property '\(name)' is not defined in 'properties'", at: schema.location))
        }
        var memberNames = NameRegistry(reserved: ["additionalProperties", "init", "CodingKeys"])
        var models: [PropertyModel] = []
        for property in properties {
            let propertySchema = property.schema
            // For `anyOf: [X, null]`, X's bounds, items and default (see TypeTranslator+NullableMembers).
            let resolved = valueSchema(of: propertySchema)
            var constant: String?
            if propertySchema.reference == nil {
                if case .string(let value)? = propertySchema.constValue {
                    constant = value
                } else if let values = propertySchema.enumValues, values.count == 1, case .string(let value) = values[0] {
                    constant = value
                }
            }
            let (type, nullable) = constant == nil
                ? usage(for: propertySchema, suggestedName: name + SwiftNaming.typeName(property.name))
                : (.string, false)
            var constraints = resolved.constraints
            var elementConstraints = Constraints()
            if case .array = type, let items = resolved.items { elementConstraints = resolve(items).constraints }
            if propertySchema.reference != nil { constraints = resolved.constraints }
            models.append(PropertyModel(
                wireName: property.name,
                swiftName: memberNames.claim(SwiftNaming.memberName(property.name)),
                type: type, isRequired: required.contains(property.name), isNullable: nullable,
                constant: constant, defaultValue: propertySchema.defaultValue ?? resolved.defaultValue,
                documentation: Documentation(
                    text: propertyDocumentationText(propertySchema),
                    deprecated: propertySchema.deprecated || resolved.deprecated),
                constraints: constraints, elementConstraints: elementConstraints))
        }
        var additionalType: TypeUsage?
        switch additional {
        case .allowed(true) where !properties.isEmpty:
            additionalType = .json
        case .schema(let valueSchema):
            additionalType = usage(for: valueSchema, suggestedName: name + "AdditionalProperty").0
        default:
            break
        }
        return StructModel(name: name, documentation: documentation(schema), properties: models, additionalProperties: additionalType)
    }
}
