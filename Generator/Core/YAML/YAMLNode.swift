/// A node of a YAML document, with the source location of its first character.
///
/// Scalars keep their raw text and style: interpretation (null, bool, number) is done on demand with
/// YAML 1.2 core-schema rules (see `YAMLNode+Access.swift`), so `yes`/`on` stay strings, unlike
/// YAML 1.1 resolvers.
public struct YAMLNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLMappingEntry])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// A scalar's text exactly as written (after YAML unescaping), its style and explicit tag.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    /// An explicit tag such as `!!str`, if the source wrote one.
    public var tag: String?

    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }
}

/// One `key: value` pair of a mapping; document order is kept.
public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
