import Foundation
import Testing

/// Golden files beside the tests (`Golden/`), found through `#filePath`; `MONEV_RECORD_GOLDEN=1`
/// rewrites them from the current output instead of comparing.
enum MarkdownGolden {
    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["MONEV_RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file byte for byte; on a difference, names the first
    /// differing line so the failure reads without a diff tool.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = url(name)
        if recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("golden file \(name) missing; run with MONEV_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(e, a)).firstIndex { $0 != $1 } ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "<end of file>"
        let got = line < a.count ? String(a[line]) : "<end of file>"
        Issue.record("\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
