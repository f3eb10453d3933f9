import Foundation

/// `--json`: each event (or the whole response) as one line of JSON, keys sorted. The bindings
/// keep fields they do not know, so a line holds everything the server sent in that event.
enum JSONLines {
    static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
