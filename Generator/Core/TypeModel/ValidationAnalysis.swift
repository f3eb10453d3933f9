/// Decides which types get a `validate()` method: those with constraints of their own and those
/// that contain such types (so validating a request checks every nested value).
enum ValidationAnalysis {
    /// Marks the declarations that get a `validate()` and returns their names, the one set the
    /// emitters consult.
    @discardableResult
    static func markValidatable(_ declarations: inout [Declaration]) -> Set<String> {
        var validatable: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for declaration in declarations where !validatable.contains(declaration.name) {
                if needsValidation(declaration, known: validatable) {
                    validatable.insert(declaration.name)
                    changed = true
                }
            }
        }
        for i in declarations.indices {
            let isValidatable = validatable.contains(declarations[i].name)
            switch declarations[i] {
            case .structure(var model):
                model.isValidatable = isValidatable
                declarations[i] = .structure(model)
            case .taggedUnion(var model):
                model.isValidatable = isValidatable
                declarations[i] = .taggedUnion(model)
            case .untaggedUnion(var model):
                model.isValidatable = isValidatable
                declarations[i] = .untaggedUnion(model)
            case .openEnum, .alias:
                break
            }
        }
        return validatable
    }

    static func contains(_ type: TypeUsage, in known: Set<String>) -> Bool {
        switch type {
        case .named(let name): known.contains(name)
        case .array(let element): contains(element, in: known)
        case .map(let value): contains(value, in: known)
        case .optional(let wrapped): contains(wrapped, in: known)
        default: false
        }
    }

    static func needsValidation(_ declaration: Declaration, known: Set<String>) -> Bool {
        switch declaration {
        case .structure(let model):
            return model.properties.contains { property in
                property.constant == nil
                    && (!property.constraints.isEmpty || !property.elementConstraints.isEmpty
                        || contains(property.type, in: known))
            }
        case .taggedUnion(let model):
            return model.variants.contains { contains($0.type, in: known) }
        case .untaggedUnion(let model):
            return model.variants.contains {
                contains($0.type, in: known) || !$0.constraints.isEmpty || !$0.elementConstraints.isEmpty
            }
        case .openEnum, .alias:
            return false
        }
    }
}
