/// Reads a YAML node tree into an `OpenAPIDocument`, reporting every problem with its location.
///
/// Reading continues after an error so one run reports as many problems as possible; the caller
/// gets a `DiagnosticError` if any error was found.
public struct DocumentReader {
    let file: String
    let root: YAMLNode
    var diagnostics: [Diagnostic] = []
    /// Warnings about one component schema or one operation, reported only if it is generated.
    var scopedWarnings: [ScopedWarning] = []
    /// Valid but unsupported references met while reading the current operation's parameters,
    /// body and responses (a parameter in another file): the operation is skipped.
    var operationUnsupported: [UnsupportedConstruct] = []
    /// References to schemas inside components, read once the whole document is (`readInsideSchemas`).
    var insideReferences: [Reference] = []
    /// Schemas that are such references, whose chains are checked for cycles.
    var insideReferringSchemas: [Schema] = []

    /// The document and any warnings; throws all errors found.
    public static func read(_ root: YAMLNode, file: String) throws(DiagnosticError) -> (OpenAPIDocument, warnings: [Diagnostic]) {
        var reader = DocumentReader(file: file, root: root)
        var document = reader.readDocument()
        document.scopedWarnings = reader.scopedWarnings
        // A schema that a reference into a component names is read twice (see `readInsideSchemas`):
        // a problem in it is reported once.
        var seen: Set<Diagnostic> = []
        let errors = reader.diagnostics.filter { $0.severity == .error && seen.insert($0).inserted }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return (document, reader.diagnostics)
    }

    init(file: String, root: YAMLNode) {
        self.file = file
        self.root = root
    }

    mutating func error(_ message: String, at node: YAMLNode) {
        diagnostics.append(.error(message, at: node.location))
    }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    // MARK: Top level

    mutating func readDocument() -> OpenAPIDocument {
        var document = OpenAPIDocument(
            file: file, openAPIVersion: "", info: .init(title: "", version: "", description: nil),
            servers: [], operations: [], components: .init())
        guard expectMapping(root, "the document") else { return document }

        if let version = root["openapi"]?.stringValue {
            if !(version.hasPrefix("3.0") || version.hasPrefix("3.1")) {
                error("unsupported OpenAPI version '\(version)' (expected 3.0.x or 3.1.x)", at: root["openapi"]!)
            }
            document.openAPIVersion = version
        } else if let swagger = root["swagger"] {
            error("this is a Swagger \(Self.quoted(swagger)) document; only OpenAPI 3.0 and 3.1 are supported "
                + "(convert it first, e.g. with swagger2openapi)", at: swagger)
        } else {
            error("missing 'openapi' version field", at: root)
        }
        if let info = root["info"], expectMapping(info, "'info'") {
            document.info = .init(
                title: info["title"]?.stringValue ?? "",
                version: info["version"]?.stringValue ?? "",
                description: info["description"]?.stringValue)
        }
        document.servers = (root["servers"]?.sequenceElements ?? []).compactMap { readServer($0) }
        document.errorFields = readErrorFields()
        document.components = readComponents()
        document.security = readSecurity(root["security"], schemes: document.components.securitySchemes, pointer: "#/security")
        document.securityLocation = root["security"]?.location ?? root.location
        document.operations = readPaths(components: document.components)
        readInsideSchemas(into: &document.components)
        checkReferences(in: document)
        return document
    }

    mutating func expectMapping(_ node: YAMLNode, _ what: String) -> Bool {
        if node.mappingEntries != nil { return true }
        error("expected \(what) to be a mapping, found a \(node.kindName)", at: node)
        return false
    }

    // MARK: Components

    mutating func readComponents() -> OpenAPIDocument.Components {
        var components = OpenAPIDocument.Components()
        guard let node = root["components"], expectMapping(node, "'components'") else { return components }
        for entry in node["schemas"]?.mappingEntries ?? [] {
            let name = entry.key.stringValue ?? ""
            if !isValidComponentName(name) {
                error("invalid component name '\(name)' (use letters, digits, '.', '-' and '_')", at: entry.key)
                continue
            }
            components.schemas.append((name, readSchema(entry.value, pointer: "#/components/schemas/\(name)")))
        }
        components.indexSchemas()
        components.securitySchemes = readSecuritySchemes(node["securitySchemes"])
        // Responses, parameters, headers and request bodies are read where they are used
        // (`resolveComponent`), so a `$ref` to them yields the same value as an inline definition.
        for (section, store) in [("responses", 0), ("parameters", 1), ("headers", 2), ("requestBodies", 3)] {
            for entry in node[section]?.mappingEntries ?? [] {
                let name = entry.key.stringValue ?? ""
                let pointer = "#/components/\(section)/\(name)"
                switch store {
                case 0: components.responses[name] = readResponse(entry.value, pointer: pointer)
                case 1: if let p = readParameter(entry.value, pointer: pointer) { components.parameters[name] = p }
                case 2: components.headers[name] = readHeader(entry.value, pointer: pointer)
                default: if let b = readRequestBody(entry.value, pointer: pointer) { components.requestBodies[name] = b }
                }
            }
        }
        return components
    }

    func isValidComponentName(_ name: String) -> Bool {
        // Bytes, not characters: only ASCII is allowed, and an ASCII byte is a character of its own.
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    /// The raw node of `#/components/<section>/<name>`, following chains of `$ref`s.
    mutating func resolveComponent(_ node: YAMLNode, expected section: Reference.Section) -> (YAMLNode, String)? {
        var current = node
        var pointer = ""
        var passed = ReferenceChain.Guard<Reference>()
        while let refNode = current["$ref"] {
            let reference: Reference
            switch parseReference(refNode) {
            case .reference(let parsed) where !parsed.isInside:
                reference = parsed
            case .reference(let parsed):
                error("'\(parsed.pointer)' must point at a component of #/components/\(section.rawValue), not inside one", at: refNode)
                return nil
            case .unsupported(let construct):
                // The operation using it is skipped (see `operationUnsupported`).
                operationUnsupported.append(construct)
                return nil
            case nil:
                return nil
            }
            guard reference.section == section else {
                error("'\(reference.pointer)' must point into #/components/\(section.rawValue)", at: refNode)
                return nil
            }
            guard passed.pass(reference) else {
                error("reference cycle through '\(reference.pointer)'", at: refNode)
                return nil
            }
            guard let target = root["components"]?[section.rawValue]?[reference.name] else {
                error("unresolved reference '\(reference.pointer)'", at: refNode)
                return nil
            }
            current = target
            pointer = reference.pointer
        }
        return (current, pointer)
    }

    /// The unescaped tokens after `#/`. Most references are ASCII without escapes, split on bytes:
    /// splitting by `Character` and `replacing` are slow enough to show on large specs. Other text
    /// is split by `Character` (a `/` followed by a combining mark is not a separator there).
    static func referenceTokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "~") }) {
            return text.utf8.dropFirst(2).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
                .map { String(Substring($0)) }
        }
        return text.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false).map {
            $0.contains("~") ? String($0).replacing("~1", with: "/").replacing("~0", with: "~") : String($0)
        }
    }
}
