import Foundation

/// Files under `Tests/Fixtures`, found relative to this source file (the test target declares no resources).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SSE
        .deletingLastPathComponent()  // InfercomTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures")

    /// The bytes of `name`, or `nil` when the fixture is not there.
    static func bytes(_ name: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
            return nil
        }
        return [UInt8](data)
    }

    static func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }
}
