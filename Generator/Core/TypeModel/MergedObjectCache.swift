/// `TypeTranslator.mergedObject` results by schema, computed once.
///
/// Unions ask for their members' merged properties again and again (labels, evidence, implicit
/// discriminators), and each merge follows `allOf` chains and hashes every property name. The
/// result depends only on the schema and the document, which does not change during translation.
/// Each entry keeps its schema alive, so an identifier is never reused by another schema.
final class MergedObjectCache {
    /// `overridden`: each property an `allOf` member defines again, with the definition it replaced.
    typealias Merged = (
        properties: [Schema.Property], required: Set<String>, additional: Schema.AdditionalProperties,
        overridden: [(earlier: Schema.Property, later: Schema.Property)]
    )

    private var entries: [ObjectIdentifier: (schema: Schema, merged: Merged)] = [:]

    func merged(_ schema: Schema, compute: (Schema) -> Merged) -> Merged {
        if let entry = entries[ObjectIdentifier(schema)] { return entry.merged }
        let merged = compute(schema)
        entries[ObjectIdentifier(schema)] = (schema, merged)
        return merged
    }
}
