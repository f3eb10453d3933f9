/// Reading free-form values straight from the tape: `JSONValue` and `JSONKind` ask the tape for a
/// value's kind instead of probing a `Decoder` with attempts that throw when wrong. The results are
/// those of the probing path (the same kinds, numbers and first-wins duplicate keys).
extension TapeDecoder {
    func jsonValue(at index: Int) throws -> JSONValue {
        let token = tape.tokens[index]
        switch token.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .string: return .string(tape.string(at: index))
        case .number:
            if let integer = tape.integer(at: index, as: Int64.self) { return .integer(integer) }
            return .number(try decodeDouble(at: index, key: nil))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(token.count))
            var element = index + 1
            while element < Int(token.next) {
                elements.append(try jsonValue(at: element))
                element = tape.next(after: element)
            }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(Int(token.count))
            var key = index + 1
            while key < Int(token.next) {
                let name = tape.string(at: key)
                if members[name] == nil { members[name] = try jsonValue(at: key + 1) }
                key = tape.next(after: key + 1)
            }
            return .object(members)
        }
    }

    /// The kind of the value, as ``JSONKind/init(of:among:)`` decides it.
    var jsonKind: JSONKind {
        switch tape.tokens[index].kind {
        case .null: .null
        case .true, .false: .boolean
        case .string: .string
        case .array: .array
        case .object: .object
        case .number: tape.integer(at: index, as: Int64.self) != nil ? .integer : .number
        }
    }
}
