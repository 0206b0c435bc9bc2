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
        self.init(columns: header.count, expectedRows: expectedRows + 1)
        for h in header { text(h) }
        endRow()
    }

    /// Rows without a header: a later piece of a file written in pieces.
    public init(columns: Int, expectedRows: Int) {
        output.reserveCapacity(expectedRows * 16 * max(columns, 1))
    }

    public mutating func text(_ value: String?) {
        separate()
        guard let value, let first = value.utf8.first else { return }
        let defuse = Self.startsFormula(first)
        let quote = value.utf8.contains(where: Self.needsQuoting)
        if quote { output.append("\"") }
        if defuse { output.append("'") }
        if quote {
            for ch in value.unicodeScalars {
                if ch == "\"" { output.append("\"\"") } else { output.unicodeScalars.append(ch) }
            }
            output.append("\"")
        } else {
            output.append(value)
        }
    }

    /// A score or amount, rounded half away from zero to 2 places: the same text as
    /// `ExactDecimal.formatted(places: 2)`, computed directly from the cents because result files
    /// hold millions of numbers at province scale and the general formatter is several times slower.
    public mutating func number(_ value: ExactDecimal?) {
        separate()
        guard let value else { return }
        let step: Int128 = 10_000_000_000_000_000 // 10^16 units = one cent
        var cents = value.units / step
        if (value.units % step).magnitude * 2 >= UInt128(step) { cents += value.units < 0 ? -1 : 1 }
        guard let magnitude = UInt64(exactly: cents.magnitude) else {
            output.append(value.formatted(places: 2))
            return
        }
        if cents < 0 { output.append("-") }
        output.append(String(magnitude / 100))
        let c = UInt8(magnitude % 100)
        output.unicodeScalars.append(".")
        output.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + c / 10))
        output.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + c % 10))
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

    /// `=`, `+`, `-`, `@`, tab, carriage return.
    private static func startsFormula(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") || b == 0x09 || b == 0x0D
    }

    private static func needsQuoting(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D
    }
}
