/// Whether a type travels in requests (the client encodes it), in responses (the client decodes
/// it), or both. The same edit breaks one direction and not the other: a property made required
/// breaks requests, a property made optional breaks responses.
public struct UsageDirection: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let request = UsageDirection(rawValue: 1)
    public static let response = UsageDirection(rawValue: 2)
    public static let both: UsageDirection = [.request, .response]

    /// Every declaration reachable from an operation's parameters and body (request) or from its
    /// success body and stream events (response), through properties, variants and aliases.
    static func compute(_ model: TypeModel) -> [String: UsageDirection] {
        var byName: [String: Declaration] = [:]
        for declaration in model.declarations { byName[declaration.name] = declaration }
        var result: [String: UsageDirection] = [:]
        func mark(_ roots: [TypeUsage], _ direction: UsageDirection) {
            var pending = roots.flatMap(\.namedTypes)
            while let name = pending.popLast() {
                guard !(result[name]?.contains(direction) ?? false) else { continue }
                result[name, default: []].insert(direction)
                guard let declaration = byName[name] else { continue }
                pending += declaration.memberTypes.flatMap(\.namedTypes)
            }
        }
        for operation in model.client.operations {
            mark(operation.parameters.map(\.type) + (operation.body?.jsonType.map { [$0] } ?? []), .request)
            var received: [TypeUsage] = []
            if case .json(let type) = operation.success { received.append(type) }
            if case .byStatus(let responses) = operation.success { received += responses.cases.compactMap(\.type) }
            if let stream = operation.stream { received.append(stream.eventType) }
            mark(received, .response)
        }
        return result
    }

    /// `request`, `response` or `request and response`, for explanations.
    var phrase: String {
        switch self {
        case .request: "request"
        case .response: "response"
        default: "request and response"
        }
    }
}

extension TypeUsage {
    /// The declarations this usage names, at any depth.
    var namedTypes: [String] {
        switch self {
        case .named(let name): [name]
        case .array(let element), .map(let element), .optional(let element): element.namedTypes
        case .string, .int, .int32, .int64, .double, .float, .bool, .json: []
        }
    }
}

extension Declaration {
    /// The types of its members: properties, variants, an alias's target.
    var memberTypes: [TypeUsage] {
        switch self {
        case .structure(let model): model.properties.map(\.type) + (model.additionalProperties.map { [$0] } ?? [])
        case .openEnum: []
        case .taggedUnion(let model): model.variants.map(\.type)
        case .untaggedUnion(let model): model.variants.map(\.type)
        case .alias(let model): [model.target]
        }
    }

    var documentation: Documentation {
        switch self {
        case .structure(let model): model.documentation
        case .openEnum(let model): model.documentation
        case .taggedUnion(let model): model.documentation
        case .untaggedUnion(let model): model.documentation
        case .alias(let model): model.documentation
        }
    }

    /// `struct`, `enum`, `union`, `typealias`: how the kind reads in a message.
    var kindName: String {
        switch self {
        case .structure: "struct"
        case .openEnum: "enum"
        case .taggedUnion, .untaggedUnion: "union (enum with associated values)"
        case .alias: "typealias"
        }
    }
}
