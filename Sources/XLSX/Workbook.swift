/// What a cell holds. Text is always written as text, whatever it looks like: a name such as
/// `=HYPERLINK(...)` from the input stays a string; only `.formula` writes a formula.
public enum XLSXValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// A live formula (without the leading `=`, or with it: the writer accepts both) and the result
    /// readers that do not recalculate show.
    case formula(String, cached: Double)
    /// A live formula whose current result is text (e.g. `IFERROR(…,"")` giving an empty cell).
    case formulaText(String, cached: String)
    /// An empty cell that still carries a style (borders, fill).
    case blank

    /// The formula text without a leading `=`, for both formula cases.
    public var formula: String? {
        switch self {
        case .formula(let f, _), .formulaText(let f, _): return f.hasPrefix("=") ? String(f.dropFirst()) : f
        default: return nil
        }
    }

    /// The number a reader sees: the value of a number cell or the cached result of a formula.
    public var numberValue: Double? {
        switch self {
        case .number(let v), .formula(_, let v): return v
        default: return nil
        }
    }

    /// The text a reader sees: a text cell or the cached text of a formula.
    public var textValue: String? {
        switch self {
        case .text(let s), .formulaText(_, let s): return s
        default: return nil
        }
    }
}

public struct XLSXCell: Sendable, Hashable {
    public var row: UInt32
    public var column: UInt16
    public var style: XLSXStyleID?
    public var value: XLSXValue

    public init(row: Int, column: Int, value: XLSXValue, style: XLSXStyleID?) {
        self.row = UInt32(row)
        self.column = UInt16(column)
        self.style = style
        self.value = value
    }

    public var ref: XLSXCellRef { XLSXCellRef(row: Int(row), column: Int(column)) }
}

/// Column widths in Excel's character units, for a run of columns.
public struct XLSXColumnWidth: Sendable, Hashable {
    public var columns: ClosedRange<Int>
    public var width: Double
    public init(columns: ClosedRange<Int>, width: Double) {
        self.columns = columns
        self.width = width
    }
}

/// Page setup for printing. Defaults are what an attachment to an official letter needs:
/// A4 landscape, one page wide, as many pages tall as it takes.
public struct XLSXPrintSetup: Sendable, Hashable {
    /// Excel paper code: 9 is A4.
    public var paper: Int = 9
    public var landscape = true
    /// Fit to this many pages wide (nil: print at 100%).
    public var fitPagesWide: Int? = 1
    /// With `fitPagesWide`: pages tall, 0 meaning as many as needed.
    public var fitPagesTall = 0
    /// Rows printed at the top of every page (0-based, inclusive).
    public var repeatRows: ClosedRange<Int>?
    /// Header and footer in Excel's code (`&L`, `&C`, `&R`, `&P`, `&N`); a literal `&` is `&&`.
    public var header: String?
    public var footer: String?
    public var margins = XLSXMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
    public var centerHorizontally = true

    public init() {}

    /// Escapes text for a header or footer: `&` has meaning there.
    public static func escape(_ text: String) -> String { text.replacingAll("&", with: "&&") }
}

/// Page margins in inches.
public struct XLSXMargins: Sendable, Hashable {
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    public init(left: Double, right: Double, top: Double, bottom: Double) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }
}

/// Rows and columns kept in view while scrolling.
public struct XLSXFreeze: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int = 0) {
        self.rows = rows
        self.columns = columns
    }
}

/// A rule that styles cells when it holds (Excel conditional formatting).
public struct XLSXConditionalFormat: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        /// The cell's text equals this exactly.
        case textEquals(String)
        /// `low ≤ value ≤ high`.
        case between(Double, Double)
        case greaterThanOrEqual(Double)
        case lessThan(Double)
    }

    public var range: XLSXRange
    public var rule: Rule
    /// Only font colour, bold/italic, fill and border of the style apply (Excel's rule).
    public var style: XLSXStyleID

    public init(range: XLSXRange, rule: Rule, style: XLSXStyleID) {
        self.range = range
        self.rule = rule
        self.style = style
    }
}

/// A chart over ranges of a sheet of the same workbook.
public struct XLSXChart: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Vertical bars.
        case column
        /// Horizontal bars (better for many long category names).
        case bar
    }

    public struct Series: Sendable, Hashable {
        public var name: String
        /// Sheet holding the categories and values.
        public var sheet: String
        public var categories: XLSXRange
        public var values: XLSXRange
        public var color: XLSXColor?
        public var dataLabels: Bool

        public init(name: String, sheet: String, categories: XLSXRange, values: XLSXRange, color: XLSXColor? = nil, dataLabels: Bool = true) {
            self.name = name
            self.sheet = sheet
            self.categories = categories
            self.values = values
            self.color = color
            self.dataLabels = dataLabels
        }
    }

    public var kind: Kind
    public var title: String
    public var series: [Series]
    /// Top-left cell the chart is placed over.
    public var anchor: XLSXCellRef
    /// Size in pixels.
    public var width: Int
    public var height: Int
    public var valueAxisTitle: String?
    public var valueAxisMin: Double?
    public var valueAxisMax: Double?
    /// Number format of the value axis and data labels.
    public var numberFormat: String?

    public init(kind: Kind, title: String, series: [Series], anchor: XLSXCellRef, width: Int = 640, height: Int = 320,
                valueAxisTitle: String? = nil, valueAxisMin: Double? = nil, valueAxisMax: Double? = nil, numberFormat: String? = nil) {
        self.kind = kind
        self.title = title
        self.series = series
        self.anchor = anchor
        self.width = width
        self.height = height
        self.valueAxisTitle = valueAxisTitle
        self.valueAxisMin = valueAxisMin
        self.valueAxisMax = valueAxisMax
        self.numberFormat = numberFormat
    }
}

/// One worksheet. Cells may be set in any order; the writer streams them row by row.
public struct XLSXSheet: Sendable, Hashable {
    /// At most 31 characters, none of `[]:*?/\`.
    public var name: String
    /// The cells in the order set, compactly: a sheet of a million cells (every employee of a
    /// province) is about 32 bytes a cell plus its text, instead of a String per cell.
    private(set) var store = CellStore()
    /// The cells in the order set, then those of `rowSource` and its `finish` sheet (made on
    /// demand; renderers and the writer use `store`).
    public var cells: [XLSXCell] {
        store.indices.map(store.cell) + (rowSource.map { $0.blocks.flatMap(\.cells) + ($0.finish?().cells ?? []) } ?? [])
    }
    /// Rows made while the file is written, after this sheet's own cells (see `XLSXRowSource`).
    public var rowSource: XLSXRowSource?
    public var columnWidths: [XLSXColumnWidth] = []
    /// Row heights set on this sheet itself (the writer takes a row source's from its blocks).
    private(set) var ownRowHeights: [Int: Double] = [:]
    /// Row heights in points, by 0-based row, including those of `rowSource`'s blocks. Setting
    /// one sets it on the sheet itself.
    public var rowHeights: [Int: Double] {
        get {
            guard let rowSource else { return ownRowHeights }
            return rowSource.blocks.reduce(ownRowHeights) { $0.merging($1.rowHeights) { _, block in block } }
        }
        set { ownRowHeights = newValue }
        _modify { yield &ownRowHeights }
    }
    public private(set) var merges: [XLSXRange] = []
    public var frozen: XLSXFreeze?
    public var autofilter: XLSXRange?
    public var print = XLSXPrintSetup()
    public var conditionalFormats: [XLSXConditionalFormat] = []
    public var charts: [XLSXChart] = []
    public var showGridlines = true
    public var tabColor: XLSXColor?
    public var dataValidations: [XLSXDataValidation] = []
    /// Nil: the sheet is not protected.
    public var protection: XLSXSheetProtection?
    /// Set: this sheet only previews the one written under its tab, which `later` makes once
    /// every sheet without one has been written (row sources drained), so it can draw on what
    /// they streamed. The preview's rows must first use the styles in the order the made sheet's
    /// do (the same renderer fed placeholder values): the writer fixes the library's style
    /// numbers from it, so the file is byte for byte the one written in tab order, and refuses a
    /// made sheet that would break that.
    public var later: XLSXLaterSheet?

    public init(name: String) { self.name = name }

    /// Sets a cell; a second value for the same cell replaces the first.
    public mutating func set(_ row: Int, _ column: Int, _ value: XLSXValue, style: XLSXStyleID? = nil) {
        store.append(row: UInt32(row), column: UInt16(column), value: value, style: style)
    }

    /// Sets a formula made from `template` for this row (see `XLSXRowFormula`), with the result
    /// readers that do not recalculate show (nil: an empty text result).
    public mutating func set(_ row: Int, _ column: Int, _ template: XLSXRowFormula, cached: Double?, style: XLSXStyleID? = nil) {
        store.append(row: UInt32(row), column: UInt16(column), template: template, cached: cached, style: style)
    }

    /// Merges a block: the value goes in the top-left cell and every other cell of the block gets
    /// a styled blank, so borders and fills cover the whole merged area.
    public mutating func merge(_ range: XLSXRange, _ value: XLSXValue, style: XLSXStyleID? = nil) {
        merges.append(range)
        for r in range.first.row...range.last.row {
            for c in range.first.column...range.last.column {
                set(r, c, r == range.first.row && c == range.first.column ? value : .blank, style: style)
            }
        }
    }

    public mutating func setWidth(_ width: Double, columns: ClosedRange<Int>) {
        columnWidths.append(XLSXColumnWidth(columns: columns, width: width))
    }

    /// The last value set at a position (for tests and renderers checking their work).
    public func cell(_ row: Int, _ column: Int) -> XLSXCell? {
        if let rowSource, let cell = rowSource.blocks.reversed().lazy.compactMap({ $0.cell(row, column) }).first { return cell }
        return store.indices.last { store.slots[$0].row == row && store.slots[$0].column == column }.map(store.cell)
    }

    /// `sheet.cell("H5")`.
    public func cell(_ a1: String) -> XLSXCell? {
        guard let ref = XLSXCellRef(a1) else { return nil }
        return cell(ref.row, ref.column)
    }

    /// Highest row index holding a cell, or -1 for an empty sheet.
    public var lastRow: Int {
        let own = store.slots.reduce(-1) { max($0, Int($1.row)) }
        guard let rowSource else { return own }
        return rowSource.blocks.reduce(own) { max($0, $1.lastRow) }
    }
}

/// The rows of a sheet made block by block while the file is written, so a sheet of every
/// employee of a province is never held whole: the writer streams each block's cells to the
/// library and drops it before asking for the next. `block(i)` gives the i-th block (cells and
/// row heights of rows below every earlier block's and below the sheet's own cells), nil after
/// the last; it is called again for every write or look-up, so it must give the same cells each
/// time.
public struct XLSXRowSource: Sendable, Hashable {
    private let block: @Sendable (Int) -> XLSXSheet?
    /// Called once after the last block when set: the sheet as it is once every row is known (its
    /// row source is not used). Its set-up (widths, freeze, filter, print, conditional formats,
    /// validations, charts, protection; merges are the streamed sheet's) is used instead of the
    /// streamed sheet's, and its cells below every row written so far are written. For set-up
    /// that depends on how many rows streamed; its ranges must end at or below the last row.
    let finish: (@Sendable () -> XLSXSheet)?

    public init(_ block: @escaping @Sendable (_ index: Int) -> XLSXSheet?) {
        self.block = block
        finish = nil
    }

    public init(_ block: @escaping @Sendable (_ index: Int) -> XLSXSheet?, finish: @escaping @Sendable () -> XLSXSheet) {
        self.block = block
        self.finish = finish
    }

    /// Every block, made one at a time as the sequence is walked.
    public var blocks: UnfoldSequence<XLSXSheet, Int> {
        sequence(state: 0) { index in
            defer { index += 1 }
            return block(index)
        }
    }

    /// Two sources are equal when they make the same blocks.
    public static func == (a: XLSXRowSource, b: XLSXRowSource) -> Bool { a.blocks.elementsEqual(b.blocks) }
    public func hash(into hasher: inout Hasher) {}
}

/// A formula that differs from row to row only in row numbers, such as `K5/F5*100` in row 5:
/// made once for a sheet, then written into each row's cell straight from its bytes, without
/// building a String per cell (a province's SKP sheets hold over a million such formulas).
public struct XLSXRowFormula: Sendable, Hashable {
    /// The formula's text without the row numbers, and the offsets in it where they go.
    private let bytes: [UInt8]
    private let rowOffsets: [Int]

    /// `make` is given the text that stands for the row number (1-based, as formulas write it)
    /// and returns the formula: `XLSXRowFormula { r in "K\(r)/F\(r)*100" }`.
    public init(_ make: (_ row: String) -> String) {
        let marker: UInt8 = 0x01
        var bytes: [UInt8] = []
        var rowOffsets: [Int] = []
        for b in make(String(UnicodeScalar(marker))).utf8 {
            if b == marker { rowOffsets.append(bytes.count) } else { bytes.append(b) }
        }
        self.bytes = bytes
        self.rowOffsets = rowOffsets
    }

    /// The formula for a 0-based row.
    public func text(row: Int) -> String {
        var out: [UInt8] = []
        write(row: row, into: &out, terminated: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the formula for a 0-based row to `out`, with a NUL after it when `terminated`.
    /// Assembled on the stack and appended in one piece: this runs once per formula cell.
    func write(row: Int, into out: inout [UInt8], terminated: Bool) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = UInt64(row + 1)
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0
            let number = UnsafeBufferPointer(rebasing: digits[start...])
            let length = bytes.count + rowOffsets.count * number.count + (terminated ? 1 : 0)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { formula in
                var at = 0
                func put(_ piece: UnsafeBufferPointer<UInt8>) {
                    guard let source = piece.baseAddress, !piece.isEmpty else { return }
                    (formula.baseAddress! + at).initialize(from: source, count: piece.count)
                    at += piece.count
                }
                bytes.withUnsafeBufferPointer { text in
                    var from = 0
                    for offset in rowOffsets {
                        put(UnsafeBufferPointer(rebasing: text[from..<offset]))
                        put(number)
                        from = offset
                    }
                    put(UnsafeBufferPointer(rebasing: text[from...]))
                }
                if terminated { formula[at] = 0 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: formula[..<length]))
            }
        }
    }
}

/// Cells as fixed-size slots plus one buffer of NUL-terminated UTF-8 text, which the writer hands
/// to the library in place (no String, no C-string copy per cell).
struct CellStore: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable { case text, number, formula, formulaText, blank }

    struct Slot: Sendable, Hashable {
        var row: UInt32
        var column: UInt16
        var kind: Kind
        /// -1: no style.
        var style: Int32
        /// The number, or a formula's cached result.
        var number: Double
        /// Offsets into `text`: the text or formula, and a formula's cached text.
        var text: UInt32
        var cachedText: UInt32
    }

    private(set) var slots: [Slot] = []
    private(set) var text: [UInt8] = []

    var indices: Range<Int> { slots.indices }

    mutating func append(row: UInt32, column: UInt16, value: XLSXValue, style: XLSXStyleID?) {
        var slot = Slot(row: row, column: column, kind: .blank, style: style?.index ?? -1, number: 0, text: 0, cachedText: 0)
        switch value {
        case .text(let s):
            slot.kind = .text
            slot.text = add(s)
        case .number(let v):
            slot.kind = .number
            slot.number = v
        case .formula(let f, let cached):
            slot.kind = .formula
            slot.text = add(f)
            slot.number = cached
        case .formulaText(let f, let cached):
            slot.kind = .formulaText
            slot.text = add(f)
            slot.cachedText = add(cached)
        case .blank:
            break
        }
        slots.append(slot)
    }

    mutating func append(row: UInt32, column: UInt16, template: XLSXRowFormula, cached: Double?, style: XLSXStyleID?) {
        let offset = text.count
        template.write(row: Int(row), into: &text, terminated: true)
        precondition(text.count < Int(UInt32.max), "more than 4 GiB of text in one sheet")
        var slot = Slot(row: row, column: column, kind: .formula, style: style?.index ?? -1, number: cached ?? 0,
                        text: UInt32(offset), cachedText: 0)
        if cached == nil {
            slot.kind = .formulaText
            slot.cachedText = add("")
        }
        slots.append(slot)
    }

    private mutating func add(_ s: String) -> UInt32 {
        let offset = text.count
        precondition(offset < Int(UInt32.max) - s.utf8.count, "more than 4 GiB of text in one sheet")
        // Native strings hand over their bytes in one copy; the generic path goes byte by byte.
        if s.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
            text.append(contentsOf: s.utf8)
        }
        text.append(0)
        return UInt32(offset)
    }

    func string(at offset: UInt32) -> String {
        let start = Int(offset)
        let end = text[start...].firstIndex(of: 0) ?? text.endIndex
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    func cell(_ i: Int) -> XLSXCell {
        let s = slots[i]
        let value: XLSXValue
        switch s.kind {
        case .text: value = .text(string(at: s.text))
        case .number: value = .number(s.number)
        case .formula: value = .formula(string(at: s.text), cached: s.number)
        case .formulaText: value = .formulaText(string(at: s.text), cached: string(at: s.cachedText))
        case .blank: value = .blank
        }
        return XLSXCell(row: Int(s.row), column: Int(s.column), value: value, style: s.style < 0 ? nil : XLSXStyleID(Int(s.style)))
    }
}

/// Document properties shown in File > Info. `created` is fixed by the caller (e.g. the period's
/// end) so the same input gives the same bytes.
public struct XLSXDocumentProperties: Sendable, Hashable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    /// Creation date and time, UTC.
    public var created: XLSXDate

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                category: String? = nil, keywords: String? = nil, comments: String? = nil, created: XLSXDate) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}

/// A UTC calendar date and time, without Foundation or the local time zone.
public struct XLSXDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Seconds since 1970-01-01T00:00:00Z (proleptic Gregorian calendar).
    public var unixTime: Int {
        // Days from civil (H. Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 86_400 + hour * 3_600 + minute * 60 + second
    }
}

public struct XLSXWorkbook: Sendable, Hashable {
    public var styles: XLSXStyles
    public var sheets: [XLSXSheet]
    public var properties: XLSXDocumentProperties

    public init(styles: XLSXStyles, sheets: [XLSXSheet] = [], properties: XLSXDocumentProperties) {
        self.styles = styles
        self.sheets = sheets
        self.properties = properties
    }

    public func sheet(named name: String) -> XLSXSheet? { sheets.first { $0.name == name } }

    /// The name of a cell's style, nil for an unstyled cell.
    public func styleName(of cell: XLSXCell) -> String? { cell.style.map(styles.name(of:)) }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}

/// How a sheet previewed by the model is made (see `XLSXSheet.later`).
public struct XLSXLaterSheet: Sendable, Hashable {
    let make: @Sendable () -> XLSXSheet

    public init(_ make: @escaping @Sendable () -> XLSXSheet) { self.make = make }

    /// Two are equal when they make the same sheet.
    public static func == (a: XLSXLaterSheet, b: XLSXLaterSheet) -> Bool { a.make() == b.make() }
    public func hash(into hasher: inout Hasher) {}
}
