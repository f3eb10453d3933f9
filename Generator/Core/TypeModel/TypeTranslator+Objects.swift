/// Objects → structs: properties with their optionality, constants, defaults and constraints.
extension TypeTranslator {
    /// The properties and required names of an object schema, with `allOf` members merged in order.
    func mergedObject(_ schema: Schema) -> MergedObjectCache.Merged {
        mergedObjects.merged(schema, compute: merging)
    }

    private func merging(_ schema: Schema) -> MergedObjectCache.Merged {
        var properties: [Schema.Property] = []
        var positions: [String: Int] = [:]  // name → index in `properties`; a scan would be quadratic
        var required: Set<String> = []
        var additional = Schema.AdditionalProperties.absent
        var overridden: [(earlier: Schema.Property, later: Schema.Property)] = []
        var visited = ReferenceChain.Guard<Reference>()

        func merge(_ schema: Schema) {
            let schema = resolveTracking(schema, visited: &visited)
            for member in schema.allOf ?? [] { merge(member) }
            for property in schema.properties {
                if let index = positions[property.name] {
                    overridden.append((properties[index], property))
                    properties[index] = property
                } else {
                    positions[property.name] = properties.count
                    properties.append(property)
                }
            }
            required.formUnion(schema.required)
            if case .absent = schema.additionalProperties {} else { additional = schema.additionalProperties }
        }
        merge(schema)
        return (properties, required, additional, overridden)
    }

    private func resolveTracking(_ schema: Schema, visited: inout ReferenceChain.Guard<Reference>) -> Schema {
        guard let reference = schema.reference else { return schema }
        guard visited.pass(reference) else { return Schema(location: schema.location, pointer: schema.pointer) }
        return resolve(schema)
    }

    mutating func makeStruct(name: String, schema: Schema) -> StructModel {
        let (properties, required, additional, overridden) = mergedObject(schema)
        for name in required.sorted() where !properties.contains(where: { $0.name == name }) {
            diagnostics.append(.warning("required property '\(name)' is not defined in 'properties'", at: schema.location))
        }
        warnAboutContradictions(overridden)
        var memberNames = NameRegistry(reserved: ["additionalProperties", "decodedNils", "init"])
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
            let elementConstraints = elementConstraintLevels(type, resolved)
            if propertySchema.reference != nil { constraints = resolved.constraints }
            let isRequired = required.contains(property.name)
            models.append(PropertyModel(
                wireName: property.name,
                swiftName: memberNames.claim(SwiftNaming.memberName(property.name)),
                type: type, isRequired: isRequired, isNullable: nullable,
                constant: constant, defaultValue: checkedDefault(propertySchema.defaultValue ?? resolved.defaultValue, of: property, resolved: resolved),
                documentation: Documentation(
                    text: propertyDocumentationText(propertySchema),
                    deprecated: propertySchema.deprecated || resolved.deprecated),
                constraints: constraints, elementConstraints: elementConstraints,
                isLenientArray: isRequired && !nullable && constant == nil && decodesLeniently(property.name, propertySchema)))
        }
        // Members the spec does not describe are kept (as JSON unless it gives their schema), so that
        // an item echoed back to the server carries the fields a newer server added.
        var additionalType = TypeUsage.json
        if case .schema(let valueSchema) = additional {
            let (value, isNullable) = usage(for: valueSchema, suggestedName: name + "AdditionalProperty")
            additionalType = isNullable ? .optional(value) : value
        }
        return StructModel(name: name, documentation: documentation(schema), properties: models, additionalProperties: additionalType)
    }

    /// A numeric `default` written next to a `$ref` was only checked against its own schema; against
    /// the referenced type it must still fit (`3000000000` is not an `Int32`), or no literal exists.
    mutating func checkedDefault(_ value: DefaultLiteral?, of property: Schema.Property, resolved: Schema) -> DefaultLiteral? {
        guard let value, resolved.types.count == 1 else { return value }
        let type: TypeUsage
        switch (resolved.types[0], resolved.format) {
        case (.integer, "int32"): type = .int32
        case (.integer, _): type = .int
        case (.number, "float"): type = .float
        case (.number, _): type = .double
        default: return value
        }
        let literal: String?
        switch value {
        case .integer(let number): literal = NumberLiteral.literal(number, for: type)
        case .number(let number): literal = NumberLiteral.literal(number, for: type)
        default: return value
        }
        guard literal == nil else { return value }
        error("default of property '\(SpecText.visible(property.name))' does not fit its type \(type.swift)", at: property.location)
        return nil
    }
}
