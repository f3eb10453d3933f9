/// One side of a diff: a spec read through the same stages as generation (same configuration,
/// operation filters and naming), kept with what the comparison needs to locate and classify.
public struct SpecSnapshot: Sendable {
    public let file: String
    let root: YAMLNode
    let document: OpenAPIDocument
    let model: TypeModel
    let configuration: GeneratorConfiguration
    /// Declarations by Swift name.
    let declarations: [String: Declaration]
    /// Schema pointer → the schema read there (inline ones too).
    let schemas: SchemaLookup
    /// Component schema name → its Swift type name, for the components that were declared.
    let componentSwiftNames: [String: String]
    /// The Swift names of component declarations (the others are inline types).
    let componentTypeNames: Set<String>
    /// Whether each declaration is sent, received or both (see `UsageDirection`).
    let directions: [String: UsageDirection]
    /// The document's generated operations, by `METHOD path`.
    let operations: [String: (model: OperationModel, operation: Operation)]

    /// Reads `text` (the spec at `path`) the way `GeneratorPipeline.run` does, without emitting code.
    public static func read(
        _ text: String, path: String, configuration: GeneratorConfiguration
    ) throws(DiagnosticError) -> SpecSnapshot {
        let root = try YAMLParser.parse(text, file: path, limits: configuration.yamlLimits)
        let (document, _) = try DocumentReader.read(root, file: path)
        let (model, _) = try TypeTranslator.translate(document, configuration: configuration)
        return SpecSnapshot(file: path, root: root, document: document, model: model, configuration: configuration)
    }

    init(file: String, root: YAMLNode, document: OpenAPIDocument, model: TypeModel, configuration: GeneratorConfiguration) {
        self.file = file
        self.root = root
        self.document = document
        self.model = model
        self.configuration = configuration
        var declarations: [String: Declaration] = [:]
        var componentNames: [String: String] = [:]
        let prefix = "#/components/schemas/"
        for declaration in model.declarations {
            declarations[declaration.name] = declaration
            if let pointer = declaration.documentation.pointer, pointer.hasPrefix(prefix),
               !pointer.dropFirst(prefix.count).contains("/") {
                componentNames[String(pointer.dropFirst(prefix.count))] = declaration.name
            }
        }
        self.declarations = declarations
        componentSwiftNames = componentNames
        componentTypeNames = Set(componentNames.values)
        schemas = SchemaLookup(document)
        directions = UsageDirection.compute(model)
        var operations: [String: (OperationModel, Operation)] = [:]
        let byID = Dictionary(document.operations.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        for operation in model.client.operations {
            guard let source = byID[operation.operationID] else { continue }
            operations["\(operation.httpMethod) \(operation.path)"] = (operation, source)
        }
        self.operations = operations
    }

    /// How `name` is used; a declaration no operation reaches counts as both sent and received,
    /// so its changes are judged by the stricter rule.
    func direction(of name: String) -> UsageDirection {
        directions[name] ?? .both
    }

    /// Where the node at `pointer` is written: the key that names it, or the sequence element.
    func location(of pointer: String) -> SourceLocation? {
        YAMLPointer.location(of: pointer, in: root)
    }

    /// The schema a declaration was translated from.
    func schema(of declaration: Declaration) -> Schema? {
        declaration.documentation.pointer.flatMap { schemas.schema(at: $0) }
    }
}
