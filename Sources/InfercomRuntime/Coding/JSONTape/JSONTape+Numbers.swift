import Foundation

/// Numbers as `JSONDecoder` reads them: an integer type takes a number written as an integer
/// within its range, or any number whose value is exactly an integer in range (`1.0`, `1e2`); a
/// floating-point type takes any number whose value is finite in it and not a non-zero value
/// rounded to zero. Anything else is not representable and throws, never a clamped value.
extension JSONTape {
    func numberText(at index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[Int(token.start)..<Int(token.start + token.count)], as: UTF8.self)
    }

    func integer<T: FixedWidthInteger>(at index: Int, as type: T.Type) -> T? {
        let token = tokens[index]
        guard token.isInteger else {
            guard let double = double(at: index) else { return nil }
            return T(exactly: double)
        }
        return bytes.withUnsafeBufferPointer { buffer -> T? in
            var position = Int(token.start)
            let end = position + Int(token.count)
            let negative = buffer[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            var value: T = 0
            while position < end {
                let digit = T(buffer[position] - UInt8(ascii: "0"))
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                // Accumulate negatives downwards so that T.min is reachable.
                let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                value = next
                position += 1
            }
            return value
        }
    }

    func double(at index: Int) -> Double? {
        let token = tokens[index]
        // Integers of up to 15 digits are exact in a Double: no text conversion needed.
        if token.isInteger, token.count <= 15, let integer = integer(at: index, as: Int64.self) { return Double(integer) }
        guard let value = Double(numberText(at: index)), value.isFinite else { return nil }
        if value == 0, hasNonZeroDigit(token) { return nil }
        return value
    }

    func float(at index: Int) -> Float? {
        guard let double = double(at: index) else { return nil }
        let value = Float(double)
        guard value.isFinite, value != 0 || double == 0 else { return nil }
        return value
    }

    func decimal(at index: Int) -> Decimal? {
        Decimal(string: numberText(at: index), locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Whether the mantissa has a digit other than zero (the exponent does not count).
    private func hasNonZeroDigit(_ token: JSONToken) -> Bool {
        for position in Int(token.start)..<Int(token.start + token.count) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }
}
