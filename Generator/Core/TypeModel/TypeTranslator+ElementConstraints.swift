/// Constraints below a property or union member: what `validate()` checks on each element of an
/// array and each value of a map, level by level (`PropertyModel.elementConstraints`).
extension TypeTranslator {
    /// The constraints of the elements of an array and the values of a map, level by level down
    /// nested arrays and maps (a named type below checks its own); trailing empty levels dropped.
    func elementConstraintLevels(_ type: TypeUsage, _ schema: Schema) -> [Constraints] {
        var levels: [Constraints] = []
        var (type, schema) = (type, schema)
        while true {
            if case .optional(let wrapped) = type { type = wrapped }
            let child: Schema
            switch (type, schema.items, schema.additionalProperties) {
            case (.array(let element), let items?, _):
                (type, child) = (element, items)
            case (.map(let value), _, .schema(let values)):
                (type, child) = (value, values)
            default:
                while levels.last?.isEmpty == true { levels.removeLast() }
                return levels
            }
            schema = resolve(child)
            levels.append(schema.constraints)
        }
    }
}
