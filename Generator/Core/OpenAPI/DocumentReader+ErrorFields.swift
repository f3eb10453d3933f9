/// The document-level `x-error-fields` extension (see `ErrorFields`): checked here, so the emitter
/// only ever writes member names as string literals into an `ErrorFieldPaths` value.
extension DocumentReader {
    static let errorFieldsKey = "x-error-fields"

    /// The extension's paths, or `nil` when the document has none or it is malformed (with errors).
    mutating func readErrorFields() -> ErrorFields? {
        guard let node = root[Self.errorFieldsKey] else { return nil }
        let fieldNames = ErrorFields.Field.allCases.map(\.rawValue).joined(separator: ", ")
        guard let entries = node.mappingEntries, !entries.isEmpty else {
            error("\(Self.errorFieldsKey) must map fields of APIFailure (\(fieldNames)) to member paths, found \(node.mappingEntries == nil ? "a \(node.kindName)" : "an empty mapping")", at: node)
            return nil
        }
        var paths: [ErrorFields.Field: [ErrorFields.Path]] = [:]
        var isValid = true
        for entry in entries {  // The YAML reader has already refused duplicate keys.
            let name = entry.key.stringValue ?? ""
            guard let field = ErrorFields.Field(rawValue: name) else {
                error("\(Self.errorFieldsKey) names '\(SpecText.visible(name))', which is not a field of APIFailure (\(fieldNames))", at: entry.key)
                isValid = false
                continue
            }
            guard let alternatives = readErrorFieldPaths(entry.value, field: field) else {
                isValid = false
                continue
            }
            paths[field] = alternatives
        }
        return isValid ? ErrorFields(paths: paths) : nil
    }

    /// A path (`error.message`) or a non-empty list of them, or `nil` with an error.
    private mutating func readErrorFieldPaths(_ node: YAMLNode, field: ErrorFields.Field) -> [ErrorFields.Path]? {
        let label = "\(Self.errorFieldsKey).\(field.rawValue)"
        let elements = node.sequenceElements ?? [node]
        guard !elements.isEmpty else {
            error("\(label) must be a member path such as 'error.message' or a non-empty list of them, found an empty list", at: node)
            return nil
        }
        var result: [ErrorFields.Path] = []
        for element in elements {
            guard let text = element.stringValue, element.kindName == "string" || element.kindName == "number" else {
                error("\(label) must be a member path such as 'error.message' or a non-empty list of them, found a \(element.kindName)", at: element)
                return nil
            }
            let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard path.allSatisfy({ !$0.isEmpty }) else {
                error("\(label): '\(SpecText.visible(text))' is not a member path (member names separated by single dots, none empty)", at: element)
                return nil
            }
            guard !result.contains(path) else {
                error("\(label) lists '\(SpecText.visible(text))' twice", at: element)
                return nil
            }
            result.append(path)
        }
        return result
    }
}
