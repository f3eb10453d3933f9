import Glibc

/// stdout or stderr, written with `write(2)` and no buffering: a streamed answer appears as each
/// piece arrives, and stdout and stderr stay in order on a terminal.
struct StandardStream: Sendable {
    let descriptor: Int32

    static let output = StandardStream(descriptor: STDOUT_FILENO)
    static let error = StandardStream(descriptor: STDERR_FILENO)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // the reader went away (a closed pipe): nothing left to tell it
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
