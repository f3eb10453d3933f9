@_spi(Generated) import OpenAPIClientRuntime

/// Parses `chunks` in order with one parser, then ends the stream.
func parseEvents(_ chunks: [[UInt8]]) -> [ServerSentEvent] {
    var parser = ServerSentEventParser()
    var events: [ServerSentEvent] = []
    for chunk in chunks { events += parser.feed(chunk) }
    parser.finish()
    return events
}

func parseEvents(_ text: String) -> [ServerSentEvent] { parseEvents([Array(text.utf8)]) }

/// Parses `text` split into the given string pieces (each piece is one chunk).
func parseEvents(chunks: String...) -> [ServerSentEvent] { parseEvents(chunks.map { Array($0.utf8) }) }

/// Parses `bytes` delivered one byte per chunk.
func parseEventsBytewise(_ bytes: [UInt8]) -> [ServerSentEvent] { parseEvents(bytes.map { [$0] }) }
