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
/// runtimeModule: OpenAPIClientRuntime      # module that provides JSONValue, APIClient, …
/// maxNestingDepth: 256                # limits on the spec's YAML (see `YAMLLimits`)
/// maxDocumentBytes: 67108864
/// maxNodes: 1000000
/// missingRequiredArraysDecodeAsEmpty: false   # or true, or [logprobs]: leniency for servers that omit required arrays
/// userAgent: notes-swift/1.2            # product tokens the client's default User-Agent starts with
/// deepObjectArrays: brackets            # or indices, repeated: how arrays in deepObject values are sent
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
    public var runtimeModule: String = Constants.runtimeModule
    /// Bounds on the spec's YAML; the configuration file itself is read with the defaults.
    public var yamlLimits = YAMLLimits()
    /// Leniency for real servers that omit members their spec calls required: a required,
    /// non-nullable array without a default decodes as `[]` when its key is absent, instead of
    /// failing the whole body (or ending a stream). The absence is remembered, so encoding the
    /// value again leaves the key out unless the array was filled in. Off by default: strict
    /// decoding is the safe reading of a spec.
    public var missingRequiredArraysDecodeAsEmpty = false
    /// With a list instead of `true`: only arrays under these property names are lenient.
    public var lenientArrayNames: Set<String>?
    /// The product tokens (RFC 9110 `product *(" " product)`) the generated client's default
    /// `User-Agent` starts with, before the runtime's ` (Swift; <OS>)`; `nil` sends the runtime's
    /// generic `openapi-swift-client/<version>`.
    public var userAgent: String?
    /// How arrays inside `deepObject` query parameters and form fields are written. OpenAPI leaves
    /// them undefined and servers disagree, so without this setting an operation that would send
    /// one is skipped with a warning (the runtime's `DeepObjectArrays` describes each notation).
    public var deepObjectArrays: DeepObjectArrays?

    public enum DeepObjectArrays: String, Sendable, Hashable, CaseIterable {
        /// `tags[]=a&tags[]=b`
        case brackets
        /// `tags[0]=a&tags[1]=b`; elements may be objects (`items[0][price]=p`).
        case indices
        /// `tags=a&tags=b`
        case repeated
    }

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
            // Names are written into the code as they are, so they must be plain identifiers.
            case "clientName", "typePrefix", "runtimeModule":
                guard let name = value.stringValue, Self.isPlainIdentifier(name, allowEmpty: key == "typePrefix") else {
                    errors.append(.error("\(key) must be a Swift identifier (ASCII letters, digits and '_', not starting with a digit)", at: value.location))
                    continue
                }
                switch key {
                case "clientName": configuration.clientName = name
                case "typePrefix": configuration.typePrefix = name
                default: configuration.runtimeModule = name
                }
            case "maxNestingDepth", "maxDocumentBytes", "maxNodes":
                guard let limit = value.intValue, limit > 0 else {
                    errors.append(.error("\(key) must be a positive integer", at: value.location))
                    continue
                }
                switch key {
                case "maxNestingDepth": configuration.yamlLimits.maxNestingDepth = limit
                case "maxDocumentBytes": configuration.yamlLimits.maxDocumentBytes = limit
                default: configuration.yamlLimits.maxNodes = limit
                }
            case "apiKeyEnvironmentVariable": configuration.apiKeyEnvironmentVariable = value.stringValue
            case "userAgent":
                // Only plain scalars that are products: a number or `null` is a mistake, not a name.
                guard value.kindName == "string", let text = value.stringValue, ProductTokens.isValid(text) else {
                    errors.append(.error(
                        "userAgent must be product tokens separated by single spaces, such as 'notes-swift/1.2' "
                            + "(RFC 9110: letters, digits and !#$%&'*+-.^_`|~, each with an optional /version)",
                        at: value.location))
                    continue
                }
                configuration.userAgent = text
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
            case "exclude":
                if let list = value.sequenceElements {
                    configuration.exclude = list.compactMap(\.stringValue)
                } else {
                    errors.append(.error("exclude must be a list of operationIds", at: value.location))
                }
            case "deepObjectArrays":
                if let notation = value.stringValue.flatMap(DeepObjectArrays.init(rawValue:)) {
                    configuration.deepObjectArrays = notation
                } else {
                    errors.append(.error("deepObjectArrays must be brackets, indices or repeated", at: value.location))
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

    static func isPlainIdentifier(_ name: String, allowEmpty: Bool) -> Bool {
        guard let first = name.utf8.first else { return allowEmpty }
        let isWordByte: (UInt8) -> Bool = { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
        return !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) && name.utf8.allSatisfy(isWordByte)
            && !SwiftNaming.keywords.contains(name)
    }
}
