#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MonevCore

/// The input root on disk. Files are read with POSIX calls straight into one `[UInt8]`
/// (a 100 MB SKP file is read once, not copied through `Data`).
struct FileSystemInput: InputSource {
    let root: String

    struct ReadError: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    fileprivate func fullPath(_ relativePath: String) -> String { root + "/" + relativePath }

    func directoryExists(_ relativePath: String) -> Bool {
        var info = stat()
        return stat(fullPath(relativePath), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    func read(_ relativePath: String) throws -> [UInt8]? {
        try withOpenFile(relativePath) { fd, path in
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw ReadError(path: path, code: errno) }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw ReadError(path: path, code: EISDIR) }
            return try readBytes(fd, path: path, offset: 0, count: Int(info.st_size))
        }
    }

    /// `count` bytes from `offset` (fewer at the end of the file): a piece of a large file, or
    /// one unit's rows read back.
    func read(_ relativePath: String, offset: Int, count: Int) throws -> [UInt8]? {
        try withOpenFile(relativePath) { fd, path in try readBytes(fd, path: path, offset: offset, count: count) }
    }

    /// `body` with the file open for reading; nil when it does not exist.
    private func withOpenFile(_ relativePath: String, _ body: (Int32, String) throws -> [UInt8]) throws -> [UInt8]? {
        let path = fullPath(relativePath)
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw ReadError(path: path, code: errno)
        }
        defer { close(fd) }
        return try body(fd, path)
    }

    /// Up to `count` bytes from `offset`, with `pread` retried until the end of the file.
    private func readBytes(_ fd: Int32, path: String, offset: Int, count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let n = pread(fd, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ReadError(path: path, code: errno)
                }
                if n == 0 { break }
                initialized += n
            }
        }
    }
}

extension IngestionFailure {
    /// What `validate`, `status` and `template` print when a drop cannot be read at all, in the
    /// `path: error: message` form of every other diagnostic.
    func report(inputRoot: String) -> [String] {
        switch self {
        case .periodFolderMissing(let folder):
            ["\(inputRoot)/\(folder): error: the period folder does not exist"]
        case .requiredFilesMissing(let paths):
            paths.map { "\(inputRoot)/\($0): error: required file is missing" }
        }
    }
}
