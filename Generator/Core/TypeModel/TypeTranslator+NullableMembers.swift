/// `anyOf: [X, {type: 'null'}]`: the usual 3.1 way to write an optional value. Its annotations
/// (description, bounds, default) usually sit on `X`, not on the union, and must not be lost.
extension TypeTranslator {
    /// The one non-null member of a nullable `anyOf`/`oneOf`, or `nil` for any other schema.
    func soleNonNullMember(of schema: Schema) -> Schema? {
        guard schema.reference == nil, let members = schema.anyOf ?? schema.oneOf else { return nil }
        let nonNull = members.filter { !isNullSchema($0) }
        return nonNull.count == 1 && nonNull.count < members.count ? nonNull[0] : nil
    }

    /// The text that documents a property: its own, else that of the member of a nullable union.
    func propertyDocumentationText(_ schema: Schema) -> String? {
        if let text = schema.description ?? schema.title { return text }
        guard let member = soleNonNullMember(of: schema) else { return nil }
        return member.description ?? member.title
    }

    /// The schema whose constraints and default apply to a property's value: the member of a
    /// nullable union (resolved), else the property's own schema (resolved).
    func valueSchema(of schema: Schema) -> Schema {
        soleNonNullMember(of: schema).map(resolve) ?? resolve(schema)
    }
}
