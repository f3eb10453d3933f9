/// Which characters of a spec's names may appear in a Swift identifier.
///
/// Deliberately narrower than what Swift accepts: ASCII letters and digits, plus non-ASCII letters
/// and decimal digits inside the ranges Swift allows in identifiers. Excluded on purpose, although
/// Swift allows some of them: combining marks, joiners, and the directional formatting characters
/// U+202A–U+202E, which can make an identifier read differently from what it is.
enum IdentifierCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return swiftIdentifierRanges.contains { $0.contains(scalar.value) }
        default:
            return false
        }
    }

    /// `raw` with every scalar that is not allowed replaced by a space, so it separates words.
    static func separatingUnsafe(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            result.unicodeScalars.append(isAllowed(scalar) ? scalar : " ")
        }
        return result
    }

    /// `name` without the scalars that are not allowed (case mapping can introduce some: the
    /// capital of `ǰ` is `J` plus a combining caron).
    static func filtered(_ name: String) -> String {
        // Nearly every name is already ASCII letters and digits: nothing to remove.
        let isASCIIAlphanumeric = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        if name.utf8.allSatisfy(isASCIIAlphanumeric) { return name }
        var result = ""
        for scalar in name.unicodeScalars where isAllowed(scalar) { result.unicodeScalars.append(scalar) }
        return result
    }

    /// The non-ASCII ranges of Swift's `identifier-head` (The Swift Programming Language, Lexical
    /// Structure), minus U+200B–U+200D and U+202A–U+202E.
    static let swiftIdentifierRanges: [ClosedRange<UInt32>] = [
        0xA8...0xA8, 0xAA...0xAA, 0xAD...0xAD, 0xAF...0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE,
        0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x2FF, 0x370...0x167F, 0x1681...0x180D,
        0x180F...0x1DBF, 0x1E00...0x1FFF, 0x203F...0x2040, 0x2054...0x2054, 0x2070...0x20CF,
        0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF,
        0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D,
        0xFD40...0xFDCF, 0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD, 0x10000...0x1FFFD,
        0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD, 0x50000...0x5FFFD, 0x60000...0x6FFFD,
        0x70000...0x7FFFD, 0x80000...0x8FFFD, 0x90000...0x9FFFD, 0xA0000...0xAFFFD, 0xB0000...0xBFFFD,
        0xC0000...0xCFFFD, 0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]
}
