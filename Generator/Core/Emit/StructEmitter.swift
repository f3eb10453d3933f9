/// `StructModel` → a `Codable` struct with a memberwise initializer and explicit coding, so that
/// constants are checked when decoding and sent when encoding, `null` is written only where the spec requires the key (and not
/// where a decoded object lacked it), defaults fill missing required keys, and members the spec
/// does not describe are kept: decoding then encoding gives back the same JSON.
struct StructEmitter {
    let context: EmitContext
    let model: StructModel

    func emit() -> [SwiftNode] {
        let body: [SwiftNode] = .separated([
            model.properties.flatMap(propertyDeclaration) + additionalPropertiesDeclaration(),
            initializer(),
        ])
        let coding: [SwiftNode] = .separated([knownMembers(), decoder(), encoder()])
        // An open object's `OpenObject` conformance brings `Codable`, `Hashable` and `Sendable`.
        let conformances = model.additionalProperties == nil ? "Codable, Hashable, Sendable" : "OpenObject"
        return context.typeDocumentation(model.documentation) + [
            .block("\(context.access) struct \(model.name): \(conformances)", body),
            .blank,
            .block("extension \(model.name)", coding),
        ]
    }

    var stored: [PropertyModel] { model.properties.filter { $0.constant == nil } }

    // MARK: Properties

    /// See `PropertyStorage`: indirect and deprecated properties are stored behind `_name`.
    func usesStorage(_ property: PropertyModel) -> Bool { PropertyStorage.isSeparate(property) }

    func typeSpelling(_ property: PropertyModel) -> String {
        property.type.swift + (property.isOptional ? "?" : "")
    }

    func storageSpelling(_ property: PropertyModel) -> String {
        guard property.isIndirect else { return typeSpelling(property) }
        return "Indirect<\(property.type.swift)>" + (property.isOptional ? "?" : "")
    }

    func storageName(_ property: PropertyModel) -> String { PropertyStorage.name(property) }

    func propertyDeclaration(_ property: PropertyModel) -> [SwiftNode] {
        var notes: [String] = []
        if let value = property.defaultValue { notes.append("Default: \(EmitContext.defaultDescription(value)).") }
        guard property.constant == nil else { return [] }
        let docs = context.documentation(property.documentation, extra: notes)
        let name = SwiftNaming.escaped(property.swiftName)
        guard usesStorage(property) else {
            return docs + [.line("\(context.access) var \(name): \(typeSpelling(property))")]
        }
        let storage = storageName(property)
        let getter = property.isIndirect ? (property.isOptional ? "\(storage)?.value" : "\(storage).value") : storage
        // A boxed value is mutated in place (`Indirect` copies only a shared box); an optional
        // one is replaced, since `nil` has no box to mutate.
        let mutator = !property.isIndirect ? "set { \(storage) = newValue }"
            : property.isOptional ? "set { \(storage) = newValue.map(Indirect.init) }"
            : "_modify { yield &\(storage).value }"
        return docs + context.deprecation(property.documentation) + [
            .block("\(context.access) var \(name): \(typeSpelling(property))", [
                .line("get { \(getter) }"),
                .line(mutator),
            ]),
            .line("\(PropertyStorage.accessPrefix(property))var \(storage): \(storageSpelling(property))"),
        ]
    }

    func additionalPropertiesDeclaration() -> [SwiftNode] {
        var lines: [SwiftNode] = []
        // Documented once, on `OpenObject.additionalProperties`.
        if let type = model.additionalProperties { lines.append(.line("\(context.access) var additionalProperties: [String: \(type.swift)] = [:]")) }
        if tracksNils { lines.append(.line("private var decodedNils = DecodedNils()")) }
        return lines
    }

    /// A `const` member is written for values built in code and left out again for a decoded
    /// object that lacked it, so it is among the members whose absence is recorded.
    var tracksNils: Bool { model.properties.contains { $0.tracksNil || defaultedLiteral($0) != nil || $0.constant != nil } }

    var hasConstants: Bool { model.properties.contains { $0.constant != nil } }

    /// The default a required member takes when absent (it is then left out again when encoding).
    func defaultedLiteral(_ property: PropertyModel) -> String? {
        guard property.constant == nil, !property.isOptional, let value = property.defaultValue else { return nil }
        return context.defaultLiteral(value, for: property.type)
    }

    // MARK: Initializer

    func initializer() -> [SwiftNode] {
        var parameters = stored.map { property -> String in
            var text = "\(property.swiftName.trimmingBackticks): \(typeSpelling(property))"
            if property.isOptional {
                text += " = nil"
            } else if let value = property.defaultValue, let literal = context.defaultLiteral(value, for: property.type) {
                text += " = \(literal)"
            }
            return text
        }
        if let type = model.additionalProperties { parameters.append("additionalProperties: [String: \(type.swift)] = [:]") }
        let assignments: [SwiftNode] = stored.map { property in
            .line("self.\(storageName(property)) = \(wrapped(property, SwiftNaming.escaped(property.swiftName)))")
        } + (model.additionalProperties == nil ? [] : [.line("self.additionalProperties = additionalProperties")])
        return LineWrapping.block("\(context.access) init", parameters, level: 1, body: assignments)
    }

    /// Converts a plain value into the property's storage type.
    func wrapped(_ property: PropertyModel, _ expression: String) -> String {
        guard property.isIndirect else { return expression }
        return property.isOptional ? "\(expression).map(Indirect.init)" : "Indirect(\(expression))"
    }

    // MARK: Coding

    /// Members are read and written by their JSON names, as literals: a per-type `CodingKeys` enum
    /// would cost the compiler a dozen synthesised members per struct. An open struct lists the
    /// names once, to tell its own members from those that go to `additionalProperties`.
    func knownMembers() -> [SwiftNode] {
        guard model.additionalProperties != nil, !model.properties.isEmpty else { return [] }
        let names = model.properties.map { key($0) }
        return LineWrapping.arrayLiteral("private static let knownMembers: KnownMembers = ", names, level: 1)
    }

    /// The literal naming a member in its JSON object.
    func key(_ property: PropertyModel) -> String { EmitContext.stringLiteral(property.wireName) }

    func decoder() -> [SwiftNode] {
        var lines: [SwiftNode] = []
        if !stored.isEmpty || hasConstants {
            lines.append(.line("let container = try decoder.objectContainer()"))
        }
        // Absences and nulls are noted straight into `decodedNils`, which starts empty.
        for property in stored {
            let key = key(property)
            // The type is inferred from the property, except behind an `Indirect` box.
            let type = property.isIndirect ? "\(property.type.swift).self, " : ""
            var expression: String
            if property.tracksNil {
                let method = property.isLenientArray ? "decodeLenientArray" : property.isRequired ? "decodeNullable" : "decodeOptional"
                expression = "try container.\(method)(\(type)forKey: \(key), nils: &decodedNils)"
            } else if !property.isOptional {
                if let literal = defaultedLiteral(property) {
                    expression = "try container.decodeDefaulted(\(type)forKey: \(key), default: \(literal), nils: &decodedNils)"
                } else {
                    expression = "try container.decode(\(type)forKey: \(key))"
                }
            } else {
                expression = "try container.decodeIfPresent(\(type)forKey: \(key))"
            }
            if property.isIndirect {
                expression = property.isOptional ? "(\(expression)).map(Indirect.init)" : "Indirect(\(expression))"
            }
            lines.append(.line("self.\(storageName(property)) = \(expression)"))
        }
        for property in model.properties {
            guard let constant = property.constant else { continue }
            lines.append(.line("try container.decodeConstant(\(EmitContext.stringLiteral(constant)), forKey: \(key(property)), nils: &decodedNils)"))
        }
        if model.additionalProperties != nil {
            let container = stored.isEmpty && !hasConstants ? "decoder.objectContainer()" : "container"
            let known = model.properties.isEmpty ? "[]" : "Self.knownMembers"
            lines.append(.line("self.additionalProperties = try \(container).unknownMembers(besides: \(known))"))
        }
        return [.block("\(context.access) init(from decoder: any Decoder) throws", lines)]
    }

    func encoder() -> [SwiftNode] {
        var lines: [SwiftNode] = []
        if !model.properties.isEmpty { lines.append(.line("var container = encoder.objectContainer()")) }
        for property in model.properties {
            let key = key(property)
            if let constant = property.constant {
                lines.append(.line("try container.encodeConstant(\(EmitContext.stringLiteral(constant)), forKey: \(key), nils: decodedNils)"))
                continue
            }
            // `self.` because a property may share the name of the local `container`.
            let value = PropertyStorage.read(property)
            if let literal = defaultedLiteral(property) {
                lines.append(.line("try container.encodeDefaulted(\(value), forKey: \(key), default: \(literal), nils: decodedNils)"))
                continue
            }
            if property.tracksNil {
                let method = property.isLenientArray ? "encodeLenientArray" : property.isRequired ? "encodeNullable" : "encodeOptional"
                lines.append(.line("try container.\(method)(\(value), forKey: \(key), nils: decodedNils)"))
                continue
            }
            let method = property.isRequired || !property.isOptional ? "encode" : "encodeIfPresent"
            lines.append(.line("try container.\(method)(\(value), forKey: \(key))"))
        }
        if model.additionalProperties != nil {
            lines.append(.line("try JSONKey.encodeUnknownMembers(self.additionalProperties, to: encoder)"))
        }
        return [.block("\(context.access) func encode(to encoder: any Encoder) throws", lines)]
    }
}

extension String {
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count > 1 ? String(dropFirst().dropLast()) : self
    }
}
