import Testing

@testable import GeneratorCore

@Suite("Client protocol emitter")
struct ClientProtocolEmitterTests {
    static let paths = """
        /notes/{id}:
          get:
            operationId: getNote
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              - {name: default, in: query, schema: {type: integer}}
            responses:
              '200': {description: ok, content: {application/json: {schema: {type: string}}}}
          delete:
            operationId: deleteNote
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses: {'204': {description: gone}}
        /events:
          post:
            operationId: watch
            requestBody: {content: {application/json: {schema: {type: object, properties: {topic: {type: string}}}}}}
            responses:
              '200': {description: ok, content: {text/event-stream: {schema: {type: string}}}}
        """

    @Test("the protocol has one requirement per client method, without defaults, and the client adopts it")
    func requirements() throws {
        try assertSwift(Spec.paths(Self.paths), declaration: "ClientProtocol", contains: [
            "public protocol ClientProtocol: Sendable {",
            "    func getNote(id: String, default: Int?, options: RequestOptions) async throws -> String\n",
            "    func getNoteWithMetadata(id: String, default: Int?, options: RequestOptions) async throws -> APIResult<String>\n",
            "    func deleteNote(id: String, options: RequestOptions) async throws -> ResponseMetadata\n",
            "    func watchStream(_ body: WatchRequest?, options: RequestOptions) -> EventStream<String>\n",
        ])
        try assertSwift(Spec.paths(Self.paths), declaration: "Client", contains: ["public struct Client: ClientProtocol {"])
    }

    @Test("the extension restores the client's default arguments and forwards them, keywords escaped")
    func conveniences() throws {
        try assertSwift(Spec.paths(Self.paths), declaration: "extension ClientProtocol", contains: [
            "public func getNote(id: String, default: Int? = nil) async throws -> String {\n"
                + "        try await getNote(id: id, default: `default`, options: .init())",
            "public func deleteNote(id: String) async throws -> ResponseMetadata {\n        try await deleteNote(id: id, options: .init())",
            "public func watchStream(_ body: WatchRequest? = nil) -> EventStream<String> {\n        watchStream(body, options: .init())",
        ])
    }

    @Test("the protocol's requirements name the client's selectors in their documentation")
    func documentation() throws {
        try assertSwift(Spec.paths(Self.paths), declaration: "ClientProtocol", contains: [
            "/// `Client.getNote(id:default:options:)`: the decoded `String`.",
            "/// `Client.watchStream(_:options:)`: the server-sent events, read once.",
        ])
    }
}
