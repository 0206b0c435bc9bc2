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
    /// The text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// Built as UTF-8 bytes rather than a String: a province's result files are millions of
    /// fields, and appending bytes to an array is several times cheaper than appending to a String.
    private var bytes: [UInt8] = []
    private var first = true

    public init(header: [String], expectedRows: Int) {
        self.init(columns: header.count, expectedRows: expectedRows + 1)
        for h in header { text(h) }
        endRow()
    }

    /// Rows without a header: a later piece of a file written in pieces.
    public init(columns: Int, expectedRows: Int) {
        bytes.reserveCapacity(expectedRows * 16 * max(columns, 1))
    }

    public mutating func text(_ value: String?) {
        separate()
        guard var value, !value.isEmpty else { return }
        value.withUTF8 { utf8 in
            let quote = utf8.contains(where: Self.needsQuoting)
            if quote { bytes.append(UInt8(ascii: "\"")) }
            if Self.startsFormula(utf8[0]) { bytes.append(UInt8(ascii: "'")) }
            guard quote else {
                bytes.append(contentsOf: utf8)
                return
            }
            // A quote is one byte in UTF-8 and never part of another character's bytes.
            for b in utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
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
            append(value.formatted(places: 2))
            return
        }
        if cents < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(magnitude / 100)
        let c = UInt8(magnitude % 100)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + c / 10)
        bytes.append(UInt8(ascii: "0") + c % 10)
    }

    public mutating func integer(_ value: Int?) {
        separate()
        guard let value else { return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude))
    }

    /// An input value written so the CSV reader reads back exactly this number: all its decimals,
    /// and a fourth decimal digit where there would be exactly three (`1.234` is ambiguous to the
    /// reader, `1.2340` is not). `absent` is what a missing value is written as: `""` or the
    /// contract's explicit "not set", `-`.
    public mutating func exact(_ value: ExactDecimal?, absent: String = "") {
        separate()
        guard let value else {
            append(absent)
            return
        }
        var s = value.description
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) == 4 { s.append("0") }
        append(s)
    }

    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        first = true
    }

    private mutating func separate() {
        if first { first = false } else { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func append(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: s.utf8)
        }
    }

    /// `value` in decimal digits, without a String.
    private mutating func appendDigits(_ value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in // UInt64.max has 20
            var v = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return.
    private static func startsFormula(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") || b == 0x09 || b == 0x0D
    }

    private static func needsQuoting(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D
    }
}
