/// A warning about a component schema or an operation, held back until translation knows whether
/// that part is generated at all: with an operation filter, warnings about schemas and operations
/// the filter removed would only be noise.
public struct ScopedWarning: Sendable {
    /// The JSON pointer of the schema the warning is about (`#/components/schemas/Pet/properties/age`).
    public var pointer: String
    public var diagnostic: Diagnostic

    /// Whether the warning is about `owner` (a component or operation pointer) or something inside it.
    func isInside(_ owner: String) -> Bool {
        pointer == owner || pointer.hasPrefix(owner + "/")
    }
}

extension DocumentReader {
    /// Records a warning about the schema at `pointer`: scoped when it lies in a component schema or
    /// an operation, so it is printed only if that part is generated; otherwise printed as is.
    mutating func warning(_ message: String, at location: SourceLocation, pointer: String) {
        let diagnostic = Diagnostic.warning(message, at: location)
        if pointer.hasPrefix("#/components/schemas/") || pointer.hasPrefix("#/paths/") {
            scopedWarnings.append(ScopedWarning(pointer: pointer, diagnostic: diagnostic))
        } else {
            diagnostics.append(diagnostic)
        }
    }
}

extension TypeTranslator {
    /// The held-back warnings about component schemas that are declared (all of them, without an
    /// operation filter) and about the operations that are generated.
    func relevantScopedWarnings(declaredComponents: Set<String>?) -> [Diagnostic] {
        let operationPointers = selectedOperations.map {
            "#/paths/\(DocumentReader.escapePointer($0.path))/\($0.method.lowercased())"
        }
        return document.scopedWarnings.filter { warning in
            if warning.pointer.hasPrefix("#/components/schemas/") {
                let name = warning.pointer.dropFirst("#/components/schemas/".count).prefix { $0 != "/" }
                return declaredComponents?.contains(String(name)) ?? true
            }
            return operationPointers.contains { warning.isInside($0) }
        }.map(\.diagnostic)
    }
}
