/// An open enum whose known values are its `allCases`: `init(rawValue:)` is the case whose
/// `rawValue` matches, else ``unknown(_:)``. A generated enum spells each value once, in its
/// `rawValue` switch, and both directions of the mapping come from there.
public protocol CaseListedOpenEnum: OpenEnum, CaseIterable {
    /// A value the bindings do not know, kept as it was (the generated `case unknown(String)`).
    static func unknown(_ rawValue: String) -> Self
}

extension CaseListedOpenEnum {
    /// The known case spelled `rawValue`, or `unknown(rawValue)`: the same comparisons, in the same
    /// order, as a `switch` over the string would make.
    @inlinable public init(rawValue: String) {
        for value in Self.allCases where value.rawValue == rawValue {
            self = value
            return
        }
        self = .unknown(rawValue)
    }
}
