import Foundation
import Testing

/// Re-parses Markdown with Debian's `cmark-gfm` (the GFM reference implementation, installed by
/// `scripts/setup`) and reads back the structure of the HTML it produces.
enum CommonMark {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "cmark-gfm not found on PATH; run scripts/setup" }
    }

    static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("cmark-gfm")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw Missing()
    }

    /// HTML for `markdown` with the table extension, as GitHub renders tables. The input goes
    /// through a temporary file so a large report cannot fill a pipe and deadlock.
    static func html(_ markdown: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("monev-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("report.md")
        try Data(markdown.utf8).write(to: input)
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["--extension", "table", "--extension", "strikethrough", input.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// One table of the HTML: the cell count of the header row and of every body row, and the
    /// text of every cell (tags stripped, entities decoded).
    struct Table {
        var rowCellCounts: [Int]
        var cells: [String]
    }

    static func tables(in html: String) -> [Table] {
        pieces(of: html, between: "<table>", and: "</table>").map { table in
            let rows = pieces(of: table, between: "<tr>", and: "</tr>")
            let cells = rows.flatMap { row in
                pieces(of: row, between: "<t", and: "</t").compactMap { cell -> String? in
                    guard cell.hasPrefix("h") || cell.hasPrefix("d"), let close = cell.firstIndex(of: ">") else { return nil }
                    return text(String(cell[cell.index(after: close)...]))
                }
            }
            let counts = rows.map { row in
                pieces(of: row, between: "<t", and: "</t").filter { $0.hasPrefix("h") || $0.hasPrefix("d") }.count
            }
            return Table(rowCellCounts: counts, cells: cells)
        }
    }

    /// Inner HTML of each `<tag>…</tag>` occurrence.
    static func elements(_ tag: String, in html: String) -> [String] {
        pieces(of: html, between: "<\(tag)>", and: "</\(tag)>")
    }

    static func pieces(of text: String, between open: String, and close: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            result.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// Cell text without tags, with cmark's entities decoded.
    static func text(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true } else if ch == ">" && inTag { inTag = false } else if !inTag { out.append(ch) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
