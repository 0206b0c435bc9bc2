/// Writes CSV text the way the contract fixes it: UTF-8, comma, `\n` line ends, header first,
/// RFC 4180 quoting, dot decimal with 2 places, an empty cell for "not applicable".
///
/// Spreadsheet-formula injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be run as a formula when the file is opened in
/// Excel or LibreOffice, and cell values come from unit-supplied input. Such a cell is written
/// with a leading `'`, which spreadsheets show as text. Numbers are never prefixed, so `-24.00`
/// stays a number.
///
/// Shared by the result files (MonevRender) and the blank input files of `monev template`
/// (`DropTemplate`), which write their numbers exactly with `exact(_:absent:)`.
public struct CSVText: Sendable {
    public private(set) var output = ""
    private var first = true

    public init(header: [String], expectedRows: Int) {
        output.reserveCapacity((expectedRows + 1) * 16 * max(header.count, 1))
        for h in header { text(h) }
        endRow()
    }

    public mutating func text(_ value: String?) {
        separate()
        guard let value, !value.isEmpty else { return }
        var v = value
        if let b = v.utf8.first, Self.formulaStarts.contains(b) { v = "'" + v }
        if v.utf8.contains(where: Self.needsQuoting.contains) {
            output.append("\"")
            for ch in v.unicodeScalars {
                if ch == "\"" { output.append("\"\"") } else { output.unicodeScalars.append(ch) }
            }
            output.append("\"")
        } else {
            output.append(v)
        }
    }

    /// A score or amount, rounded half-up to 2 places.
    public mutating func number(_ value: ExactDecimal?) {
        separate()
        if let value { output.append(value.formatted(places: 2)) }
    }

    public mutating func integer(_ value: Int?) {
        separate()
        if let value { output.append(String(value)) }
    }

    /// An input value written so the CSV reader reads back exactly this number: all its decimals,
    /// and a fourth decimal digit where there would be exactly three (`1.234` is ambiguous to the
    /// reader, `1.2340` is not). `absent` is what a missing value is written as: `""` or the
    /// contract's explicit "not set", `-`.
    public mutating func exact(_ value: ExactDecimal?, absent: String = "") {
        separate()
        guard let value else {
            output.append(absent)
            return
        }
        var s = value.description
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) == 4 { s.append("0") }
        output.append(s)
    }

    public mutating func endRow() {
        output.append("\n")
        first = true
    }

    private mutating func separate() {
        if first { first = false } else { output.append(",") }
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
    private static let needsQuoting: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D]
}
