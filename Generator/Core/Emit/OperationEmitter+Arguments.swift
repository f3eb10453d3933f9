/// An operation's arguments as its methods, the client protocol and the request builder spell them:
/// always in the model's order (`OperationModel.arguments`, decided by the translator), never re-sorted here.
extension OperationEmitter {
    /// `name: Type`, or `_ body: Type` for the body; an optional argument is `Type?`, with `= nil`
    /// when `defaults` (the public methods' form).
    func declaration(_ argument: OperationModel.Argument, defaults: Bool) -> String {
        let text: String
        switch argument {
        case .body(let body): text = "_ body: \(bodyType(body))"
        case .parameter(let parameter): text = "\(parameter.swiftName): \(parameter.type.swift)"
        }
        return text + (argument.isRequired ? "" : defaults ? "? = nil" : "?")
    }

    /// Parameters of the public methods, with their defaults, without `options`.
    var parameterDeclarations: [String] { operation.arguments.map { declaration($0, defaults: true) } }

    /// The argument labels of the methods' selectors, without `options:` (`_:` for the body).
    var argumentLabels: [String] {
        operation.arguments.map { argument in
            if case .parameter(let parameter) = argument { "\(parameter.swiftName):" } else { "_:" }
        }
    }

    /// A method's own parameters passed on, as in `body, id: id`.
    var forwardedArguments: String { forwardedArgumentList.joined(separator: ", ") }

    /// The elements of `forwardedArguments`: `body`, `id: id`.
    var forwardedArgumentList: [String] {
        operation.arguments.map { argument in
            switch argument {
            case .body: "body"
            case .parameter(let parameter): "\(parameter.swiftName): \(SwiftNaming.escaped(parameter.swiftName))"
            }
        }
    }

    /// The DocC `- Parameter` line of each argument, without `options`.
    var argumentDocumentation: [String] {
        operation.arguments.map { argument in
            switch argument {
            case .body(let body):
                return bodyParameterDocumentation(body)
            case .parameter(let parameter):
                let text = EmitContext.textLines(parameter.documentation.text).joined(separator: " ")
                let fallback = "The `\(SpecText.inlineComment(parameter.wireName))` \(parameter.location.rawValue) parameter."
                return "- Parameter \(parameter.swiftName): \(text.isEmpty ? fallback : text)"
            }
        }
    }
}
