/// The kind of a JSON value, the first evidence an untagged union uses to choose its member.
@_spi(Generated) public enum JSONKind: Sendable, Hashable {
    case null, boolean, integer, number, string, array, object

    /// A set of kinds, written as a literal in generated code (`[.string, .array]`) so asking costs no allocation.
    public struct Set: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let null = Set(rawValue: 1 << 0)
        public static let boolean = Set(rawValue: 1 << 1)
        public static let integer = Set(rawValue: 1 << 2)
        public static let number = Set(rawValue: 1 << 3)
        public static let string = Set(rawValue: 1 << 4)
        public static let array = Set(rawValue: 1 << 5)
        public static let object = Set(rawValue: 1 << 6)
        /// Every kind: a member whose schema does not restrict it.
        public static let any = Set(rawValue: 0x7F)
    }

    /// The kind's position in `allCases` order, for tables indexed by kind.
    var index: Int {
        switch self {
        case .null: 0
        case .boolean: 1
        case .integer: 2
        case .number: 3
        case .string: 4
        case .array: 5
        case .object: 6
        }
    }

    static let allCases: [JSONKind] = [.null, .boolean, .integer, .number, .string, .array, .object]

    var asSet: Set { Set(rawValue: 1 << UInt8(index)) }

    /// The kind of the value `decoder` holds, among `kinds`, or `nil` when it is of none of them.
    ///
    /// `Decoder` cannot be asked for a value's kind, only for containers and values, which fail with
    /// a type mismatch when the kind is wrong. Each attempt here is such a request and nothing else,
    /// so a `try?` can only discard "not this kind", never an error from inside a member. Only the
    /// kinds the union has members for are asked, most common first. `integer` is asked before
    /// `number`, so a union with both sends integral values to the integer member.
    public init?(of decoder: any Decoder, among kinds: Set) throws {
        if let decoder = decoder as? TapeDecoder {  // the client's own decoder knows the kind
            let kind = decoder.jsonKind
            if kinds.contains(kind.asSet) {
                self = kind
            } else if kind == .integer, kinds.contains(.number) {
                self = .number
            } else {
                return nil
            }
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            guard kinds.contains(.null) else { return nil }
            self = .null
        } else if kinds.contains(.string), (try? value.decode(String.self)) != nil {
            self = .string
        } else if kinds.contains(.object), (try? decoder.container(keyedBy: JSONKey.self)) != nil {
            self = .object
        } else if kinds.contains(.array), (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else if kinds.contains(.boolean), (try? value.decode(Bool.self)) != nil {
            self = .boolean
        } else if kinds.contains(.integer), (try? value.decode(Int64.self)) != nil {
            self = .integer
        } else if kinds.contains(.number), (try? value.decode(Double.self)) != nil {
            self = .number
        } else {
            return nil
        }
    }
}
