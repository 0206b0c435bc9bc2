/// One data row while a decoder reads it. Accessors turn cells into values and record a located
/// diagnostic for every cell that cannot be read; any error marks the row rejected. Decoders read
/// every cell before deciding, so one pass reports all of a row's problems.
///
/// Only lives inside `CSVTable.forEachRow`, which owns the buffer it points into.
struct Row {
    let file: String
    let line: Int
    /// Latest plausible year in a NIP (the period's year).
    let latestYear: Int
    let decimalComma: Bool
    /// The record's bytes in the buffer (line end included): where `RowPartition` finds it again.
    let bytes: Range<Int>
    private let buffer: UnsafeBufferPointer<UInt8>
    private let fields: UnsafeBufferPointer<CSVField>
    private(set) var problems: [Diagnostic] = []
    private(set) var isRejected = false
    /// The unit the row belongs to, as far as its own cells tell (its `kode_unit`, or the unit of
    /// the employee its NIP names). Stamped on every problem of the row, so a unit's report lists
    /// its own rejected rows even though no record was made of them.
    var kodeUnit: String?
    /// The employee a NIP-keyed row (skp, perilaku, tambahan) names; its unit is looked up only
    /// when the row has a problem to stamp, not for every one of a million rows.
    var ownerNIP: NIP?

    init(file: String, line: Int, latestYear: Int, decimalComma: Bool, bytes: Range<Int>, buffer: UnsafeBufferPointer<UInt8>,
         fields: UnsafeBufferPointer<CSVField>) {
        self.file = file
        self.line = line
        self.bytes = bytes
        self.latestYear = latestYear
        self.decimalComma = decimalComma
        self.buffer = buffer
        self.fields = fields
    }

    // MARK: Reporting

    mutating func error(_ column: Column, value: String?, _ message: String) {
        problems.append(Diagnostic(file: file, line: line, column: column.name.description, value: value, severity: .error, message: message))
        isRejected = true
    }

    mutating func warning(_ column: Column, value: String?, _ message: String) {
        problems.append(Diagnostic(file: file, line: line, column: column.name.description, value: value, severity: .warning, message: message))
    }

    // MARK: Cells

    /// Whether the cell holds anything (an absent optional column holds nothing).
    func isSet(_ c: Column) -> Bool {
        guard let i = c.index else { return false }
        let f = fields[i]
        let t = Self.trimmed(f.start, f.end, buffer)
        return t.lowerBound < t.upperBound || f.tailEnd > f.end
    }

    /// The trimmed cell text; "" for an empty cell or an absent column.
    func text(_ c: Column) -> String {
        if let cell = plainCell(c) { return String(decoding: UnsafeBufferPointer(rebasing: cell), as: UTF8.self) }
        return unescapedCell(c).withUnsafeBufferPointer { String(decoding: $0[Self.trimmed(0, $0.count, $0)], as: UTF8.self) }
    }

    /// The text, shared with earlier cells of the same text through `interner`.
    func text(_ c: Column, sharing interner: inout TextInterner) -> String {
        if let cell = plainCell(c) { return interner.string(UnsafeBufferPointer(rebasing: cell)) }
        return text(c)
    }

    /// The text, or nil with an error when the cell is empty.
    mutating func requiredText(_ c: Column) -> String? {
        nonEmpty(text(c), c)
    }

    mutating func requiredText(_ c: Column, sharing interner: inout TextInterner) -> String? {
        nonEmpty(text(c, sharing: &interner), c)
    }

    private mutating func nonEmpty(_ t: String, _ c: Column) -> String? {
        if t.isEmpty {
            error(c, value: nil, "\(c.name) is empty")
            return nil
        }
        return t
    }

    /// A number, nil when not set (empty or `-`) or unreadable (then with an error).
    mutating func number(_ c: Column) -> ExactDecimal? {
        read(c, required: false)
    }

    /// A number that must be set: nil with an error when empty, `-` or unreadable.
    mutating func requiredNumber(_ c: Column) -> ExactDecimal? {
        read(c, required: true)
    }

    private mutating func read(_ c: Column, required: Bool) -> ExactDecimal? {
        let parsed: ParsedNumber
        if let cell = plainCell(c) {
            parsed = NumberParser.parse(cell, decimalComma: decimalComma)
        } else {
            parsed = unescapedCell(c).withUnsafeBufferPointer {
                NumberParser.parse($0[Self.trimmed(0, $0.count, $0)], decimalComma: decimalComma)
            }
        }
        switch parsed {
        case .value(let v):
            return v
        case .notSet:
            if required { error(c, value: text(c), "\(c.name) is required but not set") }
            return nil
        case .invalid(let why):
            error(c, value: text(c), "\(c.name): \(why)")
            return nil
        }
    }

    /// A whole number ≥ 1 (SKP `no`).
    mutating func positiveInteger(_ c: Column) -> Int? {
        if let cell = plainCell(c), (1...9).contains(cell.count) {
            var n = 0
            for digit in cell {
                guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "9") else { n = 0; break }
                n = n * 10 + Int(digit - UInt8(ascii: "0"))
            }
            if n >= 1 { return n }
        }
        let t = text(c)
        error(c, value: t, t.isEmpty ? "\(c.name) is empty" : "\(c.name) `\(t)` is not a whole number of 1 or more")
        return nil
    }

    /// A NIP that must be set and well formed.
    mutating func nip(_ c: Column) -> NIP? {
        guard isSet(c) else {
            error(c, value: nil, "\(c.name) is empty")
            return nil
        }
        return optionalNIP(c)
    }

    /// The NIP check of a cell, nil when the cell is empty; reports nothing.
    func checkedNIP(_ c: Column) -> Result<NIP, NIPProblem>? {
        guard isSet(c) else { return nil }
        if let cell = plainCell(c) { return NIPRule.check(cell, latestYear: latestYear) }
        return unescapedCell(c).withUnsafeBufferPointer { NIPRule.check($0[Self.trimmed(0, $0.count, $0)], latestYear: latestYear) }
    }

    /// A NIP that may be empty; when set it must be well formed (error otherwise).
    mutating func optionalNIP(_ c: Column) -> NIP? {
        switch checkedNIP(c) {
        case nil: return nil
        case .success(let nip): return nip
        case .failure(let problem):
            error(c, value: text(c), "\(c.name): \(problem.message)")
            return nil
        }
    }

    /// One of a fixed set of words, compared like headers (`Rata-rata` = `rata_rata`).
    mutating func choice<T: RawRepresentable & CaseIterable>(_ c: Column, _: T.Type) -> T? where T.RawValue == String {
        let t = text(c)
        if let value = T(rawValue: t) ?? T(rawValue: HeaderName.normalise(t)) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        error(c, value: t, t.isEmpty ? "\(c.name) is empty; expected one of: \(allowed)"
                                    : "\(c.name) `\(t)` is not one of: \(allowed)")
        return nil
    }

    // MARK: Bytes

    /// The trimmed value bytes of a cell that needs no unquoting (empty for an absent column);
    /// nil when the cell has doubled quotes or text after its closing quote.
    @inline(__always)
    private func plainCell(_ c: Column) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard let i = c.index else { return buffer[0..<0] }
        let f = fields[i]
        guard f.isPlain else { return nil }
        return buffer[Self.trimmed(f.start, f.end, buffer)]
    }

    /// The value of a cell that `plainCell` declined, untrimmed.
    private func unescapedCell(_ c: Column) -> [UInt8] {
        CSVReader.unescapedBytes(fields[c.index!], in: buffer)
    }

    /// The range without leading/trailing spaces, tabs and no-break spaces (U+00A0, which
    /// copy-paste from web pages leaves in Excel cells).
    @inline(__always)
    static func trimmed(_ start: Int, _ end: Int, _ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var s = start, e = end
        while s < e {
            if b[s] == 0x20 || b[s] == 0x09 { s += 1 } else if b[s] == 0xC2 && s + 1 < e && b[s + 1] == 0xA0 { s += 2 } else { break }
        }
        while e > s {
            if b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 } else if b[e - 1] == 0xA0 && e - 2 >= s && b[e - 2] == 0xC2 { e -= 2 } else { break }
        }
        return s..<e
    }
}
