/// A JSON document parsed once into a flat list of tokens, which the decoder reads in place.
///
/// Why not `JSONDecoder`: every generated struct asks its object for *all* its keys (to keep the
/// members the spec does not describe), and unions read their tag before the member decodes the
/// same object. `JSONDecoder` builds a dictionary per keyed container and another array per
/// `allKeys`, which made that trust work cost more than the decoding itself. On a tape, a
/// container is an index, `allKeys` is a walk over the members, and a key lookup compares bytes.
///
/// The tape is validated whole before anything is decoded (grammar, UTF-8, escapes, nesting
/// depth), so every later read is infallible except for the type checks a `Decoder` makes.
final class JSONTape {
    /// The document's bytes; tokens refer to them by offset.
    let bytes: [UInt8]
    /// The values in document order: a container is followed by its members (an object's as key,
    /// value pairs), so a container's subtree is the tokens up to its `next`.
    let tokens: [JSONToken]

    /// The index of a `null` token after the document's own tokens: what `superDecoder(forKey:)`
    /// decodes when the key is absent, as `JSONDecoder` does.
    var absentValue: Int { tokens.count - 1 }

    init(bytes: [UInt8], tokens: [JSONToken]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The index of the first token after the value at `index` and its members.
    @inline(__always) func next(after index: Int) -> Int {
        let token = tokens[index]
        return token.kind.isContainer ? Int(token.next) : index + 1
    }
}

/// One value of a ``JSONTape``: a container, a string (also an object's key), a number or a literal.
struct JSONToken {
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null

        var isContainer: Bool { self == .object || self == .array }
    }

    var kind: Kind
    /// For a string: whether it contains escapes (its text must be unescaped). For a number: whether
    /// it is written as an integer (no fraction, no exponent). For an object: whether two of its
    /// keys may be the same (then lookups scan from the first member, so the first one wins).
    var flag: Bool
    /// For a string or number: the offset of its text in the document (after the opening quote).
    var start: Int32
    /// For a string or number: the length of its text in bytes (without quotes). For a container:
    /// its number of members or elements.
    var count: Int32
    /// For a container: the index of the first token after its subtree.
    var next: Int32

    var isEscapedString: Bool { flag }
    var isInteger: Bool { flag }
    var mayHaveDuplicateKeys: Bool { flag }
}
