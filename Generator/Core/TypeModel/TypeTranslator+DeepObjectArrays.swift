/// Arrays inside `deepObject` values: OpenAPI leaves their notation undefined, so they are sent only
/// in the one the configuration names (`deepObjectArrays`), and an operation that would need one
/// without it is skipped. Only `indices` can write an array whose elements are objects or arrays.
extension TypeTranslator {
    /// Why a `deepObject` value of `schema` cannot be sent, or `nil`; the reason follows a subject
    /// ("parameter 'expand' …", "property 'items' …").
    func deepObjectArrayProblem(_ schema: Schema) -> String? {
        guard let shape = deepObjectArrayShape(schema) else { return nil }
        guard let notation = configuration.deepObjectArrays else {
            return "holds an array in style deepObject, which OpenAPI leaves undefined; "
                + "set 'deepObjectArrays' (brackets, indices or repeated) in the configuration to choose how it is sent"
        }
        if shape == .nested && notation != .indices {
            return "holds an array of objects or arrays in style deepObject, which only 'deepObjectArrays: indices' can write"
        }
        return nil
    }

    enum DeepObjectArrayShape: Comparable {
        /// Every array under the value holds scalars.
        case scalars
        /// Some array holds objects or arrays.
        case nested
    }

    /// The arrays a value of `schema` can hold (itself, or under its properties, map values,
    /// items and union members, through references), or `nil` when it holds none. Free-form
    /// values (`JSONValue`) are left to the runtime, which refuses an array it cannot write.
    func deepObjectArrayShape(_ schema: Schema) -> DeepObjectArrayShape? {
        var visited: Set<String> = []
        return deepObjectArrayShape(schema, visited: &visited)
    }

    private func deepObjectArrayShape(_ schema: Schema, visited: inout Set<String>) -> DeepObjectArrayShape? {
        if let pointer = schema.reference?.pointer {
            guard visited.insert(pointer).inserted else { return nil }
        }
        let resolved = resolve(schema)
        var found: DeepObjectArrayShape?
        func note(_ shape: DeepObjectArrayShape?) { if let shape { found = max(found ?? shape, shape) } }
        if resolved.types.contains(.array) || resolved.items != nil {
            note(.scalars)
            if let items = resolved.items {
                let element = resolve(items)
                if element.types.contains(.object) || element.types.contains(.array) || !element.properties.isEmpty {
                    note(.nested)
                }
                note(deepObjectArrayShape(items, visited: &visited))
            }
        }
        for property in resolved.properties { note(deepObjectArrayShape(property.schema, visited: &visited)) }
        if case .schema(let value) = resolved.additionalProperties { note(deepObjectArrayShape(value, visited: &visited)) }
        for member in (resolved.oneOf ?? []) + (resolved.anyOf ?? []) + (resolved.allOf ?? []) {
            note(deepObjectArrayShape(member, visited: &visited))
        }
        return found
    }
}
