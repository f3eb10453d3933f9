import Foundation

/// `Tests/Corpus/manifest.json`: the cases and what each binding set must make of them.
struct Manifest: Decodable {
    var cases: [ManifestCase]
}

/// One JSON body of the corpus.
struct ManifestCase: Decodable {
    /// `kind/name`, also the body's file name without `.json`.
    var id: String
    /// The body's path, relative to the manifest.
    var file: String
    var description: String
    /// What each binding set (`openai`, `infercom`) must do with the body; absent: not covered.
    var bindings: [String: Expectation]
}

/// How one binding set must decode a body.
struct Expectation: Decodable {
    /// The Swift type to decode the body as.
    var type: String
    /// JSON pointer → the union cases it must land in, outermost first, joined by `.`
    /// (`item.functionCall`: the `item` case of one union whose payload is the `functionCall` case of another).
    var members: [String: String]?
    /// Set for a body that fits no member: decoding must fail with this coding path (a JSON pointer).
    var errorAt: String?

    enum CodingKeys: String, CodingKey {
        case type, members
        case errorAt = "error_at"
    }
}
