/// A string enum that stays open: values the bindings do not know decode into an `unknown` case
/// that keeps the raw string and encodes it back unchanged.
///
/// Generated enums implement `init(rawValue:)` and `rawValue`; coding comes from this protocol.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable where RawValue == String {
    init(rawValue: String)
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
