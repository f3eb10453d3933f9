/// The order of an operation's method arguments, as the translator decided it (`OperationModel.arguments`):
/// labelled arguments must be passed in that order, so moving two of them past each other breaks calls.
extension SpecDiff {
    mutating func compareArgumentOrder(_ a: OperationModel, _ b: OperationModel, pointer: String) {
        func key(_ argument: OperationModel.Argument) -> String {
            switch argument {
            case .body: "body"
            case .parameter(let parameter): "\(parameter.location.rawValue) \(parameter.wireName)"
            }
        }
        // Added and removed arguments are reported on their own; only the ones both have can swap.
        let oldKeys = a.arguments.map(key), newKeys = b.arguments.map(key)
        let kept = oldKeys.filter(newKeys.contains)
        guard kept != newKeys.filter(oldKeys.contains) else { return }
        func selector(_ operation: OperationModel) -> String {
            let labels = operation.arguments.map { argument in
                if case .parameter(let parameter) = argument { "\(parameter.swiftName.trimmingBackticks):" } else { "_:" }
            }
            return "\(operation.methodName)(\(labels.joined())options:)"
        }
        report(SpecChange(
            .swiftBreaking, rule: "parameter-order-changed", pointer: pointer, symbol: "\(clientName).\(selector(b))",
            location: new.location(of: pointer),
            message: "the arguments of \(clientName).\(b.methodName) are now in the order \(selector(b)) (was \(selector(a)))",
            explanation: "the wire is unchanged; calls that pass the moved arguments in the old order no longer compile"))
    }
}
