import Foundation

/// Files on disk for tests that read fixtures or the committed sample.
enum URLPath {
    /// The repository root, from this file's place in Tests/MonevCoreTests/Parsing.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The fixture folder beside the parsing tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// Every file under `root`, keyed by its path relative to `root` (`2026-Q1/skp.csv`).
    static func files(under root: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return out }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let full = root + "/" + relative
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            out[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
        }
        return out
    }
}
