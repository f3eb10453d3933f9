/// Request bodies: which of an operation's media types its method sends, and how.
///
/// JSON comes first; otherwise the first media type the generator can send faithfully, in the
/// spec's order: `multipart/form-data` and `application/x-www-form-urlencoded` through a generated
/// form type, binary media types as bytes, string-typed ones (`text/plain`, `application/sdp`) as text.
extension TypeTranslator {
    enum BodyPlan {
        case json(Schema)
        case multipart(Schema)
        case urlEncodedForm(Schema)
        case binary
        case text
    }

    /// The chosen media type and how it is sent, or `nil` when none can be (`requestBodyProblems` says why).
    ///
    /// JSON whose schema has file (`format: binary`) properties comes last: JSON cannot carry bytes,
    /// so when the operation also takes a form (OpenAI's `POST /skills`), the form is what works.
    func requestBodyPlan(_ body: RequestBody) -> (media: MediaType, plan: BodyPlan)? {
        let json = body.content.filter { isJSON($0.contentType) }
        let jsonWithFiles = json.filter(carriesFiles)
        let candidates = json.filter { !carriesFiles($0) } + body.content.filter { !isJSON($0.contentType) } + jsonWithFiles
        for media in candidates {
            if case .supported(let plan) = support(of: media) { return (media, plan) }
        }
        return nil
    }

    /// An optional body whose every media type is a form that admits no fields at all (Stripe's
    /// `GET` operations declare `properties: {}, additionalProperties: false`): the only body it
    /// allows is an empty one, so the method sends none and takes no body argument.
    func carriesNothing(_ body: RequestBody) -> Bool {
        !body.required && !body.content.isEmpty && body.content.allSatisfy { media in
            let base = Self.baseMediaType(media.contentType)
            guard base == "multipart/form-data" || base == "application/x-www-form-urlencoded", let schema = media.schema else { return false }
            let resolved = resolve(schema)
            guard resolved.oneOf == nil, resolved.anyOf == nil else { return false }
            let object = mergedObject(schema)
            if case .allowed(false) = object.additional { return object.properties.isEmpty }
            return false
        }
    }

    /// Why each of a body's media types cannot be sent.
    func requestBodyProblems(_ body: RequestBody) -> [String] {
        body.content.compactMap { media in
            if case .unsupported(let reason) = support(of: media) { return "'\(SpecText.visible(media.contentType))': \(reason)" }
            return nil
        }
    }

    enum MediaSupport {
        case supported(BodyPlan)
        case unsupported(String)
    }

    func support(of media: MediaType) -> MediaSupport {
        let base = Self.baseMediaType(media.contentType)
        if isJSON(media.contentType) {
            return media.schema.map { .supported(.json($0)) } ?? .unsupported("a JSON body needs a schema")
        }
        guard !base.contains("*") else { return .unsupported("a wildcard media type names no Content-Type to send") }
        switch base {
        case "multipart/form-data", "application/x-www-form-urlencoded":
            let isMultipart = base == "multipart/form-data"
            guard let schema = media.schema, formObject(schema) != nil else {
                return .unsupported("a form body needs an object schema with properties")
            }
            if let problem = formProblem(schema, media: media, isMultipart: isMultipart) { return .unsupported(problem) }
            return .supported(isMultipart ? .multipart(schema) : .urlEncodedForm(schema))
        default:
            let resolved = media.schema.map(resolve)
            if resolved == nil || resolved?.format == "binary" || base == "application/octet-stream" {
                return .supported(.binary)
            }
            guard let resolved, resolved.types == [.string] else {
                return .unsupported("only JSON, form, text and binary bodies are supported")
            }
            if let charset = Self.charset(of: media.contentType), charset != "utf-8" {
                return .unsupported("text bodies are sent as UTF-8, not \(charset)")
            }
            return .supported(.text)
        }
    }

    /// Whether a body's schema has a property holding a file (or files).
    func carriesFiles(_ media: MediaType) -> Bool {
        guard let schema = media.schema, let properties = formObject(schema) else { return false }
        return properties.contains { property in
            switch fieldShape(property.schema) {
            case .file?, .files?, .choice?, nil: true
            case .value?, .constant?: false
            }
        }
    }

    /// The object a form body's schema describes, if it has properties.
    func formObject(_ schema: Schema) -> [Schema.Property]? {
        let resolved = resolve(schema)
        guard resolved.oneOf == nil, resolved.anyOf == nil else { return nil }
        let properties = mergedObject(schema).properties
        return properties.isEmpty ? nil : properties
    }

    /// The first property of a form the generated type could not send faithfully.
    func formProblem(_ schema: Schema, media: MediaType, isMultipart: Bool) -> String? {
        for property in mergedObject(schema).properties {
            let name = SpecText.visible(property.name)
            guard let shape = fieldShape(property.schema) else {
                return "property '\(name)' is a union of files and several other types"
            }
            let encoding = media.encoding[property.name]
            if encoding?.hasHeaders == true { return "the encoding of '\(name)' lists part headers, which are not sent" }
            if let contentType = encoding?.contentType, !Self.isHeaderSafe(contentType) {
                return "the encoding content type of '\(name)' is not a printable ASCII media type"
            }
            if isMultipart { continue }
            switch shape {
            case .file, .files, .choice: return "property '\(name)' is a file, which a URL-encoded form cannot carry"
            case .value, .constant: break
            }
            if let style = encoding?.style, style != "form", style != "deepObject" {
                return "property '\(name)' has style '\(SpecText.visible(style))'; form and deepObject are supported"
            }
            if encoding?.style == "deepObject", let problem = deepObjectArrayProblem(property.schema) {
                return "property '\(name)' \(problem)"
            }
        }
        return nil
    }

    enum FieldShape {
        case file, files, value, constant(String)
        case choice(fileIsArray: Bool, other: Schema)
    }

    /// How a form property is typed, or `nil` for a union of files and several other types.
    func fieldShape(_ schema: Schema) -> FieldShape? {
        if schema.reference == nil {
            if case .string(let value)? = schema.constValue { return .constant(value) }
            if let values = schema.enumValues, values.count == 1, case .string(let value) = values[0] { return .constant(value) }
        }
        if isBinary(schema) { return .file }
        if isBinaryArray(schema) { return .files }
        let resolved = resolve(schema)
        guard let members = resolved.oneOf ?? resolved.anyOf else { return .value }
        let nonNull = members.filter { !isNullSchema(resolve($0)) }
        let files = nonNull.filter { isBinary($0) || isBinaryArray($0) }
        let others = nonNull.filter { !isBinary($0) && !isBinaryArray($0) }
        if files.isEmpty { return .value }
        let fileIsArray = files.contains(where: isBinaryArray)
        switch others.count {
        case 0: return fileIsArray || files.count > 1 ? .files : .file
        case 1: return .choice(fileIsArray: fileIsArray || files.count > 1, other: others[0])
        default: return nil
        }
    }

    func isBinary(_ schema: Schema) -> Bool {
        let resolved = resolve(schema)
        return resolved.format == "binary" && (resolved.types == [.string] || resolved.types.isEmpty)
    }

    func isBinaryArray(_ schema: Schema) -> Bool {
        let resolved = resolve(schema)
        guard resolved.types == [.array], let items = resolved.items else { return false }
        return isBinary(items)
    }

    static func baseMediaType(_ contentType: String) -> String {
        (contentType.split(separator: ";").first.map(String.init) ?? contentType)
            .trimmingScalars(" \t").lowercased()
    }

    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingScalars(" \t\"").lowercased() }
            if pair.count == 2, pair[0] == "charset" { return pair[1] == "utf8" ? "utf-8" : pair[1] }
        }
        return nil
    }

    /// Printable ASCII only: the text becomes a header line in the request.
    static func isHeaderSafe(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
    }
}

extension String {
    fileprivate func trimmingScalars(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
