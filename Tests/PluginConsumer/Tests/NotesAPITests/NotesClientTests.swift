import Foundation
import NotesAPI
import OpenAPIClientRuntime
import Testing

/// The client that OpenAPISwiftPlugin generated at build time from Sources/NotesAPI/openapi.yaml,
/// talking to a real HTTP server over TCP through the library's default transport (libcurl).
@Suite struct NotesClientTests {
    /// The default transport, with short timeouts and no retries so that a failure fails fast.
    func client(for server: TinyHTTPServer) -> NotesClient {
        NotesClient(configuration: ClientConfiguration(
            baseURL: "http://127.0.0.1:\(server.port)/v1",
            timeouts: Timeouts(connect: .seconds(5), total: .seconds(10), idle: .seconds(5)),
            retryPolicy: RetryPolicy(maxRetries: 0)))
    }

    @Test func defaultTransportIsCurl() {
        #expect(NotesClient(baseURL: "http://127.0.0.1").core.configuration.transport is CurlTransport)
    }

    @Test func getEncodesPathAndQueryParameters() async throws {
        // The server answers with a note whose text is the request line it saw.
        let server = try TinyHTTPServer(connections: 1) { request in
            let note = Note(id: "n1", format: .markdown, content: .text(TextContent(text: "\(request.method) \(request.target)")))
            return (200, try JSONEncoder().encode(note))
        }
        defer { server.stop() }
        let client = client(for: server)

        let note = try await client.getNote(noteID: "a b/c", format: .markdown)

        #expect(note == Note(id: "n1", format: .markdown, content: .text(TextContent(text: "GET /v1/notes/a%20b%2Fc?format=markdown"))))
    }

    @Test func postSendsJSONBodyWithDiscriminator() async throws {
        // The server stores what it is sent and answers 201 with it.
        let server = try TinyHTTPServer(connections: 1) { request in
            let new = try JSONDecoder().decode(NewNote.self, from: request.body)
            return (201, try JSONEncoder().encode(Note(id: "n2", format: new.format ?? .plain, content: new.content)))
        }
        defer { server.stop() }
        let client = client(for: server)
        let checklist = NoteContent.checklist(ChecklistContent(items: ["milk", "eggs"]))

        let note = try await client.createNote(NewNote(content: checklist))

        #expect(note == Note(id: "n2", format: .plain, content: checklist))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.target == "/v1/notes")
        #expect(request.head.lowercased().contains("content-type: application/json"))
        // No `userAgent` in this target's generator configuration: the runtime's generic product.
        #expect(request.head.lowercased().contains("user-agent: openapi-swift-client/\(ClientConfiguration.libraryVersion) (swift; "))
        #expect(!request.head.lowercased().contains("infercom"))
        let sent = try JSONSerialization.jsonObject(with: request.body) as? [String: Any]
        let content = sent?["content"] as? [String: Any]
        #expect(content?["kind"] as? String == "checklist")
        #expect(content?["items"] as? [String] == ["milk", "eggs"])
    }

    @Test func unknownValuesDecodeInsteadOfFailing() async throws {
        let server = try TinyHTTPServer(connections: 1) { _ in
            (200, Data(#"{"id":"n3","format":"rich","content":{"kind":"drawing","strokes":3}}"#.utf8))
        }
        defer { server.stop() }
        let client = client(for: server)

        let note = try await client.getNote(noteID: "n3")

        #expect(note.format == .unknown("rich"))
        guard case .unknown(let raw) = note.content else {
            Issue.record("expected an unknown content kind, got \(note.content)")
            return
        }
        #expect(raw == ["kind": "drawing", "strokes": 3])
    }
}
