/// SHA-256 as specified by FIPS 180-4, implemented in Swift because CryptoKit does not exist on Linux
/// and the generator takes no package dependencies.
///
/// Used to fingerprint inputs and outputs (e.g. a spec hash in generated headers); not intended for
/// hashing secrets, so no effort is made to be constant-time.
public enum SHA256 {
    /// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal characters.
    public static func hexDigest<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var state = State()
        // Fast path for contiguous storage (Array, String.UTF8View of native strings, Data, …).
        let handled: Void? = bytes.withContiguousStorageIfAvailable { state.absorb($0) }
        if handled == nil { Array(bytes).withUnsafeBufferPointer { state.absorb($0) } }
        return state.finish().map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}

extension SHA256 {
    /// Running hash state: the eight working words plus a partial block awaiting more input.
    struct State {
        private var h: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
            0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        private var pending: [UInt8] = []
        private var totalBytes: UInt64 = 0

        mutating func absorb(_ bytes: UnsafeBufferPointer<UInt8>) {
            totalBytes &+= UInt64(bytes.count)
            var offset = 0
            // Top up a partial block first, then hash whole blocks straight from the input.
            if !pending.isEmpty {
                let take = min(64 - pending.count, bytes.count)
                pending.append(contentsOf: bytes[0..<take])
                offset = take
                guard pending.count == 64 else { return }
                let block = pending  // a copy, so `compress` may mutate `self` while reading it
                block.withUnsafeBufferPointer { compress($0, from: 0) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = (bytes.count - offset) / 64 * 64
            compress(UnsafeBufferPointer(rebasing: bytes[offset..<offset + whole]), from: 0)
            pending.append(contentsOf: bytes[(offset + whole)...])
        }

        /// Applies the padding (a 1 bit, zeros, 64-bit big-endian bit length) and returns the digest words.
        mutating func finish() -> [UInt32] {
            let bitLength = totalBytes &* 8
            var tail = pending
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
            }
            tail.withUnsafeBufferPointer { compress($0, from: 0) }
            return h
        }

        /// Hashes every whole 64-byte block of `blocks` from `offset` on. The working words and the
        /// message schedule live in locals and a stack buffer: going through the `h` and constant
        /// arrays for each of the 64 rounds (bounds and uniqueness checks) made hashing a 3 MB spec
        /// cost several times more.
        private mutating func compress(_ blocks: UnsafeBufferPointer<UInt8>, from offset: Int) {
            guard blocks.count - offset >= 64 else { return }
            var h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7]
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                SHA256.roundConstants.withUnsafeBufferPointer { k in
                    var base = offset
                    while blocks.count - base >= 64 {
                        for t in 0..<16 {
                            let i = base + t * 4
                            w[t] = UInt32(blocks[i]) << 24 | UInt32(blocks[i + 1]) << 16
                                | UInt32(blocks[i + 2]) << 8 | UInt32(blocks[i + 3])
                        }
                        for t in 16..<64 {
                            let w15 = w[t - 15], w2 = w[t - 2]
                            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7
                        for t in 0..<64 {
                            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                            let choose = (e & f) ^ (~e & g)
                            let t1 = hh &+ s1 &+ choose &+ k[t] &+ w[t]
                            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let t2 = s0 &+ majority
                            hh = g; g = f; f = e; e = d &+ t1
                            d = c; c = b; b = a; a = t1 &+ t2
                        }
                        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                        h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= hh
                        base += 64
                    }
                }
            }
            h = [h0, h1, h2, h3, h4, h5, h6, h7]
        }

        @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
            (x >> n) | (x << (32 - n))
        }
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
