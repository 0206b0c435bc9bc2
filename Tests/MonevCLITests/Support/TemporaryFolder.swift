import Foundation

/// A fresh folder under the system temporary directory, removed when the test lets go of it.
final class TemporaryFolder {
    let path: String

    init(_ label: String = "monev-test") throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func sub(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    func write(_ text: String, to relative: String) throws {
        let file = sub(relative)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: sub(relative), encoding: .utf8)
    }

    /// Every entry directly inside `relative`, sorted (hidden ones included).
    func entries(_ relative: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? path : sub(relative))) ?? []).sorted()
    }
}
