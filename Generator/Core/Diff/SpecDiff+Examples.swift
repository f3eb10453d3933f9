/// Examples are not part of the type model, but changing one is a documentation change worth
/// reporting. They are compared as JSON values: key order, quoting and YAML style do not matter.
extension SpecDiff {
    mutating func compareExamples() {
        let before = ExampleIndex.collect(old.root)
        let after = ExampleIndex.collect(new.root)
        for (pointer, example) in after.sorted(by: { $0.key < $1.key }) {
            guard let previous = before[pointer] else {
                report(SpecChange(
                    .documentation, rule: "example-added", pointer: pointer, symbol: symbol(near: pointer), location: example.location,
                    message: "an example was added"))
                continue
            }
            if previous.value != example.value {
                report(SpecChange(
                    .documentation, rule: "example-changed", pointer: pointer, symbol: symbol(near: pointer), location: example.location,
                    message: "an example changed"))
            }
        }
        for (pointer, example) in before.sorted(by: { $0.key < $1.key }) where after[pointer] == nil {
            report(SpecChange(
                .documentation, rule: "example-removed", pointer: pointer, symbol: symbol(near: pointer), location: example.location,
                message: "an example was removed"))
        }
    }

    /// The Swift declaration an example belongs to: its component's type or its operation's method.
    func symbol(near pointer: String) -> String {
        let tokens = YAMLPointer.tokens(of: pointer)
        if tokens.count > 2, tokens[0] == "components", tokens[1] == "schemas" {
            return new.componentSwiftNames[tokens[2]] ?? old.componentSwiftNames[tokens[2]] ?? tokens[2]
        }
        if tokens.count > 2, tokens[0] == "paths" {
            let key = "\(tokens[2].uppercased()) \(tokens[1])"
            if let operation = new.operations[key] ?? old.operations[key] { return "\(clientName).\(operation.model.methodName)" }
        }
        return clientName
    }
}

/// The `example` and `examples` values of a YAML tree, by pointer, in a canonical form.
enum ExampleIndex {
    struct Example {
        var value: String
        var location: SourceLocation
    }

    /// Keys whose mappings hold names chosen by the spec's author, where `example` is just a name.
    static let namingKeys: Set<String> = [
        "properties", "schemas", "responses", "parameters", "headers", "requestBodies", "securitySchemes", "mapping",
        "content", "variables", "links", "callbacks", "paths", "examples",
    ]

    static func collect(_ root: YAMLNode) -> [String: Example] {
        var result: [String: Example] = [:]
        var tokens: [String] = []
        func walk(_ node: YAMLNode, parent: String?) {
            switch node.content {
            case .scalar: return
            case .sequence(let elements):
                for (index, element) in elements.enumerated() {
                    tokens.append(String(index))
                    walk(element, parent: nil)
                    tokens.removeLast()
                }
            case .mapping(let entries):
                let isNaming = parent.map(namingKeys.contains) ?? false
                for entry in entries {
                    guard let key = entry.key.stringValue else { continue }
                    tokens.append(key)
                    if !isNaming && (key == "example" || key == "examples") {
                        let pointer = "#/" + tokens.map(YAMLPointer.escape).joined(separator: "/")
                        result[pointer] = Example(value: canonical(entry.value), location: entry.key.location)
                    } else {
                        walk(entry.value, parent: isNaming ? nil : key)
                    }
                    tokens.removeLast()
                }
            }
        }
        walk(root, parent: nil)
        return result
    }

    /// The value as JSON would see it: mappings with sorted keys, scalars by their resolved kind.
    static func canonical(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            if node.isNull { return "null" }
            if let flag = node.boolValue { return flag ? "true" : "false" }
            if let number = node.intValue { return "i\(number)" }
            if let number = node.doubleValue { return "d\(number)" }
            return "s\(scalar.text.utf8.count):\(scalar.text)"
        case .sequence(let elements):
            return "[" + elements.map(canonical).joined(separator: ",") + "]"
        case .mapping(let entries):
            let members = entries.map { "\(canonical($0.key))=\(canonical($0.value))" }.sorted()
            return "{" + members.joined(separator: ",") + "}"
        }
    }
}
