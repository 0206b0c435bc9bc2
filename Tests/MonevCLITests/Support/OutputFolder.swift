import Foundation
import MonevCore

/// What the tests check a published period folder against.
enum OutputFolder {
    /// Every regular file under `folder`, relative path → SHA-256 of its bytes (nil when the
    /// folder is absent). Digests keep a failed comparison readable.
    static func snapshot(_ folder: String) -> [String: String]? {
        files(folder)?.mapValues(SHA256Hex.of)
    }

    /// Every regular file under `folder`, relative path → bytes (nil when the folder is absent).
    static func files(_ folder: String) -> [String: [UInt8]]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        var files: [String: [UInt8]] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                files[relative] = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            }
        }
        return files
    }

    static func manifest(_ folder: String) throws -> RunManifest {
        let data = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("run.json")))
        return try RunManifest.decode(json: [UInt8](data))
    }

    /// The ways the folder disagrees with its run.json: a listed file missing or with other
    /// bytes, a file present but not listed. Empty when the folder is whole and consistent.
    static func manifestProblems(_ folder: String) -> [String] {
        guard let files = files(folder) else { return ["\(folder) does not exist"] }
        guard let manifest = try? manifest(folder) else { return ["run.json missing or unreadable"] }
        var problems: [String] = []
        for output in manifest.outputs {
            guard let bytes = files[output.path] else {
                problems.append("\(output.path) listed but missing")
                continue
            }
            if SHA256Hex.of(bytes) != output.sha256 { problems.append("\(output.path): sha256 differs from run.json") }
            if bytes.count != output.bytes { problems.append("\(output.path): size differs from run.json") }
        }
        let listed = Set(manifest.outputs.map(\.path) + ["run.json"])
        for path in files.keys.sorted() where !listed.contains(path) { problems.append("\(path) present but not listed") }
        return problems
    }

    /// The inodes of the files under `folder`: a file kept by a `--unit` rerun keeps its inode.
    static func inodes(_ folder: String) -> [String: Int] {
        var inodes: [String: Int] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                inodes[relative] = walker?.fileAttributes?[.systemFileNumber] as? Int
            }
        }
        return inodes
    }
}
