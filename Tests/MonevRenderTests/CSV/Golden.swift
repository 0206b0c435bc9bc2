import Foundation
import Testing

/// Golden files beside the tests (Tests/MonevRenderTests/CSV/Golden/). With MONEV_RECORD_GOLDEN=1
/// the files are rewritten from the actual output instead of compared.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MONEV_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file (re-record with MONEV_RECORD_GOLDEN=1)",
                sourceLocation: sourceLocation)
    }
}
