/// The value of an `x-` key, taken out of the YAML when the document is read: generator hints are
/// checked against this, so no YAML node reaches the OpenAPI model.
public struct ExtensionValue: Sendable, Hashable {
    /// The text of a scalar; `nil` for a list or a mapping.
    public var stringValue: String?
    /// The elements of a list; `nil` for a scalar or a mapping.
    public var sequenceElements: [ExtensionValue]?
    /// Where the value is written, for diagnostics.
    public var location: SourceLocation

    init(_ node: YAMLNode) {
        stringValue = node.stringValue
        sequenceElements = node.sequenceElements?.map(ExtensionValue.init)
        location = node.location
    }
}
