import Testing

@testable import GeneratorCore

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
    @Test("the empty message hashes to the standard digest")
    func empty() {
        #expect(SHA256.hexDigest(of: [UInt8]())
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("\"abc\" hashes to the standard one-block digest")
    func abc() {
        #expect(SHA256.hexDigest(of: "abc".utf8)
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the 448-bit message forces padding into a second block")
    func twoBlocks() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hexDigest(of: message.utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("the 896-bit message hashes to the standard digest")
    func longerTwoBlocks() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexDigest(of: message.utf8)
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("one million 'a' bytes hash to the standard digest")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: message)
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("non-contiguous collections and every length around the block boundary agree with contiguous input")
    func nonContiguousInput() {
        for length in 50...130 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let lazy = bytes.lazy.map { $0 }  // a Collection without contiguous storage
            #expect(SHA256.hexDigest(of: lazy) == SHA256.hexDigest(of: bytes))
        }
        // Known vector through a non-contiguous view.
        #expect(SHA256.hexDigest(of: "abc".utf8.lazy.map { $0 })
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("messages of 'a' at every padding boundary match sha256sum", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test("digests are 64 lowercase hex characters, with leading zeros kept")
    func format() {
        for seed in 0..<64 {
            let digest = SHA256.hexDigest(of: [UInt8(seed)])
            #expect(digest.count == 64)
            #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
        }
    }
}
