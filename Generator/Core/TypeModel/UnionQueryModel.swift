/// A query parameter whose schema is a union of scalars and objects (Stripe's
/// `created: anyOf [{gt, gte, lt, lte}, integer]`): the case the caller picked is written in the
/// parameter's style, a scalar as `created=5`, an object as `ObjectQueryModel` writes it
/// (`created[gt]=1` in deepObject). The union's `unknown` case fits no member, so a request
/// holding it is refused (`OperationRequest.refusal`), never sent as a guess.
public struct UnionQueryModel: Sendable, Hashable {
    public struct Case: Sendable, Hashable {
        public var caseName: String
        public var kind: Kind
    }

    public enum Kind: Sendable, Hashable {
        case scalar(TypeUsage)
        case object(ObjectQueryModel)
    }

    /// The union's cases in declaration order, without `unknown`.
    public var cases: [Case]
}

/// Deciding which union query parameters are supported and describing them for the emitter.
extension TypeTranslator {
    /// The style of a union query parameter whose members are each a scalar or an object the
    /// query can carry, or `nil`.
    func unionQueryStyle(_ parameter: Parameter) -> ObjectQueryModel.Style? {
        guard parameter.location == .query, !isTextUnionParameter(parameter.schema) else { return nil }
        guard case .union(let members, _) = shape(of: resolve(parameter.schema)), members.count > 1 else { return nil }
        guard let style = queryStyle(of: parameter) else { return nil }
        let fits = members.allSatisfy { member in
            (isScalarParameterType(member) && !admitsNull(resolve(member))) || objectMembersFit(member, style: style)
        }
        return fits ? style : nil
    }

    /// The emitter's description of a union query parameter already typed as `type`, or `nil`
    /// when the union's Swift cases are not all scalars and objects the style can write.
    func unionQueryModel(style: ObjectQueryModel.Style, type: TypeUsage) -> UnionQueryModel? {
        guard case .named(let name) = resolvedAlias(type), case .untaggedUnion(let union)? = declaration(named: name) else { return nil }
        var cases: [UnionQueryModel.Case] = []
        for variant in union.variants {
            let variantType = resolvedAlias(variant.type)
            if let object = objectQueryModel(style: style, type: variantType) {
                cases.append(.init(caseName: variant.caseName, kind: .object(object)))
            } else if isScalarUsage(variantType) {
                cases.append(.init(caseName: variant.caseName, kind: .scalar(variantType)))
            } else {
                return nil
            }
        }
        return UnionQueryModel(cases: cases)
    }

    /// A value with one text form: a primitive or a string enum.
    private func isScalarUsage(_ type: TypeUsage) -> Bool {
        switch type {
        case .string, .int, .int32, .int64, .double, .float, .bool: return true
        case .named(let name):
            if case .openEnum? = declaration(named: name) { return true }
            return false
        default: return false
        }
    }
}
