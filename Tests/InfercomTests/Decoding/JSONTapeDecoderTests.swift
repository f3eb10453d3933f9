import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// The client decodes with ``JSONTapeDecoder``; these specify that it reads JSON as Foundation's
/// `JSONDecoder` does (the same values, the same rejections, errors at the same coding paths), and
/// where it says more.
@Suite("JSONTapeDecoder reads JSON as JSONDecoder does")
struct JSONTapeDecoderTests {
    /// Both decoders on one document: equal values, or both an error of the same kind at the same path.
    static func agree<T: Decodable & Equatable>(
        _ json: String, as type: T.Type, sameError: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        agree(Array(json.utf8), as: type, sameError: sameError, sourceLocation: sourceLocation)
    }

    /// `sameError: false` for `JSONValue`, whose probing `init(from:)` turns JSONDecoder's lazily
    /// found syntax errors inside a value into a type mismatch of the last attempt.
    static func agree<T: Decodable & Equatable>(
        _ bytes: [UInt8], as type: T.Type, sameError: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let ours = Result { try JSONTapeDecoder().decode(T.self, from: bytes) }
        let theirs = Result { try JSONDecoder().decode(T.self, from: Data(bytes)) }
        let document = String(decoding: bytes.prefix(200), as: UTF8.self)
        switch (ours, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a == b, "\(T.self) from \(document)", sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)) where sameError:
            #expect(ErrorShape(a) == ErrorShape(b), "\(T.self) from \(document): \(a) vs \(b)", sourceLocation: sourceLocation)
        case (.failure, .failure):
            break
        default:
            Issue.record("\(T.self) from \(document): tape \(ours) vs JSONDecoder \(theirs)", sourceLocation: sourceLocation)
        }
    }

    /// A `DecodingError`'s case and coding path, which both decoders must share.
    struct ErrorShape: Equatable {
        let kind: String
        let path: [String]
        init(_ error: any Error) {
            guard let error = error as? DecodingError else {
                kind = "not a DecodingError: \(error)"
                path = []
                return
            }
            let context: DecodingError.Context
            switch error {
            case .typeMismatch(_, let c): (kind, context) = ("typeMismatch", c)
            case .valueNotFound(_, let c): (kind, context) = ("valueNotFound", c)
            case .keyNotFound(let key, let c): (kind, context) = ("keyNotFound \(key.stringValue)", c)
            case .dataCorrupted(let c): (kind, context) = ("dataCorrupted", c)
            @unknown default: (kind, context) = ("unknown", DecodingError.Context(codingPath: [], debugDescription: ""))
            }
            path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        }
    }

    @Test("Numbers: integers in range, integral floating values, and nothing rounded or clamped")
    func numbers() {
        for json in ["0", "-0", "1", "-1", "1.0", "1e2", "1E+2", "100e-2", "2.5e1", "0e0", "0.0e5", "1.5", "1e-1", "9223372036854775807",
                     "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e19", "9007199254740993.0"] {
            Self.agree(json, as: Int.self)
            Self.agree(json, as: Int64.self)
        }
        for json in ["-0", "-0.0", "-1", "-1.0", "255", "255.0", "256", "256.0", "18446744073709551615", "18446744073709551616"] {
            Self.agree(json, as: UInt8.self)
            Self.agree(json, as: UInt64.self)
        }
        for json in ["0.1", "-0.0", "1e400", "-1e400", "5e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623157e309",
                     "9223372036854775808", "12345678901234567890123", "0.30000000000000004", "123456789012345", "1234567890123456789"] {
            Self.agree(json, as: Double.self)
        }
        for json in ["0.1", "3.4e38", "3.4e39", "16777217"] {
            Self.agree(json, as: Float.self)
        }
        for json in ["1.5", "0.1", "-12345678901234567890.5"] {
            Self.agree(json, as: Decimal.self)
        }
    }

    @Test("An integer type takes a number's exact value, never a truncated one (where JSONDecoder truncates)")
    func exactIntegers() throws {
        let decoder = JSONTapeDecoder()
        let exact: [(String, Int64)] = [("1.000", 1), ("12.5e1", 125), ("1250e-1", 125), ("-0.0", 0), ("9007199254740993.0", 9_007_199_254_740_993),
                                        ("-9223372036854775808.0", .min), ("0.0000e99999999", 0), ("922337203685477580.7e1", .max)]
        for (json, value) in exact {
            #expect(try decoder.decode(Int64.self, from: Array(json.utf8)) == value, "\(json)")
        }
        for json in ["4503599627370496.5", "1.0000000000000000000001", "1.5e0", "125e-1", "9223372036854775807.5", "1e99999999999", "-1e-99999"] {
            #expect(throws: DecodingError.self, "\(json)") { try decoder.decode(Int64.self, from: Array(json.utf8)) }
        }
        #expect(try decoder.decode(JSONValue.self, from: Array("[2.0, 2.5, 1e2]".utf8)) == [.integer(2), .number(2.5), .integer(100)])
    }

    @Test("A number too small for a Double or Float reads as the nearest one, zero, as IEEE rounding has it (JSONDecoder rejects it)")
    func underflow() throws {
        let decoder = JSONTapeDecoder()
        #expect(try decoder.decode(Double.self, from: Array("1e-400".utf8)) == 0)
        #expect(try decoder.decode(Double.self, from: Array("-1e-400".utf8)).sign == .minus)
        #expect(try decoder.decode(Float.self, from: Array("1e-50".utf8)) == 0)
        #expect(try decoder.decode(JSONValue.self, from: Array("4410697922825650450e-397".utf8)) == .number(0))
        #expect(throws: DecodingError.self) { try decoder.decode(Int.self, from: Array("4410697922825650450e-397".utf8)) }
    }

    @Test("Syntax: what JSONDecoder rejects is rejected, its leniencies (byte order mark, trailing comma) kept")
    func syntax() {
        for json in ["\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\\u0041\"", "\"a\tb\"", "\"\\u0000\""] {
            Self.agree(json, as: String.self)
        }
        for json in ["", " ", "01", "-", "+1", "1.", ".5", "1e", "1e+", "NaN", "Infinity", "nul", "tru", "[1 2]", "[1,]", "[,1]", "[,]",
                     "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "[1]]", "{\"a\":1}}", "1 2", " 1 ", "\u{FEFF}1", "[", "{",
                     "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\\u0041\"",
                     "\"a\tb\"", "\"\\u0000\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "[1,2,3,]", "{\"a\":[{},[]],\"b\":{\"c\":null}}"] {
            Self.agree(json, as: JSONValue.self, sameError: false)
        }
        // Invalid UTF-8 in strings: lone continuation, overlong, surrogate, beyond U+10FFFF, truncated.
        for bytes: [UInt8] in [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80]] {
            Self.agree([0x22] + bytes + [0x22], as: String.self)
        }
    }

    @Test("Nesting is limited as JSONDecoder limits it, and a deep document cannot exhaust the stack")
    func nesting() {
        for depth in [511, 512, 513, 100_000] {
            let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let ours = Result { try JSONTapeDecoder().decode(JSONValue.self, from: Array(json.utf8)) }
            if depth > 512 {
                guard case .failure(let error) = ours, case .dataCorrupted = error as? DecodingError else {
                    Issue.record("depth \(depth) decoded: \(ours)")
                    continue
                }
            } else {
                Self.agree(json, as: JSONValue.self)
            }
        }
    }

    @Test("Of duplicate keys the first wins, in typed members, free-form objects and unknown members alike")
    func duplicateKeys() throws {
        Self.agree(#"{"a":1,"b":2,"a":3}"#, as: [String: Int].self)
        Self.agree(#"{"a":1,"b":2,"a":3}"#, as: JSONValue.self)
        Self.agree(#"{"type":"output_text","text":"first","annotations":[],"text":"second","x":1,"x":2}"#, as: OutputText.self)
        let text = try JSONTapeDecoder().decode(OutputText.self, from: Array(#"{"type":"output_text","text":"a","x":1,"text":"b","x":2}"#.utf8))
        #expect(text.text == "a")
        #expect(text.additionalProperties == ["x": 1])
    }

    @Test("Errors name the same coding path as JSONDecoder's, for generated types too")
    func errorPaths() {
        Self.agree(#"{"a":null}"#, as: [String: Int].self)
        Self.agree(#"[1,"x"]"#, as: [Int].self)
        Self.agree(#"{"type":"response.output_text.delta","sequence_number":"1","item_id":"m","output_index":0,"content_index":0,"delta":"x"}"#,
                   as: ResponseStreamEvent.self)
        Self.agree(#"{"type":"response.output_text.delta","sequence_number":1,"output_index":0,"content_index":0,"delta":"x"}"#,
                   as: ResponseStreamEvent.self)
        Self.agree(#"{"type":"response.completed","sequence_number":3,"response":{"id":"r","object":"response","created_at":1,"status":"completed","model":"m","output":[{"type":"message","id":"m","role":"assistant","status":"completed","content":[{"type":"output_text","text":7,"annotations":[]}]}]}}"#,
                   as: ResponseStreamEvent.self)
    }

    @Test("A syntax error says where, by line and column")
    func syntaxErrorLocation() throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONTapeDecoder().decode(JSONValue.self, from: Array("{\n  \"a\": [1,\n  2 3]\n}".utf8))
        }
        guard case .dataCorrupted(let context) = error, let syntax = context.underlyingError as? JSONSyntaxError else {
            Issue.record("not a syntax error: \(error)")
            return
        }
        #expect(syntax.line == 3)
        #expect(syntax.column == 5)
        #expect(syntax.reason.contains("expected ','"))
    }

    @Test("Random documents and their mutations: both decoders accept the same ones and read them alike")
    func randomDocuments() {
        var generator = SplitMix64(seed: 0x1A2B_3C4D)
        for _ in 0..<1500 {
            let document = Array(RandomJSON.document(using: &generator).utf8)
            Self.agree(document, as: NumbersByValue.self, sameError: false)
            var mutated = document
            for _ in 0...Int.random(in: 0...2, using: &generator) where !mutated.isEmpty {
                let position = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: mutated.remove(at: position)
                case 1: mutated.insert(RandomJSON.interestingByte(using: &generator), at: position)
                default: mutated[position] = RandomJSON.interestingByte(using: &generator)
                }
            }
            Self.agree(mutated, as: NumbersByValue.self, sameError: false)
        }
    }

    /// A `JSONValue` whose numbers compare by value: where JSONDecoder truncates a non-integral
    /// number into `.integer`, the tape keeps `.number` (see `exactIntegers`).
    struct NumbersByValue: Decodable, Equatable {
        let value: JSONValue
        init(from decoder: any Decoder) throws { value = try JSONValue(from: decoder) }
        static func == (a: Self, b: Self) -> Bool { normalized(a.value) == normalized(b.value) }
        static func normalized(_ value: JSONValue) -> JSONValue {
            switch value {
            case .integer(let integer): .number(Double(integer))
            case .array(let elements): .array(elements.map(normalized))
            case .object(let members): .object(members.mapValues(normalized))
            default: value
            }
        }
    }
}
