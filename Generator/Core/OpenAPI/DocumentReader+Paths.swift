/// Reading `paths`: operations, parameters, request bodies and responses.
extension DocumentReader {
    static let httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    mutating func readPaths(components: OpenAPIDocument.Components) -> [Operation] {
        var operations: [Operation] = []
        var operationIDs: [String: SourceLocation] = [:]
        guard let paths = root["paths"] else { return [] }
        guard expectMapping(paths, "'paths'") else { return [] }
        var derivedNames = DerivedOperationNames(taken: explicitOperationIDs())
        for pathEntry in paths.mappingEntries ?? [] {
            let path = pathEntry.key.stringValue ?? ""
            // The Paths Object allows specification extensions beside the paths (`x-internal: …`).
            if path.hasPrefix("x-") { continue }
            guard !Self.containsControl(path) else {
                error("path '\(SpecText.visible(path))' contains a control character or line break", at: pathEntry.key)
                continue
            }
            guard path.hasPrefix("/") else {
                error("path '\(path)' must start with '/'", at: pathEntry.key)
                continue
            }
            // A literal query (OpenAI's `/responses?beta=true`) is sent, the parameters' after it; a
            // fragment never reaches a server, so the operation could not be called as written.
            guard !path.contains("#") else {
                error("path '\(path)' holds a fragment ('#'), which a request cannot carry", at: pathEntry.key)
                continue
            }
            let item = pathEntry.value
            guard expectMapping(item, "path item '\(path)'") else { continue }
            operationUnsupported = []
            let shared = (item["parameters"]?.sequenceElements ?? []).enumerated().compactMap {
                readParameter($1, pointer: "#/paths/\(Self.escapePointer(path))/parameters/\($0)")
            }
            let sharedUnsupported = operationUnsupported
            for entry in item.mappingEntries ?? [] {
                guard let method = entry.key.stringValue, Self.httpMethods.contains(method) else { continue }
                guard var operation = readOperation(
                    entry.value, method: method, path: path, shared: (shared, sharedUnsupported), derivedNames: &derivedNames)
                else {
                    continue
                }
                operation.security = readSecurity(
                    entry.value["security"], schemes: components.securitySchemes,
                    pointer: "#/paths/\(Self.escapePointer(path))/\(method)/security")
                // Servers of the operation, else of its path item (GitHub's release-asset upload goes to
                // uploads.github.com): whether the client can honour them is the type model's decision.
                if let serversNode = entry.value["servers"] ?? item["servers"] {
                    operation.servers = (serversNode.sequenceElements ?? []).compactMap { readServer($0) }
                    operation.serversLocation = serversNode.location
                }
                if let first = operationIDs[operation.operationID] {
                    error(
                        "duplicate operationId '\(operation.operationID)' (first used at line \(first.line))",
                        at: entry.value["operationId"] ?? entry.value)
                    continue
                }
                operationIDs[operation.operationID] = entry.value["operationId"]?.location ?? entry.value.location
                operations.append(operation)
            }
        }
        return operations
    }

    /// `default`, a status code `100`–`599`, or a range `1XX`–`5XX` (`x` accepted too).
    static func isResponseStatus(_ status: String) -> Bool {
        if status == "default" { return true }
        let bytes = Array(status.utf8)
        guard bytes.count == 3, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[0]) else { return false }
        let rest = bytes[1...]
        return rest.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            || rest.allSatisfy { $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }
    }

    /// JSON-pointer escaping of one reference token (RFC 6901): `~` → `~0`, `/` → `~1`.
    static func escapePointer(_ token: String) -> String {
        // Without a `~` or `/` byte there is nothing to replace (and `replacing` is slow).
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    mutating func readOperation(
        _ node: YAMLNode, method: String, path: String, shared: (parameters: [Parameter], unsupported: [UnsupportedConstruct]),
        derivedNames: inout DerivedOperationNames
    ) -> Operation? {
        guard expectMapping(node, "operation '\(method) \(path)'") else { return nil }
        let explicitID = node["operationId"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let operationID = explicitID ?? derivedNames.claim(method: method, path: path)
        let pointer = "#/paths/\(Self.escapePointer(path))/\(method)"
        operationUnsupported = shared.unsupported
        var parameters = shared.parameters
        for (index, parameterNode) in (node["parameters"]?.sequenceElements ?? []).enumerated() {
            guard let parameter = readParameter(parameterNode, pointer: pointer + "/parameters/\(index)") else { continue }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        // A parameter defined in another file is not read (its name is unknown): the operation is skipped.
        if operationUnsupported.isEmpty { checkPathTemplate(path, parameters: parameters, at: node) }
        var body: RequestBody?
        if let bodyNode = node["requestBody"] {
            body = readRequestBody(bodyNode, pointer: pointer + "/requestBody")
        }
        var responses: [(String, Response)] = []
        if let responsesNode = node["responses"], expectMapping(responsesNode, "'responses'") {
            for entry in responsesNode.mappingEntries ?? [] {
                let status = entry.key.stringValue ?? ""
                if status.hasPrefix("x-") { continue }   // a specification extension, not a response
                // The status reaches the generated code (`case 201:`), so only what OpenAPI allows passes.
                guard Self.isResponseStatus(status) else {
                    error("response status '\(SpecText.visible(status))' is not 'default', a code from 100 to 599 or a range such as '2XX'", at: entry.key)
                    continue
                }
                responses.append((status, readResponse(entry.value, pointer: pointer + "/responses/\(status)")))
            }
        }
        return Operation(
            operationID: operationID, method: method.uppercased(), path: path,
            summary: node["summary"]?.stringValue, description: node["description"]?.stringValue,
            deprecated: node["deprecated"]?.boolValue ?? false, parameters: parameters,
            requestBody: body, responses: responses, location: node.location, unsupported: operationUnsupported)
    }

    /// Every `{name}` in the path needs a path parameter, and every path parameter a `{name}`:
    /// otherwise the URL would carry a literal `{name}` or drop a value.
    mutating func checkPathTemplate(_ path: String, parameters: [Parameter], at node: YAMLNode) {
        var variables: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            variables.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        let pathParameters = parameters.filter { $0.location == .path }
        for variable in variables where !pathParameters.contains(where: { $0.name == variable }) {
            error("path '\(path)' uses '{\(variable)}' but the operation has no path parameter '\(variable)'", at: node)
        }
        for parameter in pathParameters where !variables.contains(parameter.name) {
            error("path parameter '\(parameter.name)' does not appear in path '\(path)'", at: parameter.sourceLocation)
        }
    }

    mutating func readParameter(_ node: YAMLNode, pointer: String) -> Parameter? {
        guard let (resolved, refPointer) = resolveComponent(node, expected: .parameters) else { return nil }
        let pointer = refPointer.isEmpty ? pointer : refPointer
        guard let name = resolved["name"]?.stringValue else {
            error("parameter has no 'name'", at: resolved)
            return nil
        }
        guard let locationText = resolved["in"]?.stringValue, let location = Parameter.Location(rawValue: locationText) else {
            error("parameter '\(name)' needs 'in' to be one of path, query, header, cookie", at: resolved["in"] ?? resolved)
            return nil
        }
        if location == .header, !Self.isHTTPToken(name) {
            // The name is sent as written: a space, colon or line break would corrupt the request.
            error("header parameter name '\(SpecText.visible(name))' is not a valid HTTP field name", at: resolved["name"] ?? resolved)
            return nil
        }
        // A parameter has a `schema` or (serialised as a media type) a `content` with one entry;
        // whether the client can send it is the type model's decision, not the reader's.
        let schema: Schema
        var contentType: String?
        if let schemaNode = resolved["schema"] {
            schema = readSchema(schemaNode, pointer: pointer + "/schema")
        } else if let content = resolved["content"], expectMapping(content, "'content' of parameter '\(name)'"),
                  let first = content.mappingEntries?.first {
            let type = first.key.stringValue ?? ""
            contentType = type
            let schemaPointer = pointer + "/content/\(Self.escapePointer(type))/schema"
            schema = first.value["schema"].map { readSchema($0, pointer: schemaPointer) }
                ?? Schema(location: first.key.location, pointer: schemaPointer)
        } else {
            error("parameter '\(name)' needs a 'schema' or a 'content' with a media type", at: resolved)
            return nil
        }
        return Parameter(
            name: name, location: location,
            required: location == .path || (resolved["required"]?.boolValue ?? false),
            description: resolved["description"]?.stringValue, deprecated: resolved["deprecated"]?.boolValue ?? false,
            schema: schema, sourceLocation: resolved.location,
            style: resolved["style"]?.stringValue, explode: resolved["explode"]?.boolValue, contentType: contentType)
    }

    mutating func readRequestBody(_ node: YAMLNode, pointer: String) -> RequestBody? {
        guard let (resolved, refPointer) = resolveComponent(node, expected: .requestBodies) else { return nil }
        let pointer = refPointer.isEmpty ? pointer : refPointer
        return RequestBody(
            description: resolved["description"]?.stringValue,
            required: resolved["required"]?.boolValue ?? false,
            content: readContent(resolved["content"], pointer: pointer + "/content"))
    }

    mutating func readResponse(_ node: YAMLNode, pointer: String) -> Response {
        guard let (resolved, refPointer) = resolveComponent(node, expected: .responses) else {
            return Response(description: nil, headers: [], content: [])
        }
        let pointer = refPointer.isEmpty ? pointer : refPointer
        var headers: [(String, Header)] = []
        for entry in resolved["headers"]?.mappingEntries ?? [] {
            let name = entry.key.stringValue ?? ""
            headers.append((name, readHeader(entry.value, pointer: pointer + "/headers/\(name)")))
        }
        return Response(
            description: resolved["description"]?.stringValue, headers: headers,
            content: readContent(resolved["content"], pointer: pointer + "/content"))
    }

    mutating func readHeader(_ node: YAMLNode, pointer: String) -> Header {
        guard let (resolved, refPointer) = resolveComponent(node, expected: .headers) else {
            return Header(description: nil, schema: nil)
        }
        let pointer = refPointer.isEmpty ? pointer : refPointer
        return Header(
            description: resolved["description"]?.stringValue,
            schema: resolved["schema"].map { readSchema($0, pointer: pointer + "/schema") })
    }

    mutating func readContent(_ node: YAMLNode?, pointer: String) -> [MediaType] {
        guard let node else { return [] }
        guard expectMapping(node, "'content'") else { return [] }
        return (node.mappingEntries ?? []).map { entry in
            let type = entry.key.stringValue ?? ""
            var extensions: [String: ExtensionValue] = [:]
            for member in entry.value.mappingEntries ?? [] {
                if let key = member.key.stringValue, key.hasPrefix("x-") { extensions[key] = ExtensionValue(member.value) }
            }
            return MediaType(
                contentType: type,
                schema: entry.value["schema"].map { readSchema($0, pointer: pointer + "/\(Self.escapePointer(type))/schema") },
                extensions: extensions, location: entry.key.location,
                encoding: readEncoding(entry.value["encoding"]))
        }
    }

    mutating func readEncoding(_ node: YAMLNode?) -> [String: PropertyEncoding] {
        guard let node, expectMapping(node, "'encoding'") else { return [:] }
        var result: [String: PropertyEncoding] = [:]
        for entry in node.mappingEntries ?? [] {
            guard let name = entry.key.stringValue, expectMapping(entry.value, "encoding of '\(name)'") else { continue }
            let value = entry.value
            result[name] = PropertyEncoding(
                contentType: value["contentType"]?.stringValue, style: value["style"]?.stringValue,
                explode: value["explode"]?.boolValue, hasHeaders: value["headers"] != nil, location: entry.key.location)
        }
        return result
    }

    /// RFC 9110 `token`: what a header field name may be.
    static func isHTTPToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (0x21...0x7E).contains(byte) && !"\"(),/:;<=>?@[\\]{}".utf8.contains(byte)
        }
    }

    /// Line breaks and control characters, which no URL may carry into a request line.
    static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { SpecText.isLineBreak($0) || SpecText.isInvisibleControl($0) || $0 == "\t" }
    }
}
