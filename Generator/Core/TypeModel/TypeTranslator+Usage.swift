/// Type usages: how a schema is typed where it appears, declaring inline types as needed.
extension TypeTranslator {
    /// The Swift type for `schema` at a use site, and whether `null` is allowed there.
    /// Inline objects, enums and unions become declarations named `suggestedName`.
    mutating func usage(for schema: Schema, suggestedName: String) -> (TypeUsage, isNullable: Bool) {
        if let reference = schema.reference {
            if reference.isInside {
                let (type, isNullable) = insideUsage(reference)
                return (type, schema.allowsNull || isNullable)
            }
            let target = resolve(schema)
            return (.named(swiftName(of: reference)), schema.allowsNull || admitsNull(target))
        }
        if isReferencedInside(schema) { return sharedUsage(for: schema, suggestedName: suggestedName) }
        return ownUsage(for: schema, suggestedName: suggestedName)
    }

    mutating func ownUsage(for schema: Schema, suggestedName: String) -> (TypeUsage, isNullable: Bool) {
        switch shape(of: schema) {
        case .object:
            let name = claim(suggestedName, for: schema, isNullable: schema.allowsNull)
            declarations.append(.structure(makeStruct(name: name, schema: schema)))
            return (.named(name), schema.allowsNull)
        case .stringEnum(let values):
            let name = claim(suggestedName, for: schema, isNullable: schema.allowsNull)
            declarations.append(.openEnum(makeEnum(name: name, values: values, schema: schema)))
            return (.named(name), schema.allowsNull)
        case .union(let members, let isNullable):
            if members.count == 1 {
                let (inner, innerNullable) = usage(for: members[0], suggestedName: suggestedName)
                return (inner, isNullable || innerNullable)
            }
            let name = claim(suggestedName, for: schema, isNullable: isNullable)
            declareUnion(name: name, schema: schema, members: members)
            return (.named(name), isNullable)
        case .other:
            break
        }
        if let allOf = schema.allOf, allOf.count == 1 {
            let (inner, innerNullable) = usage(for: allOf[0], suggestedName: suggestedName)
            return (inner, schema.allowsNull || innerNullable)
        }
        return (primitiveUsage(for: schema, suggestedName: suggestedName), schema.allowsNull)
    }

    /// Whether a component admits `null` (`type: [string, 'null']`, an enum listing null, a union
    /// with a null member), so that properties referring to it stay optional.
    func admitsNull(_ schema: Schema) -> Bool {
        if case .union(_, let isNullable) = shape(of: schema) { return isNullable }
        return schema.allowsNull
    }

    mutating func primitiveUsage(for schema: Schema, suggestedName: String) -> TypeUsage {
        let types = schema.types
        if types.count > 1 {
            // `type: [string, integer]` and the like: any JSON of those kinds.
            return .json
        }
        switch types.first {
        case .string?:
            return .string
        case .integer?:
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case .number?:
            return schema.format == "float" ? .float : .double
        case .boolean?:
            return .bool
        case .array?:
            guard let items = schema.items else { return .array(.json) }
            // `nullable: true` (3.0) or `type: [X, 'null']` items: the array may hold nulls.
            let (element, isNullable) = usage(for: items, suggestedName: suggestedName + "Item")
            return .array(isNullable ? .optional(element) : element)
        case .object?:
            switch schema.additionalProperties {
            case .schema(let valueSchema):
                // As for array items: values that may be `null` are optional (`[String: String?]`).
                let (value, isNullable) = usage(for: valueSchema, suggestedName: suggestedName + "Value")
                return .map(isNullable ? .optional(value) : value)
            case .allowed, .absent:
                return .map(.json)
            }
        case nil:
            if let constant = schema.constValue, constant.stringValue != nil { return .string }
            return .json
        }
    }
}
