// Shared by the benchmark executables: clocks, CPU time, medians, arguments, results as JSON,
// and the stamp scanner that the raw streaming clients use to find each event's server stamp.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CLOCK_MONOTONIC in nanoseconds: the clock the server stamps events with.
@inline(__always)
public func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

public func nowSeconds() -> Double { Double(monotonicNanoseconds()) / 1e9 }

/// User + system CPU seconds of this process, all threads.
public func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// The value at `fraction` (0…1) of the sorted values (nearest rank, as the C client does).
public func percentile(_ sorted: [UInt64], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))])
}

/// Prints one JSON object of numbers and strings on a line (the orchestrator reads it).
public func emit(_ fields: KeyValuePairs<String, Any>) {
    let body = fields.map { key, value -> String in
        switch value {
        case let number as Double: return "\"\(key)\":\(number.isFinite ? String(number) : "null")"
        case let number as Int: return "\"\(key)\":\(number)"
        case let text as String:
            let escaped = text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n")
            return "\"\(key)\":\"\(escaped)\""
        default: return "\"\(key)\":\"\(value)\""
        }
    }
    print("{" + body.joined(separator: ",") + "}")
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}

/// `--name value` arguments.
public struct Arguments {
    public let positional: [String]
    private let options: [String: String]

    public init(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--"), index + 1 < arguments.count {
                options[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            } else {
                positional.append(argument)
                index += 1
            }
        }
        self.positional = positional
        self.options = options
    }

    public func string(_ name: String, default value: String) -> String { options[name] ?? value }
    public func int(_ name: String, default value: Int) -> Int { options[name].flatMap { Int($0) } ?? value }
}

/// The request body every transport client sends.
public let requestBody = #"{"model":"gpt-oss-120b","input":"Say hello.","max_output_tokens":16}"#

/// Finds each complete event ("\n\n"-terminated) in a byte stream and reads the server's stamp
/// (19 digits after `"item_id":"msg_`), as the C client does. Used by the raw URLSession and
/// async-http-client clients; chunks may split events anywhere.
public struct StampScanner {
    public private(set) var delays: [UInt64] = []
    public private(set) var bytes = 0
    private var pending: [UInt8] = []
    private static let marker = Array(#""item_id":"msg_"#.utf8)

    public init() { delays.reserveCapacity(1 << 16) }

    public var events: Int { delays.count }

    public mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        let received = monotonicNanoseconds()
        bytes += chunk.count
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let count = chunk.count
        var start = 0
        if !pending.isEmpty {
            // Complete the event held over from the previous chunk.
            var end = -1
            var index = 0
            while index < count {
                if base[index] == 0x0A, index > 0 ? base[index - 1] == 0x0A : pending.last == 0x0A {
                    end = index
                    break
                }
                index += 1
            }
            let take = end >= 0 ? end + 1 : count
            pending.append(contentsOf: UnsafeBufferPointer(start: base, count: take))
            guard end >= 0 else { return }
            pending.withUnsafeBufferPointer { event($0.baseAddress!, $0.count, received) }
            pending.removeAll(keepingCapacity: true)
            start = take
        }
        while start < count {
            guard let found = findBlankLine(in: base + start, count: count - start) else {
                pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
                return
            }
            let end = start + found
            event(base + start, end + 2 - start, received)
            start = end + 2
        }
    }

    private mutating func event(_ base: UnsafePointer<UInt8>, _ count: Int, _ received: UInt64) {
        let marker = Self.marker
        guard let found = marker.withUnsafeBytes({ find($0, in: base, count: count) }) else { return }
        let digits = base + found + marker.count
        guard base.distance(to: digits) + 19 <= count else { return }
        var stamp: UInt64 = 0
        for index in 0..<19 { stamp = stamp &* 10 &+ UInt64(digits[index] &- 0x30) }
        delays.append(received &- stamp)
    }
}

/// Reads the stamp from an item id `msg_` + 19 digits (the typed clients get it from the event).
public func stamp(fromItemID id: String) -> UInt64? {
    var id = id
    return id.withUTF8 { utf8 -> UInt64? in
        guard utf8.count == 23 else { return nil }
        var stamp: UInt64 = 0
        for index in 4..<23 { stamp = stamp &* 10 &+ UInt64(utf8[index] &- 0x30) }
        return stamp
    }
}

/// Prints the result of a streaming run: event count, rate, delay percentiles, CPU per event.
public func emitStream(delays: [UInt64], bytes: Int, seconds elapsed: Double, cpu: Double) {
    let sorted = delays.sorted()
    emit([
        "events": sorted.count, "bytes": bytes, "seconds": elapsed,
        "events_per_s": Double(sorted.count) / elapsed,
        "p50_us": percentile(sorted, 0.5) / 1000, "p99_us": percentile(sorted, 0.99) / 1000,
        "cpu_us_per_event": cpu * 1e6 / Double(max(1, sorted.count)),
    ])
}

public func emitRequests(count: Int, seconds elapsed: Double, cpu: Double) {
    emit([
        "requests": count, "seconds": elapsed, "rps": Double(count) / elapsed,
        "cpu_us_per_request": cpu * 1e6 / Double(count),
    ])
}

public func fail(_ message: String) -> Never {
    var standardError = StandardError()
    print("error: \(message)", to: &standardError)
    exit(1)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

/// The first occurrence of `needle` in `haystack[0..<count]`, or nil (memchr on its first byte).
@inline(__always)
public func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafePointer<UInt8>, count: Int) -> Int? {
    let first = needle.load(as: UInt8.self)
    var position = 0
    while position + needle.count <= count {
        guard let hit = memchr(haystack + position, Int32(first), count - position - needle.count + 1) else { return nil }
        let index = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(haystack + index, needle.baseAddress!, needle.count) == 0 { return index }
        position = index + 1
    }
    return nil
}

/// The offset of the first "\n\n" in `haystack[0..<count]`, or nil.
@inline(__always)
public func findBlankLine(in haystack: UnsafePointer<UInt8>, count: Int) -> Int? {
    var position = 0
    while position + 1 < count {
        guard let hit = memchr(haystack + position, 0x0A, count - position - 1) else { return nil }
        let index = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if haystack[index + 1] == 0x0A { return index }
        position = index + 1
    }
    return nil
}
