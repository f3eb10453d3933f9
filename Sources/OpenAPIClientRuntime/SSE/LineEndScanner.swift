#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Finds CR and LF bytes in one contiguous chunk using the C library's vectorised `memchr`.
///
/// The next position of each byte is remembered, so a chunk that never contains a CR costs one
/// `memchr` pass for CR in total instead of one per line (and CR-only streams stay linear).
struct LineEndScanner {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var nextLF = -1
    private var nextCR = -1

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        end = count
    }

    /// The offset of the first CR or LF at or after `offset`, or `nil` when the chunk has none.
    mutating func lineEnd(from offset: Int) -> Int? {
        if nextLF < offset { nextLF = Self.find(0x0A, in: base, from: offset, to: end) }
        if nextCR < offset { nextCR = Self.find(0x0D, in: base, from: offset, to: end) }
        let found = min(nextLF, nextCR)
        return found == end ? nil : found
    }

    /// The offset of the first `byte` in `base[from..<to]`, or `to` when absent.
    static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
