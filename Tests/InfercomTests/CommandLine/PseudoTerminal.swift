import Foundation
import Glibc

/// A pseudo-terminal pair, so a subprocess's stdout and stderr are a terminal (`isatty` is true)
/// while the test reads what it writes.
final class PseudoTerminal {
    /// The side the test reads.
    let controller: Int32
    /// The side the subprocess writes: hand it to `Process` as stdout and stderr.
    let device: FileHandle

    init() throws {
        // posix_openpt and friends are not visible through Swift's Glibc module: the same steps by hand.
        controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard controller >= 0 else { throw POSIXError(.ENODEV) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(controller, Self.unlockRequest, &unlock) == 0, ioctl(controller, Self.numberRequest, &number) == 0 else {
            close(controller)
            throw POSIXError(.ENODEV)
        }
        let deviceFD = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard deviceFD >= 0 else {
            close(controller)
            throw POSIXError(.ENODEV)
        }
        device = FileHandle(fileDescriptor: deviceFD, closeOnDealloc: true)
    }

    deinit { close(controller) }

    // TIOCSPTLCK (_IOW('T', 0x31, int)) and TIOCGPTN (_IOR('T', 0x30, unsigned int)) as Linux
    // defines them for x86_64 and arm64; the Glibc module does not export the macros.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430

    /// Everything written until every writer closed the device (call after closing the test's own
    /// copy of it), without the carriage returns the terminal adds before line feeds.
    func readToEnd() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(controller, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break  // EIO: no writer is left
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
