@_spi(Generated) import OpenAPIClientRuntime

extension HTTPBody {
    /// A body that yields `chunks` in order, then throws `failure` if one is given.
    static func scripted(_ chunks: [[UInt8]], thenFail failure: TransportError? = nil) -> HTTPBody {
        HTTPBody(makeIterator: {
            var index = 0
            return AsyncIterator {
                if index < chunks.count {
                    defer { index += 1 }
                    return chunks[index]
                }
                if let failure { throw failure }
                return nil
            }
        })
    }

    static func text(_ text: String) -> HTTPBody { HTTPBody(bytes: Array(text.utf8)) }
}
