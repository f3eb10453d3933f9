import Foundation
import Glibc

/// nginx on 127.0.0.1 terminating TLS (with the test CA's server certificate) in front of a
/// `LoopbackServer`: any test handler is served over real HTTPS, HTTP/2 where enabled.
///
/// Each response carries `X-Served-Protocol` (nginx's `$server_protocol`: `HTTP/2.0` or `HTTP/1.1`),
/// so a test can see what was negotiated from the server's side. nginx runs in the foreground
/// (`daemon off`, one process) from a generated config in a temporary prefix; `stop()` ends it.
final class TLSFrontServer: @unchecked Sendable {
    let port: UInt16
    let backend: LoopbackServer
    private let process: Process
    private let prefix: URL

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// - Parameters:
    ///   - http2: whether nginx offers `h2` in ALPN (otherwise only HTTP/1.1).
    ///   - otherHost: serve the certificate issued for another host name.
    init(http2: Bool = true, otherHost: Bool = false, certificates: TestCertificates, handler: @escaping LoopbackServer.Handler) throws {
        guard let nginx = ExternalProgram.find("nginx") else {
            throw Failure(description: "nginx is not installed; `make tls-deps` (run by `make test`) installs it")
        }
        backend = try LoopbackServer(handler: handler)
        var lastError = ""
        // The port is picked free, then handed to nginx; another process may take it in between, so retry.
        for _ in 0..<5 {
            let port = try LoopbackSocket.closedPort()
            let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("infercom-nginx-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
            try File.write(prefix.appendingPathComponent("nginx.conf").path,
                           Self.configuration(
                port: port, http2: http2, backendPort: backend.port, prefix: prefix,
                certificate: otherHost ? certificates.otherHostCertificateFile : certificates.serverCertificateFile,
                key: certificates.serverKeyFile))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: nginx)
            process.arguments = ["-p", prefix.path, "-c", prefix.appendingPathComponent("nginx.conf").path,
                                 "-e", prefix.appendingPathComponent("error.log").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if Self.waitUntilAccepting(port: port, process: process) {
                self.port = port
                self.process = process
                self.prefix = prefix
                return
            }
            Self.kill(process)
            lastError = (try? String(contentsOf: prefix.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: prefix)
        }
        backend.stop()
        throw Failure(description: "nginx did not start: \(lastError)")
    }

    deinit { stop() }

    /// `https://127.0.0.1:<port>` followed by `path`.
    func url(_ path: String = "/") -> String { "https://127.0.0.1:\(port)\(path)" }

    func stop() {
        Self.kill(process)
        backend.stop()
        try? FileManager.default.removeItem(at: prefix)
    }

    /// SIGKILL: the test process blocks SIGTERM in its threads and the child inherits that mask,
    /// so a single-process nginx would never see a SIGTERM.
    private static func kill(_ process: Process) {
        if process.isRunning {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Readiness, not a fixed sleep: polls the port until a TCP connect succeeds, nginx exits
    /// (port taken, bad config), or a generous bound passes.
    private static func waitUntilAccepting(port: UInt16, process: Process) -> Bool {
        for _ in 0..<12_000 {  // at least a minute: nginx starts slowly on a loaded machine
            guard process.isRunning else { return false }
            if canConnect(port: port) { return true }
            usleep(5_000)
        }
        return false
    }

    static func canConnect(port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = LoopbackSocket.loopbackAddress(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func configuration(
        port: UInt16, http2: Bool, backendPort: UInt16, prefix: URL, certificate: URL, key: URL
    ) -> String {
        let temp = prefix.path
        return """
            daemon off;
            master_process off;
            worker_processes 1;
            pid \(temp)/nginx.pid;
            error_log \(temp)/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path \(temp)/body;
                proxy_temp_path \(temp)/proxy;
                fastcgi_temp_path \(temp)/fastcgi;
                uwsgi_temp_path \(temp)/uwsgi;
                scgi_temp_path \(temp)/scgi;
                server {
                    listen 127.0.0.1:\(port) ssl\(http2 ? " http2" : "");
                    ssl_certificate \(certificate.path);
                    ssl_certificate_key \(key.path);
                    location / {
                        proxy_pass http://127.0.0.1:\(backendPort);
                        proxy_http_version 1.1;
                        proxy_buffering off;
                        proxy_request_buffering off;
                        add_header X-Served-Protocol $server_protocol always;
                    }
                }
            }

            """
    }
}
