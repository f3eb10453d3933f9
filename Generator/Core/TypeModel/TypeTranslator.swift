/// Translates an OpenAPI document into the type model: one declaration per named schema, plus
/// declarations for inline objects, enums and unions, named after where they appear.
public struct TypeTranslator {
    let document: OpenAPIDocument
    let configuration: GeneratorConfiguration
    var declarations: [Declaration] = []
    var names: NameRegistry
    /// Component schema name → Swift type name.
    var componentNames: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    /// The operations to generate: selected by the configuration, of a supported shape.
    var selectedOperations: [Operation] = []
    let mergedObjects = MergedObjectCache()
    /// What reaches a schema construct no Swift type can express; it is not generated.
    let unsupportedReach: UnsupportedReach
    /// What was skipped for reaching one, reported once per construct.
    var skippedParts = SkippedParts()
    /// The types of schemas that references into components name, by pointer: the component's own
    /// translation and each reference get the same type (see TypeTranslator+InsideReferences).
    var insideUsages: [String: (TypeUsage, isNullable: Bool)] = [:]
    /// Such schemas being translated, with `claimedTypeCount` when each began: one referred to from
    /// inside itself needs a named type in between.
    var insideInProgress: [String: Int] = [:]
    /// Named types claimed so far (structs, enums, unions).
    var claimedTypeCount = 0
    /// Aliases for such schemas referred to from inside themselves before they were complete.
    var insideAliases: [String: String] = [:]

    public static func translate(
        _ document: OpenAPIDocument, configuration: GeneratorConfiguration
    ) throws(DiagnosticError) -> (TypeModel, warnings: [Diagnostic]) {
        var translator = TypeTranslator(document: document, configuration: configuration)
        let model = translator.run()
        let errors = translator.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return (model, translator.diagnostics)
    }

    init(document: OpenAPIDocument, configuration: GeneratorConfiguration) {
        self.document = document
        self.configuration = configuration
        unsupportedReach = UnsupportedReach(document.components)
        // Runtime names the generated code refers to must not be shadowed by generated types.
        names = NameRegistry(reserved: Constants.runtimeNames.union(Self.standardLibraryNames).union([configuration.clientName]))
    }

    /// Standard library names that generated code spells unqualified.
    static let standardLibraryNames: Set<String> = [
        "Error", "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Array", "Dictionary", "Optional", "Set",
        "Decoder", "Encoder", "DecodingError", "Codable", "Decodable", "Encodable", "Hashable", "Equatable", "Sendable",
        "CodingKey", "CaseIterable", "RawRepresentable", "Never", "Result", "Character", "Substring", "Regex", "Duration",
        "Void", "Any", "AnyObject", "Type", "Self", "Protocol",
    ]

    mutating func run() -> TypeModel {
        // Component names are claimed first so inline types never take them.
        for (name, _) in document.components.schemas {
            var swiftName = configuration.typePrefix + SwiftNaming.typeName(name)
            // A schema called `Error` or `EventStream` must not shadow the type generated code uses.
            if Constants.runtimeNames.contains(swiftName) || Self.standardLibraryNames.contains(swiftName) {
                swiftName += "Schema"
            }
            componentNames[name] = names.claim(swiftName)
        }
        selectedOperations = supportedOperations()
        let isFiltered = configuration.operations != nil || !configuration.exclude.isEmpty
        let wanted = isFiltered ? reachableSchemaNames() : nil
        var skipped: Set<String> = []
        for (name, _) in document.components.schemas where wanted?.contains(name) ?? true {
            guard let construct = unsupportedReach.cause(ofComponent: name) else { continue }
            skipped.insert(name)
            skippedParts.add(construct, "schema '\(SpecText.visible(name))'", isOperation: false)
        }
        diagnostics += skippedParts.diagnostics(strict: configuration.strict)
        let declared = skipped.isEmpty ? wanted : (wanted ?? Set(document.components.schemas.map(\.name))).subtracting(skipped)
        diagnostics += relevantScopedWarnings(declaredComponents: declared)
        for (name, schema) in document.components.schemas where (declared?.contains(name) ?? true) {
            declareComponent(swiftName: componentNames[name]!, schema: schema)
        }
        let client = translateClient()
        diagnostics += SelfReferenceAnalysis.diagnostics(
            for: declarations, components: document.components.schemas.map { ($0.0, $0.1) }, swiftNames: componentNames)
        var model = TypeModel(declarations: declarations, client: client)
        RecursionAnalysis.markIndirect(&model.declarations)
        InlineSizeAnalysis.markBoxed(&model.declarations)
        model.validatable = ValidationAnalysis.markValidatable(&model.declarations)
        return model
    }

    /// Component schemas used, directly or through other components (or schemas inside them), by
    /// the selected operations.
    func reachableSchemaNames() -> Set<String> {
        var walker = SchemaWalker()
        for operation in selectedOperations {
            for parameter in operation.parameters { walker.walk(parameter.schema) }
            for media in operation.requestBody?.content ?? [] { media.schema.map { walker.walk($0) } }
            for (_, response) in operation.responses {
                for media in response.content { media.schema.map { walker.walk($0) } }
            }
        }
        var reachable: Set<String> = []
        var visitedInside: Set<String> = []
        var pending = walker.references
        while let reference = pending.popLast() {
            // A schema inside a component is typed where it is used; the component is not needed.
            let isNew = reference.isInside ? visitedInside.insert(reference.pointer).inserted : reachable.insert(reference.name).inserted
            guard isNew, let schema = document.components.schema(referencedBy: reference) else { continue }
            var inner = SchemaWalker()
            inner.walk(schema)
            pending += inner.references
        }
        return reachable
    }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func documentation(_ schema: Schema, fallback: String? = nil) -> Documentation {
        Documentation(text: schema.description ?? fallback, pointer: schema.pointer, deprecated: schema.deprecated)
    }

    // MARK: Resolving references

    /// The component a reference names (following references to references).
    func resolve(_ schema: Schema) -> Schema {
        ReferenceChain.end(of: schema, name: { $0.reference }, target: { document.components.schema(referencedBy: $0) })
    }

    /// The Swift name of the component a reference names (a reference inside one is typed by `usage`).
    func swiftName(of reference: Reference) -> String {
        componentNames[reference.name] ?? SwiftNaming.typeName(reference.name)
    }

    // MARK: Named declarations

    /// Declares the Swift type for a component schema.
    mutating func declareComponent(swiftName: String, schema: Schema) {
        switch shape(of: schema) {
        case .object:
            declarations.append(.structure(makeStruct(name: swiftName, schema: schema)))
        case .stringEnum(let values):
            declarations.append(.openEnum(makeEnum(name: swiftName, values: values, schema: schema)))
        case .union(let members, let isNullable):
            if isNullable && members.count == 1 {
                let (usage, _) = usage(for: members[0], suggestedName: swiftName + "Value")
                declarations.append(.alias(.init(name: swiftName, documentation: documentation(schema), target: usage)))
            } else {
                declareUnion(name: swiftName, schema: schema, members: members)
            }
        case .other:
            let (usage, _) = usage(for: schema, suggestedName: swiftName + "Value")
            declarations.append(.alias(.init(name: swiftName, documentation: documentation(schema), target: usage)))
        }
    }

    /// The structural kind of a schema, deciding what declaration (if any) it needs.
    enum Shape {
        case object
        case stringEnum([String])
        /// `oneOf`/`anyOf` members without `null` members; `isNullable` if one was dropped.
        case union([Schema], isNullable: Bool)
        case other
    }

    func shape(of schema: Schema) -> Shape {
        if schema.reference != nil { return .other }
        if let members = schema.oneOf ?? schema.anyOf {
            let nonNull = members.filter { !isNullSchema($0) }
            return .union(nonNull, isNullable: nonNull.count != members.count || schema.allowsNull)
        }
        if let allOf = schema.allOf {
            if allOf.count == 1 && schema.properties.isEmpty { return .other }
            return .object
        }
        if let values = schema.enumValues {
            let strings = values.compactMap(\.stringValue)
            if !strings.isEmpty && strings.count == values.filter({ $0 != .null }).count { return .stringEnum(strings) }
            return .other
        }
        if !schema.properties.isEmpty { return .object }
        if schema.types == [.object], case .schema = schema.additionalProperties { return .other }
        if schema.types == [.object] && schema.properties.isEmpty { return .other }
        return .other
    }

    func isNullSchema(_ schema: Schema) -> Bool {
        schema.reference == nil && schema.types.isEmpty && schema.allowsNull && schema.oneOf == nil
            && schema.anyOf == nil && schema.allOf == nil && schema.properties.isEmpty
    }

    mutating func makeEnum(name: String, values: [String], schema: Schema) -> EnumModel {
        var caseNames = NameRegistry(reserved: ["unknown", "rawValue", "allCases"])
        let cases = values.map { value in
            EnumModel.Case(swiftName: caseNames.claim(SwiftNaming.enumCaseName(value)), rawValue: value)
        }
        return EnumModel(name: name, documentation: documentation(schema), cases: cases)
    }
}
