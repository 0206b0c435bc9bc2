import Foundation
import MonevCore
import XLSX

/// Finding things on a form by what they say rather than by cell address.
extension XLSXSheet {
    /// The first cell (in row order) whose text is exactly `text`.
    func find(_ text: String) -> XLSXCell? {
        cells.filter { $0.value.textValue == text }.min { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// Every cell of row `row`, by column (the last value set wins).
    func row(_ row: Int) -> [Int: XLSXValue] {
        var out: [Int: XLSXValue] = [:]
        for c in cells where Int(c.row) == row { out[Int(c.column)] = c.value }
        return out
    }

    /// The texts of rows `from...` in column order, one string per row, for reading a block.
    func texts(from first: Int, count: Int) -> [[String]] {
        (first..<(first + count)).map { r in
            row(r).sorted { $0.key < $1.key }.compactMap { $0.value.textValue }.filter { !$0.isEmpty }
        }
    }
}

/// A fresh folder per test, removed afterwards.
final class FormsScratch {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)").path
    init() throws { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: dir) }
    func path(_ name: String) -> String { dir + "/" + name }
}
