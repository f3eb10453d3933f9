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
            if !ExampleIndex.sameValue(previous.value, example.value) {
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

/// The `example` and `examples` values of a YAML tree, by pointer (compared with `sameValue`).
enum ExampleIndex {
    struct Example {
        var value: YAMLNode
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
                        result[pointer] = Example(value: entry.value, location: entry.key.location)
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

    /// Whether two values are the same as JSON sees them: mappings in any key order, scalars by
    /// their resolved kind (`1`, `'1'` and `1.0` differ; `"a"` and `a` do not).
    static func sameValue(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)):
            if x == y { return true }
            return scalarValue(a) == scalarValue(b)
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            if zip(x, y).allSatisfy({ $0.key.stringValue == $1.key.stringValue }) {
                return zip(x, y).allSatisfy { sameValue($0.value, $1.value) }
            }
            var others: [String: YAMLNode] = [:]
            for entry in y { others[entry.key.stringValue ?? ""] = entry.value }
            return x.allSatisfy { entry in others[entry.key.stringValue ?? ""].map { sameValue(entry.value, $0) } ?? false }
        default:
            return false
        }
    }

    enum ScalarValue: Equatable {
        case null, bool(Bool), integer(Int), number(Double), string(String)
    }

    static func scalarValue(_ node: YAMLNode) -> ScalarValue {
        if node.isNull { return .null }
        if let flag = node.boolValue { return .bool(flag) }
        if let number = node.intValue { return .integer(number) }
        if let number = node.doubleValue { return .number(number) }
        return .string(node.stringValue ?? "")
    }
}
