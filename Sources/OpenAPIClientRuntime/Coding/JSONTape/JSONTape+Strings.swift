import Foundation

extension JSONTape {
    /// The text of the string token at `index` (validated by the parser, so this cannot fail).
    func string(at index: Int) -> String {
        let token = tokens[index]
        return bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.start + token.count)])
            return token.isEscapedString ? Self.unescape(text) : String(decoding: text, as: UTF8.self)
        }
    }

    /// Whether the string token at `index` spells `key` (byte for byte after unescaping).
    @inline(__always) func string(at index: Int, equals key: String) -> Bool {
        let token = tokens[index]
        if token.isEscapedString { return string(at: index) == key }
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == Int(token.count) else { return false }
            guard let keyBase = utf8.baseAddress else { return true }
            return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(token.start), keyBase, utf8.count) == 0 }
        }
    }

    private static func unescape(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = text[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexUnit(text, at: index))
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {  // the parser checked the low surrogate follows
                    let low = UInt32(hexUnit(text, at: index + 2))
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                output.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            default: output.append(escape)  // '"', '\\', '/'
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexUnit(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16 {
        (index..<index + 4).reduce(0) { $0 << 4 | UInt16(JSONTapeParser.hexValue(text[$1])!) }
    }
}
