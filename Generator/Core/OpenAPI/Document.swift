/// An OpenAPI document after reading: typed, with every node's source location.
///
/// `$ref`s are kept as `Reference` values and resolved through `components` (see `ReferenceChain`);
/// reading has already checked that each one points at an existing component or at a schema inside
/// one (`Components.insideSchemas`). Valid constructs the generator cannot express are kept as
/// `Schema.unsupported` and `Operation.unsupported`: what reaches them is skipped, not half-typed.
public struct OpenAPIDocument: Sendable {
    public var file: String
    public var openAPIVersion: String
    public var info: Info
    public var servers: [Server]
    public var operations: [Operation]
    public var components: Components
    /// Where error bodies keep `APIFailure`'s fields (`x-error-fields`), if the document says.
    public var errorFields: ErrorFields? = nil
    /// The document's `security`: the requirements an operation without its own meets, if given.
    public var security: [SecurityRequirement]? = nil
    public var securityLocation = SourceLocation(file: "", line: 1, column: 1)
    /// Warnings about parts of the document that only matter if they are generated (see `ScopedWarning`).
    public var scopedWarnings: [ScopedWarning] = []

    public struct Info: Sendable {
        public var title: String
        public var version: String
        public var description: String?
    }

    public struct Server: Sendable {
        public var url: String
        public var description: String?
    }

    public struct Components: Sendable {
        /// In source order, so output order follows the document.
        public var schemas: [(name: String, schema: Schema)] = [] {
            didSet { schemaIndex = nil }
        }
        /// Name → position in `schemas`, built once reading is done: a linear lookup per `$ref`
        /// would make a spec with many schemas quadratic (20 000 schemas: minutes).
        private var schemaIndex: [String: Int]?
        public var responses: [String: Response] = [:]
        public var parameters: [String: Parameter] = [:]
        public var headers: [String: Header] = [:]
        public var requestBodies: [String: RequestBody] = [:]
        public var securitySchemes: [String: SecurityScheme] = [:]
        /// The schemas that references into a component name (`#/components/schemas/Pet/properties/owner`),
        /// by `Reference.pointer`: each read once from where it sits.
        public var insideSchemas: [String: Schema] = [:]

        /// The schema a schema reference names; `nil` only if reading reported it unresolved.
        public func schema(referencedBy reference: Reference) -> Schema? {
            reference.isInside ? insideSchemas[reference.pointer] : schema(named: reference.name)
        }

        public func schema(named name: String) -> Schema? {
            if let schemaIndex { return schemaIndex[name].map { schemas[$0].schema } }
            return schemas.first { $0.name == name }?.schema
        }

        /// Makes `schema(named:)` a dictionary lookup until `schemas` changes again.
        public mutating func indexSchemas() {
            let index = Dictionary(schemas.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            schemaIndex = index
        }
    }
}

public struct Operation: Sendable {
    public var operationID: String
    public var method: String
    public var path: String
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Status code (`200`, `4XX`, `default`) → response, in source order.
    public var responses: [(status: String, response: Response)]
    public var location: SourceLocation
    /// The operation's own `servers` (or its path item's); empty when it uses the document's.
    public var servers: [OpenAPIDocument.Server] = []
    public var serversLocation: SourceLocation? = nil
    /// The operation's own `security`, replacing the document's; `nil` when it has none.
    public var security: [SecurityRequirement]? = nil
    /// Parts of the operation defined where the generator does not read (a parameter or response
    /// `$ref` into another file): the operation is skipped.
    public var unsupported: [UnsupportedConstruct] = []
}

extension Operation {
    /// The responses that describe a successful call: the 2xx ones (`200`, `2XX`); with none listed,
    /// `default`, which stands for every status not listed (Swagger's petstore: `default: successful operation`).
    public var successResponses: [(status: String, response: Response)] {
        let listed = responses.filter { $0.status.hasPrefix("2") }
        return listed.isEmpty ? responses.filter { $0.status == "default" } : listed
    }
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable { case path, query, header, cookie }

    public var name: String
    public var location: Location
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: Schema
    public var sourceLocation: SourceLocation
    /// `style` (`form`, `deepObject`, …) and `explode`, when the spec sets them.
    public var style: String? = nil
    public var explode: Bool? = nil
    /// The media type of a parameter given by `content` instead of `schema` (then `schema` is that
    /// media type's schema).
    public var contentType: String? = nil
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
}

public struct Response: Sendable {
    public var description: String?
    public var headers: [(name: String, header: Header)]
    public var content: [MediaType]
}

public struct Header: Sendable {
    public var description: String?
    public var schema: Schema?
}

public struct MediaType: Sendable {
    /// For example `application/json` or `text/event-stream`.
    public var contentType: String
    public var schema: Schema?
    public var extensions: [String: ExtensionValue]
    public var location: SourceLocation
    /// For form bodies: how each property is sent (`encoding`), by property name.
    public var encoding: [String: PropertyEncoding] = [:]
}

/// One entry of a media type's `encoding` map (multipart and URL-encoded bodies).
public struct PropertyEncoding: Sendable {
    /// The part's media type (multipart), possibly a comma-separated list.
    public var contentType: String?
    /// `form`, `deepObject`, … (URL-encoded bodies).
    public var style: String?
    public var explode: Bool?
    /// Whether the entry lists per-part `headers`, which the generator does not send.
    public var hasHeaders: Bool
    public var location: SourceLocation
}

