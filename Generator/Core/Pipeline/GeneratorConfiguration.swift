/// Options that shape the generated code, read from an optional `openapi-swift-config.yaml`.
///
/// ```yaml
/// clientName: InfercomClient          # the generated client struct
/// apiKeyEnvironmentVariable: INFERCOM_API_KEY
/// accessLevel: public                 # or internal
/// typePrefix: ""                      # prepended to every generated type name
/// operations: [createResponse]        # omit to generate all
/// exclude: [createFile]                 # operations left out (applied after `operations`)
/// strict: false                         # true: an operation the generator cannot bind is an error, not a skip
/// runtimeModule: InfercomRuntime      # module that provides JSONValue, APIClient, …
/// ```
public struct GeneratorConfiguration: Sendable, Hashable {
    public enum AccessLevel: String, Sendable, Hashable {
        case `public`, `internal`, `package`
    }

    public var clientName: String = "Client"
    public var apiKeyEnvironmentVariable: String?
    public var accessLevel: AccessLevel = .public
    public var typePrefix: String = ""
    /// `nil` generates every operation.
    public var operations: [String]?
    /// Operations never generated, even when `operations` names them.
    public var exclude: [String] = []
    /// When `true`, an operation of an unsupported shape stops generation with an error instead of
    /// being skipped with a warning.
    public var strict = false
    public var runtimeModule: String = "InfercomRuntime"

    public init() {}

    /// Whether the operation filters (`operations`, then `exclude`) keep `operationID`.
    public func selects(_ operationID: String) -> Bool {
        (operations?.contains(operationID) ?? true) && !exclude.contains(operationID)
    }

    /// Reads a configuration file; unknown keys are errors, so typos do not pass silently.
    public static func read(_ text: String, file: String) throws(DiagnosticError) -> GeneratorConfiguration {
        let root = try YAMLParser.parse(text, file: file)
        var configuration = GeneratorConfiguration()
        if root.isNull { return configuration }
        guard let entries = root.mappingEntries else {
            throw DiagnosticError(.error("expected the configuration to be a mapping, found a \(root.kindName)", at: root.location))
        }
        var errors: [Diagnostic] = []
        for entry in entries {
            let key = entry.key.stringValue ?? ""
            let value = entry.value
            switch key {
            case "clientName": configuration.clientName = value.stringValue ?? configuration.clientName
            case "apiKeyEnvironmentVariable": configuration.apiKeyEnvironmentVariable = value.stringValue
            case "typePrefix": configuration.typePrefix = value.stringValue ?? ""
            case "runtimeModule": configuration.runtimeModule = value.stringValue ?? configuration.runtimeModule
            case "accessLevel":
                if let level = value.stringValue.flatMap(AccessLevel.init(rawValue:)) {
                    configuration.accessLevel = level
                } else {
                    errors.append(.error("accessLevel must be public, package or internal", at: value.location))
                }
            case "operations":
                if let list = value.sequenceElements {
                    configuration.operations = list.compactMap(\.stringValue)
                } else {
                    errors.append(.error("operations must be a list of operationIds", at: value.location))
                }
            case "exclude":
                if let list = value.sequenceElements {
                    configuration.exclude = list.compactMap(\.stringValue)
                } else {
                    errors.append(.error("exclude must be a list of operationIds", at: value.location))
                }
            case "strict":
                if let flag = value.boolValue {
                    configuration.strict = flag
                } else {
                    errors.append(.error("strict must be true or false", at: value.location))
                }
            default:
                errors.append(.error("unknown configuration key '\(key)'", at: entry.key.location))
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return configuration
    }
}
