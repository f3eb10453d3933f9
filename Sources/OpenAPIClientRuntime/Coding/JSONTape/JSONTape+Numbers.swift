import Foundation

/// Numbers: an integer type takes any number whose value is exactly an integer in its range,
/// however it is written (`1`, `1.0`, `1e2`, `100e-2`), computed from the digits, never through a
/// `Double`; a floating-point type takes any number whose nearest value in it is finite (a value
/// too small reads as zero, as IEEE rounding has it; `JSONDecoder` rejects it). Anything else is
/// not representable and throws, never a truncated or clamped value. (`JSONDecoder` agrees except that it truncates some non-integral values for
/// integer types, e.g. `4503599627370496.5` becomes `4503599627370496`; here that is an error.)
extension JSONTape {
    func numberText(at index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[Int(token.start)..<Int(token.start + token.count)], as: UTF8.self)
    }

    func integer<T: FixedWidthInteger>(at index: Int, as type: T.Type) -> T? {
        let token = tokens[index]
        return bytes.withUnsafeBufferPointer { buffer -> T? in
            let text = UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.start + token.count)])
            return token.isInteger ? Self.integer(digits: text, as: T.self) : Self.integralValue(of: text, as: T.self)
        }
    }

    /// `-?[0-9]+` as `T`, or `nil` when out of range.
    private static func integer<T: FixedWidthInteger>(digits text: UnsafeBufferPointer<UInt8>, as type: T.Type) -> T? {
        let negative = text.first == UInt8(ascii: "-")
        var value: T = 0
        for byte in text.dropFirst(negative ? 1 : 0) {
            let digit = T(byte - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatives downwards so that T.min is reachable.
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
        }
        return value
    }

    /// A number with a fraction or an exponent as `T`, when its value is exactly an integer in
    /// range: the mantissa's digits shifted by the exponent, with every digit shifted out a zero.
    private static func integralValue<T: FixedWidthInteger>(of text: UnsafeBufferPointer<UInt8>, as type: T.Type) -> T? {
        var mantissa: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var index = text.first == UInt8(ascii: "-") ? 1 : 0
        var inFraction = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                index += 1
                let negativeExponent = text[index] == UInt8(ascii: "-")
                if text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
                for digit in text[index...] {
                    exponent = min(exponent * 10 + Int(digit - UInt8(ascii: "0")), 1_000_000)  // beyond any integer type
                }
                if negativeExponent { exponent = -exponent }
                break
            } else {
                mantissa.append(byte)
                if inFraction { fractionDigits += 1 }
            }
            index += 1
        }
        guard let firstNonZero = mantissa.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
        var digits = Array(mantissa[firstNonZero...])
        let shift = exponent - fractionDigits
        if shift < 0 {
            guard -shift <= digits.count, digits.suffix(-shift).allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
            digits.removeLast(-shift)
        } else {
            guard digits.count + shift <= 40 else { return nil }  // more digits than any integer type holds
            digits += repeatElement(UInt8(ascii: "0"), count: shift)
        }
        if text.first == UInt8(ascii: "-") { digits.insert(UInt8(ascii: "-"), at: 0) }
        return digits.withUnsafeBufferPointer { integer(digits: $0, as: T.self) }
    }

    func double(at index: Int) -> Double? {
        let token = tokens[index]
        // Integers of up to 15 digits are exact in a Double: no text conversion needed.
        if token.isInteger, token.count <= 15, let integer = integer(at: index, as: Int64.self) { return Double(integer) }
        guard let value = Double(numberText(at: index)), value.isFinite else { return nil }
        return value
    }

    func float(at index: Int) -> Float? {
        guard let double = double(at: index) else { return nil }
        let value = Float(double)
        return value.isFinite ? value : nil
    }

    func decimal(at index: Int) -> Decimal? {
        Decimal(string: numberText(at: index), locale: Locale(identifier: "en_US_POSIX"))
    }
}
