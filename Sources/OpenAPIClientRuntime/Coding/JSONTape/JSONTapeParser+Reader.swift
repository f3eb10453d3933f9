extension JSONTapeParser {
    /// A cursor over the document's bytes that reads one lexical element at a time.
    struct Reader {
        let input: UnsafeBufferPointer<UInt8>
        var offset = 0

        @inline(__always) func peek() -> UInt8? { offset < input.count ? input[offset] : nil }

        func error(_ reason: String) -> JSONSyntaxError { JSONSyntaxError(reason, at: offset, in: input) }

        mutating func skipByteOrderMark() {
            if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { offset = 3 }
        }

        @inline(__always) mutating func skipWhitespace() {
            while offset < input.count {
                switch input[offset] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): offset += 1
                default: return
                }
            }
        }

        mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
            let count = literal.utf8CodeUnitCount
            guard input.count - offset >= count,
                  (0..<count).allSatisfy({ input[offset + $0] == literal.utf8Start[$0] }) else {
                throw error("expected '\(literal)'")
            }
            offset += count
        }

        /// A number per the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        mutating func readNumber() throws(JSONSyntaxError) -> JSONToken {
            let start = offset
            if input[offset] == UInt8(ascii: "-") { offset += 1 }
            guard let first = peek(), isDigit(first) else { throw error("expected a digit in a number") }
            offset += 1
            if first != UInt8(ascii: "0") { skipDigits() }
            var isInteger = true
            if peek() == UInt8(ascii: ".") {
                isInteger = false
                offset += 1
                guard let digit = peek(), isDigit(digit) else { throw error("expected a digit after '.' in a number") }
                skipDigits()
            }
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                isInteger = false
                offset += 1
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
                guard let digit = peek(), isDigit(digit) else { throw error("expected a digit in a number's exponent") }
                skipDigits()
            }
            return JSONToken(kind: .number, flag: isInteger, start: Int32(start), count: Int32(offset - start), next: 0)
        }

        @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        @inline(__always) private mutating func skipDigits() {
            while offset < input.count, isDigit(input[offset]) { offset += 1 }
        }

        /// A string from its opening quote: checks escapes and UTF-8, records whether it must be unescaped.
        mutating func readString() throws(JSONSyntaxError) -> JSONToken {
            offset += 1
            let start = offset
            var escaped = false
            while offset < input.count {
                let byte = input[offset]
                if byte == UInt8(ascii: "\"") {
                    defer { offset += 1 }
                    return JSONToken(kind: .string, flag: escaped, start: Int32(start), count: Int32(offset - start), next: 0)
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                    try readEscape()
                } else if byte < 0x20 {
                    throw error("unescaped control character (\(JSONTapeParser.describe(byte))) in a string")
                } else if byte < 0x80 {
                    offset += 1
                } else {
                    try readUTF8Sequence()
                }
            }
            throw error("unterminated string")
        }

        private mutating func readEscape() throws(JSONSyntaxError) {
            guard offset + 1 < input.count else { throw error("unterminated escape in a string") }
            switch input[offset + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                offset += 2
            case UInt8(ascii: "u"):
                let unit = try hexUnit(at: offset + 2)
                offset += 6
                if (0xD800...0xDBFF).contains(unit) {
                    guard offset + 1 < input.count, input[offset] == UInt8(ascii: "\\"), input[offset + 1] == UInt8(ascii: "u"),
                          (0xDC00...0xDFFF).contains(try hexUnit(at: offset + 2)) else {
                        throw error("unpaired UTF-16 surrogate in a \\u escape")
                    }
                    offset += 6
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw error("unpaired UTF-16 surrogate in a \\u escape")
                }
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(input[offset + 1])))' in a string")
            }
        }

        func hexUnit(at position: Int) throws(JSONSyntaxError) -> UInt16 {
            guard position + 4 <= input.count else { throw error("expected four hex digits after \\u") }
            var unit: UInt16 = 0
            for index in position..<position + 4 {
                guard let digit = JSONTapeParser.hexValue(input[index]) else { throw error("expected four hex digits after \\u") }
                unit = unit << 4 | UInt16(digit)
            }
            return unit
        }

        /// One multi-byte UTF-8 sequence, well-formed per the Unicode standard (table 3-7): no
        /// overlong forms, no surrogates, nothing above U+10FFFF.
        private mutating func readUTF8Sequence() throws(JSONSyntaxError) {
            let lead = input[offset]
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: throw error("invalid UTF-8 in a string")
            }
            guard offset + length <= input.count, secondRange.contains(input[offset + 1]),
                  (2..<length).allSatisfy({ (0x80...0xBF).contains(input[offset + $0]) }) else {
                throw error("invalid UTF-8 in a string")
            }
            offset += length
        }
    }

    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
