/// Parameters, paired by location and wire name; they are only ever sent.
extension SpecDiff {
    mutating func compareParameters(_ a: OperationModel, _ oldSource: Operation, _ b: OperationModel, _ newSource: Operation, pointer: String) {
        func key(_ parameter: ParameterModel) -> String { "\(parameter.location.rawValue) \(parameter.wireName)" }
        let oldByKey = Dictionary(a.parameters.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(b.parameters.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let method = "\(clientName).\(b.methodName)"
        for parameter in a.parameters where newByKey[key(parameter)] == nil {
            let at = parameterPointer(parameter, of: oldSource, in: old)
            report(SpecChange(
                .swiftBreaking, rule: "parameter-removed", pointer: at, symbol: "\(old.model.client.name).\(a.methodName)(\(parameter.swiftName.trimmingBackticks):)",
                location: old.location(of: at),
                message: "\(parameter.location.rawValue) parameter '\(parameter.wireName)' was removed from \(b.httpMethod) \(b.path)",
                explanation: "calls that pass it no longer compile"))
        }
        for parameter in b.parameters {
            let at = parameterPointer(parameter, of: newSource, in: new)
            let symbol = "\(method)(\(parameter.swiftName.trimmingBackticks):)"
            let name = "\(parameter.location.rawValue) parameter '\(parameter.wireName)' of \(b.httpMethod) \(b.path)"
            guard let before = oldByKey[key(parameter)] else {
                report(SpecChange(
                    parameter.isRequired ? .wireBreaking : .additive,
                    rule: parameter.isRequired ? "parameter-added-required" : "parameter-added", pointer: at, symbol: symbol,
                    location: new.location(of: at),
                    message: "\(parameter.isRequired ? "required" : "optional") \(name) was added",
                    explanation: parameter.isRequired ? "calls of the old bindings do not send it" : "the method's new parameter defaults to nil"))
                continue
            }
            if before.swiftName != parameter.swiftName {
                report(SpecChange(
                    .swiftBreaking, rule: "parameter-swift-name-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                    message: "\(name) is now labelled \(parameter.swiftName.trimmingBackticks): (was \(before.swiftName.trimmingBackticks):)"))
            }
            if !before.isRequired && parameter.isRequired {
                report(SpecChange(
                    .wireBreaking, rule: "parameter-required", pointer: at, symbol: symbol, location: new.location(of: at),
                    message: "\(name) became required", explanation: "calls of the old bindings may leave it out"))
            } else if before.isRequired && !parameter.isRequired {
                report(SpecChange(
                    .additive, rule: "parameter-optional", pointer: at, symbol: symbol, location: new.location(of: at),
                    message: "\(name) became optional", explanation: "calls that pass it still compile and are still valid"))
            }
            if let (category, explanation) = typeChange(from: before.type, to: parameter.type, direction: .request) {
                report(SpecChange(
                    category, rule: "parameter-type-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                    message: "\(name) changed type from \(before.type.swift) to \(parameter.type.swift)", explanation: explanation))
            }
            let oldSchema = oldSource.parameters.first { $0.name == before.wireName && $0.location == before.location }?.schema
            let newSchema = newSource.parameters.first { $0.name == parameter.wireName && $0.location == parameter.location }?.schema
            if let oldSchema, let newSchema {
                let valuePointer = newTranslator.valueSchema(of: newSchema).pointer
                compareConstraints(
                    oldTranslator.valueSchema(of: oldSchema).constraints, newTranslator.valueSchema(of: newSchema).constraints,
                    valuePointer: valuePointer, symbol: symbol, what: name, direction: .request)
            }
            compareDocumentation(before.documentation, parameter.documentation, pointer: at, symbol: symbol, what: name)
        }
    }

    /// `#/paths/…/parameters/N` (the operation's own list, else the path item's), or the component
    /// a `$ref` names.
    func parameterPointer(_ parameter: ParameterModel, of operation: Operation, in snapshot: SpecSnapshot) -> String {
        let pathPointer = "#/paths/\(YAMLPointer.escape(operation.path))"
        let item = snapshot.root["paths"]?[operation.path]
        for (listPointer, list) in [(pathPointer + "/\(operation.method.lowercased())", item?[operation.method.lowercased()]), (pathPointer, item)] {
            for (index, element) in (list?["parameters"]?.sequenceElements ?? []).enumerated() {
                var node = element
                var pointer = "\(listPointer)/parameters/\(index)"
                if let reference = element["$ref"]?.stringValue, let name = reference.split(separator: "/").last.map(String.init),
                   let target = snapshot.root["components"]?["parameters"]?[name] {
                    node = target
                    pointer = "#/components/parameters/\(YAMLPointer.escape(name))"
                }
                if node["name"]?.stringValue == parameter.wireName && node["in"]?.stringValue == parameter.location.rawValue {
                    return pointer
                }
            }
        }
        return pathPointer
    }
}
