/// `EnumModel` → an open string enum: known values as cases, anything else as `unknown(String)`,
/// which keeps the raw value and encodes it back unchanged. The `rawValue` switch is the one table
/// of values: `init(rawValue:)` comes from `CaseListedOpenEnum`, which searches `allCases`.
struct EnumEmitter {
    let context: EmitContext
    let model: EnumModel

    func emit() -> [SwiftNode] {
        let access = context.access
        let names = model.cases.map { SwiftNaming.escaped($0.swiftName) }
        let cases: [SwiftNode] = LineWrapping.packed("case ", names, level: 1) + [
            .documentation(["A value this version of the bindings does not know; the raw string is kept."]),
            .line("case unknown(String)"),
        ]
        let known = names.map { "." + $0 }.joined(separator: ", ")
        // `allCases` lists the values the spec names, never `unknown`.
        let declaration = "\(access) static let allCases: [\(model.name)] = ["
        let allCases: [SwiftNode] = LineWrapping.fits(declaration + known + "]", level: 1)
            ? [.line(declaration + known + "]")]
            : [.indented(declaration, LineWrapping.packed("", names.map { "." + $0 }, level: 2, suffix: ","), closing: "]")]
        let rawValue: [SwiftNode] = [
            .block("\(access) var rawValue: String", [
                .switchBlock("self", model.cases.map {
                    .line("case .\(SwiftNaming.escaped($0.swiftName)): \(EmitContext.stringLiteral($0.rawValue))")
                } + [.line("case .unknown(let value): value")]),
            ])
        ]
        return context.typeDocumentation(model.documentation) + [
            .block("\(access) enum \(model.name): CaseListedOpenEnum", .separated([cases, allCases, rawValue]))
        ]
    }
}
