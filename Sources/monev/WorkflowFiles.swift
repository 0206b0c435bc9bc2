import Foundation
import MonevCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps the workflow commands (template, status, archive) share: finding the
/// quarter folders, writing a file only where none exists, printing to standard error.
enum WorkflowFiles {
    /// Why a file could not be written (errno text), for exit 73.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// The quarter folders (`YYYY-QN`) directly under `root`, oldest first.
    static func periods(in root: String) -> [Period] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in
            var isFolder: ObjCBool = false
            guard let p = Period(name), p.description == name,
                  FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder), isFolder.boolValue
            else { return nil }
            return p
        }.sorted()
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func makeFolder(_ path: String) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Writes a new file at `path` and returns true; returns false, touching nothing, when a file
    /// is already there. The bytes are written under a temporary name first and then linked into
    /// place (`link` fails rather than replace), so the file appears whole and nothing is ever
    /// overwritten, even by a second command running at the same time.
    static func createNew(_ path: String, write: (String) throws(WriteError) -> Void) throws(WriteError) -> Bool {
        if exists(path) { return false }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        defer { unlink(temporary) }
        try write(temporary)
        if link(temporary, path) != 0 {
            if errno == EEXIST { return false }
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        return true
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if fsync(fd) != 0, failure == nil { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure { throw WriteError(path: path, reason: String(cString: strerror(failure))) }
    }

    /// The settings file, or the defaults without one (`PeriodRun.loadConfig`), with its failure
    /// printed as `monev COMMAND: error: …` and turned into the exit code.
    static func loadConfig(_ path: String?, command: String) throws -> MonevConfig {
        do {
            return try PeriodRun.loadConfig(path)
        } catch {
            StandardError.shared.writeLine("monev \(command): error: \(error.message)")
            throw error.status.exitCode
        }
    }
}
