extension HTTPFields {
    /// These fields with every name that occurs in `overrides` replaced by the overriding values.
    func overriding(with overrides: HTTPFields) -> HTTPFields {
        guard !overrides.fields.isEmpty else { return self }
        let replaced = Set(overrides.fields.map { $0.name.lowercased() })
        return HTTPFields(fields.filter { !replaced.contains($0.name.lowercased()) } + overrides.fields)
    }
}
