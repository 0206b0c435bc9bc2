import Foundation
import MonevCore

/// The input root as `monev run` reads it: the file system, with the SHA-256 of every file taken
/// from the very bytes ingestion parses. run.json then names exactly what was read. A file read
/// in pieces (`StreamedDrop`) is hashed as its pieces are read from the start in order; reading
/// a piece again later (a unit's rows) does not touch the digest.
final class RecordingInput: InputSource, @unchecked Sendable {
    private let files: FileSystemInput
    private let lock = NSLock()
    /// Relative path → SHA-256; guarded by `lock`.
    private var digests: [String: String] = [:]
    /// Files being hashed piece by piece: the digest so far and the offset it has reached.
    private var running: [String: (digest: SHA256Hex.Running, offset: Int)] = [:]

    init(root: String) { files = FileSystemInput(root: root) }

    func directoryExists(_ relativePath: String) -> Bool { files.directoryExists(relativePath) }

    func read(_ relativePath: String) throws -> [UInt8]? {
        guard let bytes = try files.read(relativePath) else { return nil }
        let digest = SHA256Hex.of(bytes)
        lock.withLock {
            digests[relativePath] = digest
            running[relativePath] = nil
        }
        return bytes
    }

    func read(_ relativePath: String, offset: Int, count: Int) throws -> [UInt8]? {
        guard let bytes = try files.read(relativePath, offset: offset, count: count) else { return nil }
        lock.withLock {
            if offset == 0 && digests[relativePath] == nil && running[relativePath] == nil {
                running[relativePath] = (SHA256Hex.Running(), 0)
            }
            guard var state = running[relativePath], state.offset == offset else { return }
            bytes.withUnsafeBytes { state.digest.update($0) }
            state.offset += bytes.count
            if bytes.count < count {
                digests[relativePath] = state.digest.finalize()
                running[relativePath] = nil
            } else {
                running[relativePath] = state
            }
        }
        return bytes
    }

    /// Every file read so far, relative path → SHA-256.
    var readFiles: [String: String] { lock.withLock { digests } }

    /// The newest `YYYY-QN` folder under `root`: what a bare `monev run` processes.
    static func newestPeriod(in root: String) -> Period? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in
            var isFolder: ObjCBool = false
            let path = (root as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            return Period(name).flatMap { $0.description == name ? $0 : nil }
        }.max()
    }
}
