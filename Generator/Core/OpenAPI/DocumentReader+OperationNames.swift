/// Names for operations without an `operationId`: derived from the method and the path, so a
/// spec that omits them still generates, and the same spec always yields the same names.
extension DocumentReader {
    /// `GET /threads/{thread_id}/runs` → `getThreadsThreadIDRuns`; `GET /` → `getRoot`.
    static func derivedOperationID(method: String, path: String) -> String {
        let words = SwiftNaming.words(path)
        return method.lowercased() + (words.isEmpty ? "Root" : words.map(SwiftNaming.capitalized).joined())
    }

    /// Every explicit `operationId` in the document, so derived names never take one of them.
    func explicitOperationIDs() -> Set<String> {
        var ids: Set<String> = []
        for pathEntry in root["paths"]?.mappingEntries ?? [] where pathEntry.key.stringValue?.hasPrefix("x-") != true {
            for entry in pathEntry.value.mappingEntries ?? [] {
                guard let method = entry.key.stringValue, Self.httpMethods.contains(method) else { continue }
                if let id = entry.value["operationId"]?.stringValue, !id.isEmpty { ids.insert(id) }
            }
        }
        return ids
    }
}

/// Hands out derived operation names: the first operation keeps the plain name, later ones with
/// the same name get `2`, `3`, … in document order.
struct DerivedOperationNames {
    var taken: Set<String>

    mutating func claim(method: String, path: String) -> String {
        let base = DocumentReader.derivedOperationID(method: method, path: path)
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
