/// What one type's `init(from:)` asked the recording decoder for: the keys of an object, or the
/// single value of a wrapper. Turned into a schema once the initializer returned.
final class SchemaNode {
    enum Property {
        case schema(JSONValue)
        /// A `nestedContainer(keyedBy:forKey:)`, filled in as the initializer goes on.
        case node(SchemaNode)
    }

    enum Shape {
        case nothing
        case object([(key: String, property: Property)])
        case single(JSONValue)
    }

    private(set) var shape = Shape.nothing
    /// Requests that make the type's shape depend on the data.
    private(set) var flags: [String] = []

    func flag(_ problem: String) { flags.append(problem) }

    func dataDependent(_ problem: String, at path: String) -> SchemaDerivationError {
        flag(problem)
        return SchemaDerivationError(kind: .dataDependentDecoding, typeName: "", path: path, detail: problem)
    }

    func becomeObject() {
        switch shape {
        case .nothing: shape = .object([])
        case .object: break
        case .single: flag("decodes both a single value and keyed members")
        }
    }

    func add(_ key: String, _ property: Property) {
        guard case .object(var properties) = shape else { return }
        // A key decoded twice (say, as two types) keeps its first description.
        guard !properties.contains(where: { $0.key == key }) else { return }
        properties.append((key, property))
        shape = .object(properties)
    }

    func setSingle(_ schema: JSONValue) {
        switch shape {
        case .nothing: shape = .single(schema)
        case .object: flag("decodes both keyed members and a single value")
        case .single: flag("decodes more than one single value")
        }
    }

    /// The schema of what was recorded: a strict object (every property required, no others
    /// allowed) or the wrapped value's schema. `nil` when nothing was decoded.
    func schema(descriptions: [String: String]) -> JSONValue? {
        switch shape {
        case .nothing:
            return nil
        case .single(let schema):
            return schema
        case .object(let properties):
            var members: [String: JSONValue] = [:]
            for (key, property) in properties {
                var schema: JSONValue
                switch property {
                case .schema(let value): schema = value
                case .node(let node): schema = node.schema(descriptions: [:]) ?? SchemaNode().emptyObject
                }
                if let description = descriptions[key] { schema = schema.setting("description", to: .string(description)) }
                members[key] = schema
            }
            return [
                "type": "object", "properties": .object(members),
                "required": .array(properties.map { .string($0.key) }), "additionalProperties": false,
            ]
        }
    }

    private var emptyObject: JSONValue {
        ["type": "object", "properties": [:], "required": [], "additionalProperties": false]
    }
}

extension JSONValue {
    /// A copy with `key` set, when this is an object.
    func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = value
        return .object(members)
    }
}
