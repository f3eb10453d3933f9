/// Percent-encoding that keeps only RFC 3986 unreserved characters, which is safe in a path
/// segment, a query name and a query value alike.
enum PercentEncoding {
    static func encode(_ value: String) -> String {
        let utf8 = value.utf8
        if utf8.allSatisfy(isUnreserved) { return value }
        let hex = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isUnreserved(byte) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `?name=value&…` for the items (empty when there are none); `&` when `path` has a query already.
    static func queryString(_ items: [QueryItem], appendingTo path: String) -> String {
        guard !items.isEmpty else { return "" }
        let pairs = items.map { encode($0.name) + "=" + encode($0.value) }
        return (path.contains("?") ? "&" : "?") + pairs.joined(separator: "&")
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
