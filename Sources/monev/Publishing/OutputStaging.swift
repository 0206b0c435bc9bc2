import Foundation
import MonevCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Atomic publication of one period's output folder.
///
/// A run writes everything into `<out>/.<YYYY-QN>.staging-<pid>`, beside the target and so on
/// the same file system, and only when every file is complete and flushed swaps it with
/// `<out>/<YYYY-QN>` in one `rename`. Until that instant the previous outputs are untouched;
/// after it the new ones are complete. A run that dies at any point (bad path, full disk,
/// crash, SIGTERM, SIGKILL) leaves at most a hidden staging folder, which the next run for the
/// same period removes.
struct OutputStaging {
    let outRoot: String
    let period: Period
    /// The hidden folder being filled.
    let folder: String
    /// The published folder `<out>/<YYYY-QN>`.
    let target: String

    static func targetPath(outRoot: String, period: Period) -> String {
        (outRoot as NSString).appendingPathComponent(period.description)
    }

    private static func stagingPrefix(_ period: Period) -> String { ".\(period).staging-" }
    private static func setAsidePrefix(_ period: Period) -> String { ".\(period).previous-" }

    /// Creates the output root if needed; exit 73 when that is impossible (a file in the way,
    /// a read-only or missing mount).
    static func prepareRoot(_ outRoot: String) throws(RunFailure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: outRoot, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw RunFailure(.cannotCreate, "cannot write to \(outRoot): it exists and is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: outRoot, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.cannotCreate, "cannot create the output folder \(outRoot): \(Self.reason(error))")
        }
    }

    /// Repairs what interrupted runs of this period left: a previous folder set aside by a run
    /// killed in the middle of a two-step replacement is put back if the period folder is
    /// missing, then every staging and set-aside folder is removed. Only called while holding the
    /// period lock, which proves no live run owns any of them. Returns what it did, for the log.
    static func recoverAndClean(outRoot: String, period: Period) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outRoot)) ?? []).sorted()
        let path = { (name: String) in (outRoot as NSString).appendingPathComponent(name) }
        let target = targetPath(outRoot: outRoot, period: period)
        var done: [String] = []
        var existing = stat()
        if lstat(target, &existing) != 0, let aside = names.last(where: { $0.hasPrefix(setAsidePrefix(period)) }),
           Posix.rename(path(aside), target) == nil {
            done.append("restored \(target) from \(path(aside)), set aside by an interrupted run")
        }
        for name in names where name.hasPrefix(stagingPrefix(period)) || name.hasPrefix(setAsidePrefix(period)) {
            guard FileManager.default.fileExists(atPath: path(name)) else { continue }
            if (try? FileManager.default.removeItem(atPath: path(name))) != nil {
                done.append("removed \(path(name)), left by an interrupted run")
            }
        }
        return done
    }

    /// Makes an empty staging folder for this process.
    static func create(outRoot: String, period: Period) throws(RunFailure) -> OutputStaging {
        let folder = (outRoot as NSString).appendingPathComponent(stagingPrefix(period) + String(Posix.processID))
        guard mkdir(folder, 0o755) == 0 else {
            throw RunFailure(.cannotCreate, "cannot create the staging folder \(folder): \(Posix.describe(errno))")
        }
        return OutputStaging(outRoot: outRoot, period: period, folder: folder, target: targetPath(outRoot: outRoot, period: period))
    }

    /// Absolute path of a file inside the staging folder, creating the folders above it.
    /// `relative` is built by monev from checked components (see `UnitFolderName`), never
    /// taken from input as is.
    func prepare(_ relative: String) throws(RunFailure) -> String {
        let path = (folder as NSString).appendingPathComponent(relative)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.cannotCreate, "cannot create \(parent): \(Self.reason(error))")
        }
        return path
    }

    /// Writes a whole file, reporting the system's reason (a full disk says "No space left on
    /// device") so the exit-73 message is actionable.
    func write(_ bytes: some Collection<UInt8>, to relative: String) throws(RunFailure) {
        let path = try prepare(relative)
        if let code = Posix.writeFile(path, bytes: bytes) {
            throw RunFailure(.cannotCreate, "cannot write \(path): \(Posix.describe(code))")
        }
    }

    /// Brings an already published file into the staging folder unchanged (a `--unit` rerun
    /// keeps everything it does not regenerate). A hard link shares the bytes, so the file is
    /// provably not rewritten; where links are not supported it is copied.
    func carryOver(_ relative: String) throws(RunFailure) {
        let source = (target as NSString).appendingPathComponent(relative)
        let destination = try prepare(relative)
        do {
            do {
                try FileManager.default.linkItem(atPath: source, toPath: destination)
            } catch {
                try FileManager.default.copyItem(atPath: source, toPath: destination)
            }
        } catch {
            throw RunFailure(.cannotCreate, "cannot carry \(source) over into the new output: \(Self.reason(error))")
        }
    }

    /// Every regular file in the staging folder, as sorted `/`-separated relative paths.
    func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { found.append(relative) }
        }
        return found.sorted()
    }

    /// Flushes every file and folder, then swaps the staging folder into place in one step.
    /// The previous folder, now at the staging path, is removed afterwards; if that removal is
    /// interrupted, the next run for the period finishes it. Returns the path of a previous
    /// tree that could not be removed, for a warning.
    @discardableResult
    func publish() throws(RunFailure) -> String? {
        try syncTree()
        var existing = stat()
        if lstat(target, &existing) == 0 {
            if let code = Posix.exchange(folder, target) {
                guard [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(code) else {
                    throw RunFailure(.cannotCreate, "cannot replace \(target): \(Posix.describe(code))")
                }
                try replaceInTwoSteps()
            }
        } else if let code = Posix.rename(folder, target) {
            throw RunFailure(.cannotCreate, "cannot publish \(target): \(Posix.describe(code))")
        }
        _ = Posix.fsync(path: outRoot)
        for old in [folder, setAside] where FileManager.default.fileExists(atPath: old) {
            if (try? FileManager.default.removeItem(atPath: old)) == nil { return old }
        }
        return nil
    }

    /// Where the previous folder waits during a two-step replacement.
    var setAside: String { (outRoot as NSString).appendingPathComponent(Self.setAsidePrefix(period) + String(Posix.processID)) }

    /// The replacement for file systems without an atomic exchange (NFS and SMB shares refuse
    /// `RENAME_EXCHANGE`): the previous folder is renamed aside, then the new one into place.
    /// Between the two renames the period folder is briefly absent but never partial, and the
    /// previous one is still on disk: if the run dies right there, the next run puts it back
    /// (`recoverAndClean`).
    func replaceInTwoSteps() throws(RunFailure) {
        if let code = Posix.rename(target, setAside) {
            throw RunFailure(.cannotCreate, "cannot move the previous \(target) aside: \(Posix.describe(code))")
        }
        if let code = Posix.rename(folder, target) {
            _ = Posix.rename(setAside, target)
            throw RunFailure(.cannotCreate, "cannot publish \(target): \(Posix.describe(code))")
        }
    }

    /// Removes the staging folder after a failure; the published folder was never touched.
    func discard() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func syncTree() throws(RunFailure) {
        var folders = [folder]
        if let walker = FileManager.default.enumerator(atPath: folder) {
            while let relative = walker.nextObject() as? String {
                let path = (folder as NSString).appendingPathComponent(relative)
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                    folders.append(path)
                } else if let code = Posix.fsync(path: path) {
                    throw RunFailure(.cannotCreate, "cannot flush \(path) to disk: \(Posix.describe(code))")
                }
            }
        }
        for path in folders {
            if let code = Posix.fsync(path: path) {
                throw RunFailure(.cannotCreate, "cannot flush \(path) to disk: \(Posix.describe(code))")
            }
        }
    }

    /// The system's reason inside a Foundation error ("No space left on device"), not its
    /// generic "The operation could not be completed".
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Posix.describe(Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return Posix.describe(Int32(ns.code)) }
        return ns.localizedDescription
    }
}
