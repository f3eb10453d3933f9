/// Options that shape the generated code, read from an optional `openapi-swift-config.yaml`.
///
/// ```yaml
/// clientName: InfercomClient          # the generated client struct
/// apiKeyEnvironmentVariable: INFERCOM_API_KEY
/// accessLevel: public                 # or internal
/// typePrefix: ""                      # prepended to every generated type name
/// operations: [createResponse]        # omit to generate all
/// runtimeModule: InfercomRuntime      # module that provides JSONValue, APIClient, …
/// missingRequiredArraysDecodeAsEmpty: false   # or true, or [logprobs]: leniency for servers that omit required arrays
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
    public var runtimeModule: String = "InfercomRuntime"
    /// Leniency for real servers that omit members their spec calls required: a required,
    /// non-nullable array without a default decodes as `[]` when its key is absent, instead of
    /// failing the whole body (or ending a stream). The absence is remembered, so encoding the
    /// value again leaves the key out unless the array was filled in. Off by default: strict
    /// decoding is the safe reading of a spec.
    public var missingRequiredArraysDecodeAsEmpty = false
    /// With a list instead of `true`: only arrays under these property names are lenient.
    public var lenientArrayNames: Set<String>?

    public init() {}

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
            case "missingRequiredArraysDecodeAsEmpty":
                if let flag = value.boolValue {
                    configuration.missingRequiredArraysDecodeAsEmpty = flag
                } else if let names = value.sequenceElements?.compactMap(\.stringValue) {
                    configuration.missingRequiredArraysDecodeAsEmpty = true
                    configuration.lenientArrayNames = Set(names)
                } else {
                    errors.append(.error(
                        "missingRequiredArraysDecodeAsEmpty must be true, false or a list of property names", at: value.location))
                }
            case "operations":
                if let list = value.sequenceElements {
                    configuration.operations = list.compactMap(\.stringValue)
                } else {
                    errors.append(.error("operations must be a list of operationIds", at: value.location))
                }
            default:
                errors.append(.error("unknown configuration key '\(key)'", at: entry.key.location))
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return configuration
    }
}
