import Foundation

/// A function the model may call, run by this process: its name, description, typed arguments
/// (whose JSON Schema is derived from the type and sent as `parameters`) and an async handler.
///
/// ```swift
/// struct WeatherQuery: Decodable, Sendable { var city: String }
/// let weather = try ClientTool(name: "get_weather", description: "Current weather for a city",
///                              arguments: WeatherQuery.self) { query in
///     ["city": query.city, "temperature": "18°C"]
/// }
/// ```
///
/// The model's arguments are checked against the schema and decoded before the handler runs; a
/// call whose arguments do not fit is answered with an error output the model can correct itself
/// from (``ToolLoopOptions/invalidArguments``).
public struct ClientTool: Sendable {
    /// The definition sent in `tools` (with `strict: true`).
    public let definition: FunctionTool
    /// The schema of the arguments.
    public let argumentsSchema: JSONSchema
    private let run: @Sendable (String) async throws -> String

    /// The function's name, as the model calls it.
    public var name: String { definition.name }

    /// A tool whose handler returns any `Encodable` value, sent to the model as JSON text.
    ///
    /// - Throws: ``SchemaDerivationError`` when `Arguments` cannot be described.
    public init<Arguments: Decodable & Sendable, Output: Encodable & SendableMetatype>(
        name: String, description: String? = nil, arguments: Arguments.Type = Arguments.self,
        handler: @escaping @Sendable (Arguments) async throws -> Output
    ) throws(SchemaDerivationError) {
        try self.init(name: name, description: description, arguments: Arguments.self) { (arguments: Arguments) -> String in
            try Self.encode(try await handler(arguments))
        }
    }

    /// A tool whose handler returns the output text itself (normally JSON).
    ///
    /// - Throws: ``SchemaDerivationError`` when `Arguments` cannot be described.
    public init<Arguments: Decodable & Sendable>(
        name: String, description: String? = nil, arguments: Arguments.Type = Arguments.self,
        handler: @escaping @Sendable (Arguments) async throws -> String
    ) throws(SchemaDerivationError) {
        let schema = try JSONSchema(for: Arguments.self)
        self.argumentsSchema = schema
        self.definition = FunctionTool(name: name, description: description, parameters: schema.object, strict: true)
        self.run = { text in
            let arguments: Arguments
            do {
                arguments = try StructuredOutput.decode(Arguments.self, from: text, schema: schema)
            } catch let failure as StructuredOutputError {
                throw InvalidToolArguments(failure: failure)
            }
            return try await handler(arguments)
        }
    }

    /// Runs the handler for `call`'s arguments.
    ///
    /// - Throws: `InvalidToolArguments` when the arguments do not fit the schema; what the handler throws.
    func callAsFunction(_ call: FunctionCall) async throws -> String {
        try await run(call.arguments)
    }

    private static func encode(_ value: some Encodable) throws -> String {
        if let text = value as? String { return text }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The arguments of a call did not fit its tool's schema (internal: reported as ``ToolCallOutcome``).
struct InvalidToolArguments: Error {
    var failure: StructuredOutputError
}
