/// The `userAgent` configuration setting: product tokens as RFC 9110 (section 10.1.5) defines
/// them, `name` or `name/version` separated by single spaces (`notes-swift/1.2 acme-sdk`). Only
/// products: the runtime appends the ` (Swift; <OS>)` comment itself.
enum ProductTokens {
    /// Whether `text` is a non-empty list of products.
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.split(separator: " ", omittingEmptySubsequences: false).allSatisfy(isProduct)
    }

    /// `token ["/" token]`.
    static func isProduct(_ product: Substring) -> Bool {
        let parts = product.split(separator: "/", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy(isToken)
    }

    /// One or more `tchar`s: visible ASCII except separators (RFC 9110 section 5.6.2).
    static func isToken(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isTokenCharacter)
    }

    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
