/// An object type that stays open: members its schema does not describe are kept in
/// ``additionalProperties`` when decoding and written back when encoding, so nothing a server
/// sends is lost on the way through.
///
/// Generated structs conform; their own members, coding and memberwise initializer are generated.
public protocol OpenObject: Codable, Hashable, Sendable {
    /// The type of the members the schema does not describe (`JSONValue` unless the schema's
    /// `additionalProperties` says otherwise).
    associatedtype AdditionalValue: Codable, Hashable, Sendable

    /// Members not described by the spec, kept so they survive a decode–encode round trip.
    /// They take part in `==` and hashing, like every member: values that encode differently are not equal.
    var additionalProperties: [String: AdditionalValue] { get set }
}
