/// Where a struct keeps a property, decided once for the declaration, the coding and the validation.
///
/// Plain properties are stored as declared. An indirect one (a cycle through structs) lives in a
/// heap box. A deprecated one is marked `@available(*, deprecated)` for the code that uses the
/// bindings, and is stored behind `_name`, which the generated code reads instead: Swift has no
/// way to silence a deprecation warning, and bindings must compile without any. The storage of a
/// deprecated property is internal rather than private because validation, in another file, reads it.
enum PropertyStorage {
    static func isSeparate(_ property: PropertyModel) -> Bool { property.isIndirect || property.documentation.deprecated }

    /// The stored property's name (`_name` when separate).
    static func name(_ property: PropertyModel) -> String {
        isSeparate(property) ? separateName(property.swiftName) : property.swiftName
    }

    /// `_name`: where a member kept apart from its declaration is stored (struct properties and
    /// form fields alike).
    static func separateName(_ swiftName: String) -> String { "_" + swiftName.trimmingBackticks }

    /// `private `, or nothing (internal) for a deprecated property's storage.
    static func accessPrefix(_ property: PropertyModel) -> String {
        property.documentation.deprecated ? "" : "private "
    }

    /// `self.…` reading the property from another file (validation): through the accessor, except
    /// for a deprecated property, whose storage is read to avoid the warning (and is internal for it).
    static func readFromAnotherFile(_ property: PropertyModel) -> String {
        property.documentation.deprecated ? read(property) : "self." + SwiftNaming.escaped(property.swiftName)
    }

    /// `self.…` reading the property's value without its accessor: `self._name.value` for a boxed one.
    static func read(_ property: PropertyModel) -> String {
        let stored = "self." + SwiftNaming.escaped(name(property))
        guard property.isIndirect else { return stored }
        return stored + (property.isOptional ? "?.value" : ".value")
    }
}
