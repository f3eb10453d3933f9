import Foundation
import Synchronization

/// A private CA and a server certificate for 127.0.0.1/localhost, made with the `openssl` command
/// line in a fresh temporary directory the first time a test asks for them.
struct TestCertificates: Sendable {
    let directory: URL
    /// The CA's certificate (PEM): what a client must trust.
    let caFile: URL
    let serverCertificateFile: URL
    let serverKeyFile: URL
    /// Signed by the same CA, but for `other.invalid` only: wrong for 127.0.0.1.
    let otherHostCertificateFile: URL

    var caPEM: String { (try? String(contentsOf: caFile, encoding: .utf8)) ?? "" }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Made once per test process; every TLS test shares them.
    static func shared() throws -> TestCertificates {
        try cache.withLock { cached in
            if let cached { return try cached.get() }
            let result = Result { try make() }
            cached = result
            return try result.get()
        }
    }

    private static let cache = Mutex<Result<TestCertificates, any Error>?>(nil)

    private static func make() throws -> TestCertificates {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("infercom-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        testCertificatesDirectory.withLock { $0 = directory.path }
        atexit { if let path = testCertificatesDirectory.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) } }
        let path = { (name: String) in directory.appendingPathComponent(name).path }
        try File.write(path("server.ext"), """
            basicConstraints = critical, CA:FALSE
            keyUsage = critical, digitalSignature, keyEncipherment
            extendedKeyUsage = serverAuth
            subjectAltName = IP:127.0.0.1, DNS:localhost

            """)
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2",
                     "-subj", "/CN=Infercom Test CA", "-keyout", path("ca.key"), "-out", path("ca.pem"),
                     "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
        try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-sha256", "-subj", "/CN=127.0.0.1",
                     "-keyout", path("server.key"), "-out", path("server.csr")])
        try openssl(["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                     "-CAcreateserial", "-days", "2", "-sha256", "-extfile", path("server.ext"), "-out", path("server.pem")])
        try File.write(path("other.ext"), "basicConstraints = critical, CA:FALSE\nextendedKeyUsage = serverAuth\nsubjectAltName = DNS:other.invalid\n")
        try openssl(["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                     "-CAcreateserial", "-days", "2", "-sha256", "-extfile", path("other.ext"), "-out", path("other.pem")])
        return TestCertificates(
            directory: directory, caFile: URL(fileURLWithPath: path("ca.pem")),
            serverCertificateFile: URL(fileURLWithPath: path("server.pem")), serverKeyFile: URL(fileURLWithPath: path("server.key")),
            otherHostCertificateFile: URL(fileURLWithPath: path("other.pem")))
    }

    private static func openssl(_ arguments: [String]) throws {
        let output = try ExternalProgram.run("openssl", arguments)
        guard output.status == 0 else {
            throw Failure(description: "openssl \(arguments.first ?? "") failed (\(output.status)): \(output.text)")
        }
    }
}

/// The certificates' directory, removed when the test process exits (a global: `atexit` takes a C function).
private let testCertificatesDirectory = Mutex<String?>(nil)

enum File {
    static func write(_ path: String, _ text: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Finds and runs the command-line tools the TLS tests need (openssl, nginx).
enum ExternalProgram {
    /// The executable named `name` on PATH or in the usual system directories (nginx lives in /usr/sbin).
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin", "/sbin"]
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs to completion; stdout and stderr together.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        guard let executable = find(name) else {
            throw TestCertificates.Failure(description: "`\(name)` is not installed (run `make tls-deps`)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
