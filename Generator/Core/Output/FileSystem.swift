#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The handful of POSIX calls the output stage needs, with failures turned into diagnostics.
///
/// POSIX rather than FileManager because the guarantees matter here: `O_EXCL` temp files,
/// `rename(2)` for atomic replacement, and errno text in every error message.
enum FileSystem {
    /// The file's bytes, or `nil` if nothing exists at `path`. Reading stops, with an error, once
    /// more than `limit` bytes arrived (so `/dev/zero` or a huge file cannot stall the caller).
    static func contents(of path: String, limit: Int = .max) throws(DiagnosticError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure("open", path)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        // Sized once from the file's length (growing a 3 MB array chunk by chunk copies it several
        // times); still read to the end, since a file may grow, or report no size (pipes, /dev).
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(min(Int(info.st_size), limit) + 1) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw DiagnosticError(.error(
                    "'\(path)' is more than \(limit) bytes, the limit (see --max-document-bytes)",
                    at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
    }

    /// Replaces `path` with `bytes` so that readers see either the old file or the new one, never
    /// a partial write: the bytes go to a temp file in the same directory, which is then renamed.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(DiagnosticError) {
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let suffix = String(UInt32.random(in: .min ... .max), radix: 16)
        let temp = "\(directory).\(base).tmp-\(getpid())-\(suffix)"

        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("create", temp) }
        var renamed = false
        defer { if !renamed { unlink(temp) } }
        do {
            defer { close(fd) }
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("write", temp)
                }
                offset += count
            }
            // open(2)'s mode is filtered by the umask; an existing file's permissions are kept exactly.
            if fchmod(fd, mode) != 0 { throw failure("set permissions of", temp) }
        }
        guard rename(temp, path) == 0 else { throw failure("rename \(temp) to", path) }
        renamed = true
    }

    /// `mkdir -p`: creates `path` and any missing parents.
    static func makeDirectories(_ path: String) throws(DiagnosticError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST { throw failure("create directory", prefix) }
            var info = stat()
            guard stat(prefix, &info) == 0 else { throw failure("create directory", prefix) }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw DiagnosticError(.error("cannot create directory '\(prefix)': a file is in the way", at: nil))
            }
            prefix += "/"
        }
    }

    static func remove(_ path: String) throws(DiagnosticError) {
        if unlink(path) != 0, errno != ENOENT { throw failure("delete", path) }
    }

    /// Relative paths of the regular `.swift` files under `directory` (symlinks are never followed);
    /// empty if the directory does not exist.
    static func swiftFiles(in directory: String, recursive: Bool) throws(DiagnosticError) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? directory : "\(directory)/\(relative)"
            guard let entries = try directoryEntries(absolute) else {
                if relative.isEmpty { return [] }
                throw failure("list directory", absolute)
            }
            for entry in entries {
                let name = relative.isEmpty ? entry : "\(relative)/\(entry)"
                var info = stat()
                guard lstat("\(directory)/\(name)", &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG where entry.hasSuffix(".swift"): found.append(name)
                case S_IFDIR where recursive: pending.append(name)
                default: break
                }
            }
        }
        return found.sorted()
    }

    /// The names in a directory (without `.` and `..`), or `nil` if it does not exist.
    static func directoryEntries(_ path: String) throws(DiagnosticError) -> [String]? {
        guard let directory = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure("list directory", path)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// "cannot <verb> '<path>': <strerror(errno)>", read from errno at the call.
    static func failure(_ verb: String, _ path: String) -> DiagnosticError {
        let reason = String(cString: strerror(errno))
        return DiagnosticError(.error("cannot \(verb) '\(path)': \(reason)", at: nil))
    }
}
