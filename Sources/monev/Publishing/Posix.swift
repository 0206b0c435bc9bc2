import MonevCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls publication needs that Foundation does not offer: an atomic swap of two
/// folders, `fsync` of files and folders, and readable `errno` text.
enum Posix {
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Swaps two existing paths in one step, so a reader sees either the old folder or the new
    /// one, never neither. Linux's `renameat2(RENAME_EXCHANGE)` is looked up at run time because
    /// the Glibc module Swift imports does not declare it (it needs `_GNU_SOURCE`).
    static func exchange(_ a: String, _ b: String) -> Int32? {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE, <linux/fs.h>
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 ? nil : errno
        #else
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 ? nil : errno
        #endif
    }

    /// Plain `rename(2)`: atomic when the destination does not exist yet.
    static func rename(_ from: String, _ to: String) -> Int32? {
        #if canImport(Glibc)
        return Glibc.rename(from, to) == 0 ? nil : errno
        #else
        return Darwin.rename(from, to) == 0 ? nil : errno
        #endif
    }

    /// Flushes a file's or folder's data and metadata to the disk, so what `rename` publishes
    /// survives a power cut and not only a killed process.
    static func fsync(path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        #if canImport(Glibc)
        return Glibc.fsync(fd) == 0 ? nil : errno
        #else
        return Darwin.fsync(fd) == 0 ? nil : errno
        #endif
    }

    /// Creates or truncates `path` and writes all of `bytes`; returns the errno of the first
    /// failure. `close` counts too: NFS and quotas report a failed write only there.
    static func writeFile(_ path: String, bytes: some Collection<UInt8>) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        let failure = bytes.withContiguousStorageIfAvailable { writeAll(fd, UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { writeAll(fd, $0) }
        let closed = close(fd) == 0 ? nil : errno
        return failure ?? closed
    }

    /// SHA-256 (hex) and size of a file, read in 1 MiB pieces; nil when it cannot be read.
    static func sha256(ofFile path: String) -> (String, Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var digest = SHA256Hex.Running()
        var size = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress!, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return (digest.finalize(), size) }
            digest.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            size += n
        }
    }

    /// Closes a descriptor; the errno when closing reports a failed write.
    static func closeFile(_ fd: Int32) -> Int32? { close(fd) == 0 ? nil : errno }

    /// Writes all of `bytes` to an open descriptor, retrying short writes and interruptions.
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    static var processID: Int32 { getpid() }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown-host" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True when standard error is a terminal: progress lines go there and nowhere else
    /// (never into cron mail or a log file).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A file written piece by piece from one thread: the consolidated CSV files, appended unit by
/// unit. A failed write is remembered and reported by `close` (the writer calling `append` has
/// no way to throw).
final class PieceFile: @unchecked Sendable {
    let path: String
    private var fd: Int32
    private var failure: Int32?

    init?(_ path: String) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
    }

    func append(_ text: String) {
        guard failure == nil else { return }
        var text = text
        failure = text.withUTF8 { Posix.writeAll(fd, UnsafeRawBufferPointer($0)) }
    }

    func close() throws(RunFailure) {
        let closed = Posix.closeFile(fd)
        fd = -1
        if let code = failure ?? closed { throw RunFailure(.cannotCreate, "cannot write \(path): \(Posix.describe(code))") }
    }

    deinit { if fd >= 0 { _ = Posix.closeFile(fd) } }
}
