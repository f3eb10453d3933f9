/// The JSON names of the members a generated struct declares, built once per type (a `static let`)
/// so that decoding can tell the members that belong in `additionalProperties` from its own.
///
/// A few names are compared one by one, as a `switch` would; many are looked up by hash, so that
/// a large object's unknown members are not found by a scan of every name for every key.
@_spi(Generated) public struct KnownMembers: Sendable, ExpressibleByArrayLiteral {
    /// Up to this many names a scan is cheaper than hashing the key.
    @usableFromInline static let scanLimit = 8

    @usableFromInline let names: [String]
    @usableFromInline let hashed: Set<String>

    public init(_ names: [String]) {
        self.names = names
        hashed = names.count > Self.scanLimit ? Set(names) : []
    }

    public init(arrayLiteral names: String...) { self.init(names) }

    @inlinable public func contains(_ name: String) -> Bool {
        names.count > Self.scanLimit ? hashed.contains(name) : names.contains(name)
    }
}
