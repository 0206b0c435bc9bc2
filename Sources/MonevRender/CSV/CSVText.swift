import MonevCore

/// Writes CSV text the way the contract fixes it: UTF-8, comma, `\n` line ends, header first,
/// RFC 4180 quoting, dot decimal with 2 places, an empty cell for "not applicable".
///
/// Spreadsheet-formula injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be run as a formula when the file is opened in
/// Excel or LibreOffice, and cell values come from unit-supplied input. Such a cell is written
/// with a leading `'`, which spreadsheets show as text. Numbers are never prefixed, so `-24.00`
/// stays a number.
struct CSVText {
    private(set) var output = ""
    private var first = true

    init(header: [String], expectedRows: Int) {
        output.reserveCapacity((expectedRows + 1) * 16 * max(header.count, 1))
        for h in header { text(h) }
        endRow()
    }

    mutating func text(_ value: String?) {
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
    mutating func number(_ value: ExactDecimal?) {
        separate()
        if let value { output.append(value.formatted(places: 2)) }
    }

    mutating func integer(_ value: Int?) {
        separate()
        if let value { output.append(String(value)) }
    }

    mutating func endRow() {
        output.append("\n")
        first = true
    }

    private mutating func separate() {
        if first { first = false } else { output.append(",") }
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
    private static let needsQuoting: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D]
}
