/// A cell position, 0-based like the library underneath (row 0 is spreadsheet row 1).
public struct XLSXCellRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses A1 notation (`H5`, `AB12`; `$` signs are ignored). Nil for anything else.
    public init?(_ a1: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for ch in a1.utf8 where ch != UInt8(ascii: "$") {
            switch ch {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(ch - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(ch - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, letters <= 3, digits > 0, row > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// `H5`: what a formula writes to point at this cell.
    public var a1: String { XLSXCellRef.columnName(column) + String(row + 1) }

    /// `$H$5`.
    public var absoluteA1: String { "$" + XLSXCellRef.columnName(column) + "$" + String(row + 1) }

    public var description: String { a1 }

    /// Column letters for a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public static func < (a: XLSXCellRef, b: XLSXCellRef) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangular block of cells, both corners included.
public struct XLSXRange: Sendable, Hashable, CustomStringConvertible {
    public var first: XLSXCellRef
    public var last: XLSXCellRef

    public init(_ first: XLSXCellRef, _ last: XLSXCellRef) {
        self.first = XLSXCellRef(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = XLSXCellRef(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(XLSXCellRef(row: rows.lowerBound, column: columns.lowerBound),
                  XLSXCellRef(row: rows.upperBound, column: columns.upperBound))
    }

    /// `H5:H20` (a single cell prints as `H5`).
    public var a1: String { first == last ? first.a1 : first.a1 + ":" + last.a1 }

    public var description: String { a1 }

    public func contains(_ ref: XLSXCellRef) -> Bool {
        (first.row...last.row).contains(ref.row) && (first.column...last.column).contains(ref.column)
    }
}
