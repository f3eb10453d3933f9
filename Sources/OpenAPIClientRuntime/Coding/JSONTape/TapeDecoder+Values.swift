import Foundation

/// Reading one value of the tape as a Swift type: what all three containers share.
extension TapeDecoder {
    func decodeValue<T: Decodable>(_ type: T.Type, at index: Int, key: (any CodingKey)?) throws -> T {
        // The common leaf types without a child decoder; the types JSONDecoder treats specially
        // (its default strategies), so that both read the same JSON alike.
        if T.self == String.self { return unsafeBitCast(try decodeString(at: index, key: key), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try decodeInteger(Int.self, at: index, key: key), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try decodeDouble(at: index, key: key), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try decodeBool(at: index, key: key), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try decodeInteger(Int64.self, at: index, key: key), to: T.self) }
        if T.self == URL.self { return try decodeURL(at: index, key: key) as! T }
        if T.self == Data.self { return try decodeData(at: index, key: key) as! T }
        if T.self == Decimal.self { return try decodeDecimal(at: index, key: key) as! T }
        guard let key else { return try T(from: self) }  // a single value container's own value
        return try T(from: child(at: index, key: key))
    }

    func decodeString(at index: Int, key: (any CodingKey)?) throws -> String {
        guard tape.tokens[index].kind == .string else { throw mismatch(String.self, at: index, key: key) }
        return tape.string(at: index)
    }

    func decodeBool(at index: Int, key: (any CodingKey)?) throws -> Bool {
        switch tape.tokens[index].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: index, key: key)
        }
    }

    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, at index: Int, key: (any CodingKey)?) throws -> T {
        guard tape.tokens[index].kind == .number else { throw mismatch(T.self, at: index, key: key) }
        guard let value = tape.integer(at: index, as: T.self) else { throw unrepresentable(T.self, at: index, key: key) }
        return value
    }

    func decodeDouble(at index: Int, key: (any CodingKey)?) throws -> Double {
        guard tape.tokens[index].kind == .number else { throw mismatch(Double.self, at: index, key: key) }
        guard let value = tape.double(at: index) else { throw unrepresentable(Double.self, at: index, key: key) }
        return value
    }

    func decodeFloat(at index: Int, key: (any CodingKey)?) throws -> Float {
        guard tape.tokens[index].kind == .number else { throw mismatch(Float.self, at: index, key: key) }
        guard let value = tape.float(at: index) else { throw unrepresentable(Float.self, at: index, key: key) }
        return value
    }

    private func decodeURL(at index: Int, key: (any CodingKey)?) throws -> URL {
        guard let url = URL(string: try decodeString(at: index, key: key)) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: path(key), debugDescription: "Invalid URL string."))
        }
        return url
    }

    private func decodeData(at index: Int, key: (any CodingKey)?) throws -> Data {
        guard let data = Data(base64Encoded: try decodeString(at: index, key: key)) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: path(key), debugDescription: "Encountered Data is not valid Base64."))
        }
        return data
    }

    private func decodeDecimal(at index: Int, key: (any CodingKey)?) throws -> Decimal {
        guard tape.tokens[index].kind == .number else { throw mismatch(Decimal.self, at: index, key: key) }
        guard let value = tape.decimal(at: index) else { throw unrepresentable(Decimal.self, at: index, key: key) }
        return value
    }

    // MARK: Errors, worded as JSONDecoder's

    func path(_ key: (any CodingKey)?) -> [any CodingKey] {
        guard let key else { return codingPath }
        return codingPath + [key]
    }

    func mismatch(_ type: Any.Type, at index: Int, key: (any CodingKey)?) -> DecodingError {
        let kind = tape.tokens[index].kind
        if kind == .null {
            return .valueNotFound(type, DecodingError.Context(
                codingPath: path(key), debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        let found = switch kind {
        case .object: "a dictionary"
        case .array: "an array"
        case .string: "a string"
        case .number: "number"
        case .true, .false: "bool"
        case .null: "null"
        }
        return .typeMismatch(type, DecodingError.Context(
            codingPath: path(key), debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    private func unrepresentable(_ type: Any.Type, at index: Int, key: (any CodingKey)?) -> DecodingError {
        .dataCorrupted(DecodingError.Context(
            codingPath: path(key), debugDescription: "Number \(tape.numberText(at: index)) is not representable in Swift as \(type)."))
    }
}
