import Foundation

/// Parses a JSON document (RFC 8259) into tokens in one pass, without recursion.
///
/// It accepts what `JSONDecoder` accepts and nothing it rejects, with two leniencies of that
/// decoder kept on purpose (be liberal in what you accept): a UTF-8 byte order mark before the
/// document, and a trailing comma before `]` or `}`. Strings must be valid UTF-8 with valid
/// escapes (no unpaired surrogates); nesting deeper than ``maximumDepth`` is rejected, so a
/// hostile document cannot exhaust the stack of a decode.
enum JSONTapeParser {
    /// The deepest nesting accepted, as `JSONDecoder`'s.
    static let maximumDepth = 512

    private struct Open {
        let index: Int
        let isObject: Bool
        var count: Int32 = 0
    }

    static func parse(_ input: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> [JSONToken] {
        var reader = Reader(input: input)
        var tokens: [JSONToken] = []
        tokens.reserveCapacity(input.count / 8 + 2)
        var open: [Open] = []

        reader.skipByteOrderMark()
        parsing: while true {
            // A value starts here.
            reader.skipWhitespace()
            guard let byte = reader.peek() else { throw reader.error("expected a value, found the end of the document") }
            var valueEnded = true
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                guard open.count < maximumDepth else { throw reader.error("nesting deeper than \(maximumDepth) levels") }
                open.append(Open(index: tokens.count, isObject: isObject))
                tokens.append(JSONToken(kind: isObject ? .object : .array, flag: false, start: Int32(reader.offset), count: 0, next: 0))
                reader.offset += 1
                reader.skipWhitespace()
                if reader.peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    reader.offset += 1
                    close(&open, &tokens, reader.input)
                } else if isObject {
                    try readKey(&reader, &tokens)
                    valueEnded = false
                } else {
                    valueEnded = false
                }
            case UInt8(ascii: "\""):
                tokens.append(try reader.readString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                tokens.append(try reader.readNumber())
            case UInt8(ascii: "t"):
                try reader.expectLiteral("true")
                tokens.append(JSONToken(kind: .true, flag: false, start: 0, count: 0, next: 0))
            case UInt8(ascii: "f"):
                try reader.expectLiteral("false")
                tokens.append(JSONToken(kind: .false, flag: false, start: 0, count: 0, next: 0))
            case UInt8(ascii: "n"):
                try reader.expectLiteral("null")
                tokens.append(JSONToken(kind: .null, flag: false, start: 0, count: 0, next: 0))
            default:
                throw reader.error("expected a value, found \(describe(byte))")
            }
            guard valueEnded else { continue parsing }

            // A value ended: it is a member of the innermost open container, or the document.
            while !open.isEmpty {
                open[open.count - 1].count += 1
                let isObject = open[open.count - 1].isObject
                let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                reader.skipWhitespace()
                guard let byte = reader.peek() else {
                    throw reader.error("expected ',' or '\(Character(Unicode.Scalar(closing)))', found the end of the document")
                }
                if byte == UInt8(ascii: ",") {
                    reader.offset += 1
                    reader.skipWhitespace()
                    if reader.peek() == closing {  // a trailing comma, as JSONDecoder allows
                        reader.offset += 1
                        close(&open, &tokens, reader.input)
                        continue
                    }
                    if isObject { try readKey(&reader, &tokens) }
                    continue parsing
                }
                guard byte == closing else {
                    throw reader.error("expected ',' or '\(Character(Unicode.Scalar(closing)))', found \(describe(byte))")
                }
                reader.offset += 1
                close(&open, &tokens, reader.input)
            }
            reader.skipWhitespace()
            guard reader.peek() == nil else { throw reader.error("unexpected \(describe(reader.peek()!)) after the document") }
            tokens.append(JSONToken(kind: .null, flag: false, start: 0, count: 0, next: 0))  // JSONTape.absentValue
            return tokens
        }
    }

    private static func close(_ open: inout [Open], _ tokens: inout [JSONToken], _ input: UnsafeBufferPointer<UInt8>) {
        let container = open.removeLast()
        tokens[container.index].count = container.count
        tokens[container.index].next = Int32(tokens.count)
        if container.isObject, container.count > 1 {
            tokens[container.index].flag = mayHaveDuplicateKeys(object: container.index, tokens, input)
        }
    }

    /// Whether two keys of the (closed) object at `object` are the same. Escaped keys are compared
    /// by their escaped text, so a key written two ways counts as a possible duplicate: a lookup in
    /// that object then scans from its first member, which is right whether or not they are.
    private static func mayHaveDuplicateKeys(object: Int, _ tokens: [JSONToken], _ input: UnsafeBufferPointer<UInt8>) -> Bool {
        func nextKey(after key: Int) -> Int {
            let value = tokens[key + 1]
            return value.kind.isContainer ? Int(value.next) : key + 2
        }
        let end = Int(tokens[object].next)
        let count = Int(tokens[object].count)
        if count > 32 {  // large objects: hash the keys' bytes
            var seen = Swift.Set<[UInt8]>()
            var key = object + 1
            while key < end {
                let token = tokens[key]
                if token.isEscapedString { return true }
                guard seen.insert(Array(input[Int(token.start)..<Int(token.start + token.count)])).inserted else { return true }
                key = nextKey(after: key)
            }
            return false
        }
        var first = object + 1
        while first < end {
            let a = tokens[first]
            var second = nextKey(after: first)
            while second < end {
                let b = tokens[second]
                if a.isEscapedString || b.isEscapedString { return true }
                if a.count == b.count, memcmp(input.baseAddress! + Int(a.start), input.baseAddress! + Int(b.start), Int(a.count)) == 0 {
                    return true
                }
                second = nextKey(after: second)
            }
            first = nextKey(after: first)
        }
        return false
    }

    /// An object member's key and the colon after it.
    private static func readKey(_ reader: inout Reader, _ tokens: inout [JSONToken]) throws(JSONSyntaxError) {
        reader.skipWhitespace()
        guard reader.peek() == UInt8(ascii: "\"") else {
            throw reader.error(reader.peek().map { "expected a member name in quotes, found \(describe($0))" }
                ?? "expected a member name, found the end of the document")
        }
        tokens.append(try reader.readString())
        reader.skipWhitespace()
        guard reader.peek() == UInt8(ascii: ":") else {
            throw reader.error(reader.peek().map { "expected ':' after a member name, found \(describe($0))" }
                ?? "expected ':', found the end of the document")
        }
        reader.offset += 1
    }

    static func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
