/// `x-error-fields`: where the client reads `APIFailure`'s fields from an error body. Old bindings
/// keep reading the old members, so a field whose paths changed may come back `nil` (the body
/// itself stays whole in `APIFailure.body`, so nothing is lost, only no longer named).
extension SpecDiff {
    mutating func compareErrorFields() {
        let before = old.document.errorFields?.paths ?? [:]
        let after = new.document.errorFields?.paths ?? [:]
        guard before != after else { return }
        let pointer = "#/x-error-fields"
        let symbol = "\(clientName).clientDefaults"
        for field in ErrorFields.Field.allCases where before[field] != after[field] {
            let fieldPointer = "\(pointer)/\(field.rawValue)"
            let spelled = { (paths: [ErrorFields.Path]) in paths.map { $0.joined(separator: ".") }.joined(separator: ", ") }
            switch (before[field], after[field]) {
            case (nil, let paths?):
                report(SpecChange(
                    .additive, rule: "error-field-added", pointer: fieldPointer, symbol: symbol,
                    location: new.location(of: fieldPointer),
                    message: "APIFailure.\(field.rawValue) is now read from [\(spelled(paths))]"))
            case (let paths?, let newPaths):
                report(SpecChange(
                    .wireBreaking, severity: .warning, rule: "error-field-changed", pointer: fieldPointer, symbol: symbol,
                    location: newPaths != nil ? new.location(of: fieldPointer)
                        : new.document.errorFields != nil ? new.location(of: pointer) : old.location(of: fieldPointer),
                    message: "APIFailure.\(field.rawValue) was read from [\(spelled(paths))], "
                        + (newPaths.map { "now from [\(spelled($0))]" } ?? "now from nowhere"),
                    explanation: "bindings built from the old spec still read the old members, so the field may be nil; the whole body stays in APIFailure.body"))
            case (nil, nil):
                break
            }
        }
    }
}
