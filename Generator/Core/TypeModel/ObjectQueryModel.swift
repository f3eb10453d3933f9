/// An object-valued query parameter (`filter: {owner, kind}` or a string map), serialised as the
/// spec's `style`/`explode` say:
///
/// - `deepObject`: `filter[owner]=ann&filter[kind]=cat`; array members (only with the configuration's
///   `deepObjectArrays`) as `filter[tags][]=a`, `filter[tags][0]=a` or `filter[tags]=a`
/// - `form`, exploded (the default): `owner=ann&kind=cat`
/// - `form`, not exploded: `filter=owner,ann,kind,cat`
public struct ObjectQueryModel: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case deepObject, formExploded, form
    }

    public enum Members: Sendable, Hashable {
        /// A struct's scalar properties, in declaration order.
        case properties([Member])
        /// A dictionary of scalar values, sent in key order so requests are reproducible.
        case map(TypeUsage)
    }

    public struct Member: Sendable, Hashable {
        public var wireName: String
        public var swiftName: String
        public var type: TypeUsage
        public var isOptional: Bool
    }

    public var style: Style
    public var members: Members
    /// The notation of array members (`deepObject` only, when the configuration names one).
    public var arrays: GeneratorConfiguration.DeepObjectArrays? = nil
}

/// Deciding which object query parameters are supported and describing them for the emitter.
extension TypeTranslator {
    /// The serialisation style of an object query parameter, or `nil` when the generator does not
    /// support it (another location or style, or members that are not scalars).
    ///
    /// Array members are taken in `deepObject` when the configuration names their notation, or
    /// when `allowingArrays` asks whether a notation would make the parameter supported.
    func objectQueryStyle(_ parameter: Parameter, allowingArrays: Bool = false) -> ObjectQueryModel.Style? {
        guard let style = queryStyle(of: parameter) else { return nil }
        return objectMembersFit(parameter.schema, style: style, allowingArrays: allowingArrays) ? style : nil
    }

    /// The style of a query parameter that may hold an object: deepObject or form (exploded or not).
    func queryStyle(of parameter: Parameter) -> ObjectQueryModel.Style? {
        guard parameter.location == .query else { return nil }
        switch parameter.style {
        case "deepObject": return .deepObject
        case nil, "form": return parameter.explode ?? true ? .formExploded : .form
        default: return nil
        }
    }

    /// Whether `schema` is an object whose members `style` can write: scalars, and in deepObject
    /// arrays of scalars once the configuration names their notation.
    func objectMembersFit(_ schema: Schema, style: ObjectQueryModel.Style, allowingArrays: Bool = false) -> Bool {
        guard let object = objectSchema(schema) else { return false }
        let isMember = style == .deepObject && (configuration.deepObjectArrays != nil || allowingArrays)
            ? isSimpleParameterType : isScalarParameterType
        if case .schema(let value) = object.additionalProperties {
            return object.properties.isEmpty && isMember(value)
        }
        return !object.properties.isEmpty && object.properties.allSatisfy { isMember($0.schema) }
    }

    /// The object behind a parameter schema: itself, a reference's target, or the member of `anyOf: [object, null]`.
    func objectSchema(_ schema: Schema) -> Schema? {
        // Through a reference to `anyOf: [object, null]` too (OpenAI's `Metadata`).
        let resolved = valueSchema(of: resolve(schema))
        guard resolved.types == [.object] || (resolved.types.isEmpty && !resolved.properties.isEmpty) else { return nil }
        guard resolved.oneOf == nil, resolved.anyOf == nil, resolved.allOf == nil else { return nil }
        return resolved
    }

    /// Primitives and string enums: values with one text form.
    func isScalarParameterType(_ schema: Schema) -> Bool {
        isSimpleParameterType(schema) && !valueSchema(of: schema).types.contains(.array)
    }

    /// The emitter's description of an object query parameter already typed as `type`.
    func objectQueryModel(style: ObjectQueryModel.Style, type: TypeUsage) -> ObjectQueryModel? {
        let arrays = style == .deepObject ? configuration.deepObjectArrays : nil
        switch resolvedAlias(type) {
        case .map(let value):
            return ObjectQueryModel(style: style, members: .map(value), arrays: arrays)
        case .named(let name):
            guard case .structure(let model)? = declaration(named: name) else { return nil }
            let members = model.properties.map {
                ObjectQueryModel.Member(wireName: $0.wireName, swiftName: $0.swiftName, type: $0.type, isOptional: $0.isOptional)
            }
            return ObjectQueryModel(style: style, members: .properties(members), arrays: arrays)
        default:
            return nil
        }
    }
}
