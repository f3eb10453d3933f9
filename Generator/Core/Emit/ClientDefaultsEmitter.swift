/// The client's `clientDefaults`: the runtime's `ClientDefaults` value, written from the
/// configuration's `userAgent` and the spec's `x-error-fields` as data (string literals only), and
/// passed to `APIClient` by `init(configuration:)`. Bindings that set neither get no such member
/// and the runtime's generic defaults.
struct ClientDefaultsEmitter {
    let context: EmitContext
    let model: ClientModel

    /// Whether the bindings need their own defaults.
    var isNeeded: Bool { model.userAgentProduct != nil || model.errorFields != nil || model.credential != .bearer }

    /// The `APIClient` of `init(configuration:)`.
    var coreExpression: String {
        isNeeded ? "APIClient(configuration: configuration, defaults: \(model.name).clientDefaults)" : "APIClient(configuration: configuration)"
    }

    func emit() -> [SwiftNode] {
        guard isNeeded else { return [] }
        var items: [String] = []
        var arguments: [SwiftNode] = []
        if let product = model.userAgentProduct {
            items.append("the `User-Agent` `\(product) (Swift; <OS>)` (the generator's `userAgent` setting)")
            arguments.append(.line("userAgentProduct: \(EmitContext.stringLiteral(product))"))
        } else {
            items.append("the runtime's generic `User-Agent`")
        }
        if let errorFields = model.errorFields {
            items.append("the members error bodies keep `APIFailure`'s fields in (the spec's `x-error-fields`)")
            let fields = ErrorFields.Field.allCases.compactMap { field in
                errorFields.paths[field].map { "\(field.rawValue): [\($0.map(pathLiteral).joined(separator: ", "))]" }
            }
            arguments.append(.indented("errorFields: ErrorFieldPaths(", commaSeparated(fields.map { .line($0) }), closing: ")"))
        } else {
            items.append("no fields read from JSON error bodies (the spec has no `x-error-fields`)")
        }
        if model.credential != .bearer {
            items.append("the spec's security scheme: the API key sent \(model.credential.prose)")
            arguments.append(.line("credentialPlacement: \(model.credential.swiftExpression)"))
        }
        let documentation = ["What a configuration that leaves them unset (`nil`) gets:"]
            + items.enumerated().map { "- " + $1 + ($0 == items.count - 1 ? "." : ",") }
        let declaration = "\(context.access) static let clientDefaults = ClientDefaults("
        if arguments.count == 1, case .line(let argument) = arguments[0] {
            return [.documentation(documentation), .line(declaration + argument + ")")]
        }
        return [.documentation(documentation), .indented(declaration, commaSeparated(arguments), closing: ")")]
    }

    /// `["error", "message"]`: member names are spec text, so each is an escaped literal.
    func pathLiteral(_ path: ErrorFields.Path) -> String {
        "[" + path.map(EmitContext.stringLiteral).joined(separator: ", ") + "]"
    }

    /// Arguments one per line, each but the last followed by a comma.
    func commaSeparated(_ nodes: [SwiftNode]) -> [SwiftNode] {
        nodes.enumerated().map { index, node in
            guard index < nodes.count - 1 else { return node }
            switch node {
            case .line(let text): return .line(text + ",")
            case .indented(let opening, let body, let closing): return .indented(opening, body, closing: (closing ?? "") + ",")
            default: return node
            }
        }
    }
}
