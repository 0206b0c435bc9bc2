import MonevCore
import XLSX

/// What every sheet of one workbook shares: the styles, the report's identity (period, office,
/// draft or final) and the page setup built from them.
struct ExcelContext {
    let model: ReportModel
    let styles: ExcelStyles

    init(_ model: ReportModel) {
        self.model = model
        self.styles = ExcelStyles()
    }

    var period: Period { model.period }

    /// "TRIWULAN III TAHUN 2026".
    var periodTitle: String { "TRIWULAN \(period.romanQuarter) TAHUN \(period.year)" }

    /// A sheet title, marked when the report is a draft (issue 7 hands drafts round for checking).
    func title(_ text: String) -> String { model.isFinal ? text : "DRAFT — " + text }

    /// The line under each sheet title: whose report it is.
    var subtitle: String {
        let org = model.organisation
        switch model.scope {
        case .consolidated: return "\(org.instansi) — \(org.pemerintah)"
        case .unit(let unit): return "Unit Kerja: \(unit.nama) (\(unit.kode)) — \(org.instansi)"
        }
    }

    /// A4 landscape, one page wide, heading rows on every page, footer with page numbers and the
    /// period, "DRAFT" in the page header of a draft.
    func printSetup(repeatRows: ClosedRange<Int>?) -> XLSXPrintSetup {
        var p = XLSXPrintSetup()
        p.repeatRows = repeatRows
        let monev = "Monev Triwulan \(period.romanQuarter) Tahun \(period.year) (\(period))"
        let pages = "&R&8Halaman &P dari &N"
        let footer = "&L&8" + XLSXPrintSetup.escape(monev + " · " + model.organisation.instansi) + pages
        // Excel caps a footer at 255 characters; a very long office name is left out rather than
        // failing the workbook.
        p.footer = footer.utf8.count < 255 ? footer : "&L&8" + monev + pages
        if !model.isFinal { p.header = "&C&\"Arial,Bold\"&14DRAFT" }
        return p
    }

    var documentProperties: XLSXDocumentProperties {
        let end = period.endDate
        let subject: String
        switch model.scope {
        case .consolidated: subject = "Laporan konsolidasi"
        case .unit(let unit): subject = "Unit kerja \(unit.kode) — \(unit.nama)"
        }
        return XLSXDocumentProperties(
            title: title("Laporan Monitoring dan Evaluasi Capaian Kinerja Triwulan \(period.romanQuarter) Tahun \(period.year)"),
            subject: subject, author: model.organisation.instansi, company: model.organisation.instansi,
            category: "Monitoring dan Evaluasi", keywords: "monev, \(period)",
            created: XLSXDate(year: end.year, month: end.month, day: end.day))
    }
}

/// One column of a report table.
struct TableColumn {
    var header: String
    /// A heading over adjacent columns sharing it ("Triwulan I" over Target and Realisasi).
    var group: String?
    var width: Double

    init(_ header: String, group: String? = nil, width: Double) {
        self.header = header
        self.group = group
        self.width = width
    }
}

/// The frame of a table sheet: optional letterhead, title and subtitle, heading rows (two when
/// some columns are grouped), then data rows from `firstDataRow`. `finish` freezes the headings,
/// sets the autofilter and the page setup.
struct TableSheet {
    var sheet: XLSXSheet
    let columns: [TableColumn]
    let headerTop: Int
    let headerRows: Int
    var firstDataRow: Int { headerTop + headerRows }
    var lastColumn: Int { columns.count - 1 }

    /// `subtitle` nil prints whose report it is (`ExcelContext.subtitle`).
    init(name: String, title: String, subtitle: String? = nil, letterhead: Bool = false, columns: [TableColumn], context: ExcelContext) {
        let st = context.styles
        self.columns = columns
        headerRows = columns.contains { $0.group != nil } ? 2 : 1
        sheet = XLSXSheet(name: name)
        let all = 0...(columns.count - 1)
        var row = 0
        if letterhead {
            row = OfficialBlocks.letterhead(&sheet, columns: all, context: context)
            sheet.rowHeights[row] = 8
            row += 1
        }
        sheet.merge(XLSXRange(rows: row...row, columns: all), .text(context.title(title)), style: st.judul)
        sheet.rowHeights[row] = 22
        sheet.merge(XLSXRange(rows: row + 1...row + 1, columns: all), .text(subtitle ?? context.subtitle), style: st.subjudul)
        sheet.rowHeights[row + 2] = 8
        headerTop = row + 3
        for (i, c) in columns.enumerated() { sheet.setWidth(c.width, columns: i...i) }
        writeHeadings(st.header)
    }

    private mutating func writeHeadings(_ style: XLSXStyleID) {
        let top = headerTop
        sheet.rowHeights[top] = headerRows == 2 ? 18 : 32
        if headerRows == 2 { sheet.rowHeights[top + 1] = 32 }
        var i = 0
        while i < columns.count {
            guard headerRows == 2 else {
                sheet.set(top, i, .text(columns[i].header), style: style)
                i += 1
                continue
            }
            guard let group = columns[i].group else {
                sheet.merge(XLSXRange(rows: top...top + 1, columns: i...i), .text(columns[i].header), style: style)
                i += 1
                continue
            }
            var end = i
            while end + 1 < columns.count && columns[end + 1].group == group { end += 1 }
            if end > i {
                sheet.merge(XLSXRange(rows: top...top, columns: i...end), .text(group), style: style)
            } else {
                sheet.set(top, i, .text(group), style: style)
            }
            for c in i...end { sheet.set(top + 1, c, .text(columns[c].header), style: style) }
            i = end + 1
        }
    }

    mutating func set(_ row: Int, _ column: Int, _ value: XLSXValue, style: XLSXStyleID?) {
        sheet.set(row, column, value, style: style)
    }

    /// A row formula whose result is `value` (an empty result when nil), as `XLSXValue.formula`.
    mutating func set(_ row: Int, _ column: Int, _ formula: XLSXRowFormula, _ value: ExactDecimal?, style: XLSXStyleID?) {
        sheet.set(row, column, formula, cached: value?.cached, style: style)
    }

    /// Freezes the headings (and `freezeColumns` key columns), filters the table, sets printing.
    mutating func finish(lastDataRow: Int, freezeColumns: Int, context: ExcelContext) {
        let lastHeading = firstDataRow - 1
        sheet.frozen = XLSXFreeze(rows: firstDataRow, columns: freezeColumns)
        sheet.autofilter = XLSXRange(rows: lastHeading...max(lastHeading, lastDataRow), columns: 0...lastColumn)
        sheet.print = context.printSetup(repeatRows: headerTop...lastHeading)
    }
}

/// Letterhead and signature block: what makes a sheet look like the office's own document.
enum OfficialBlocks {
    /// Government, office and address over `columns`, with the double rule under the address.
    /// Returns the next free row.
    static func letterhead(_ sheet: inout XLSXSheet, columns: ClosedRange<Int>, context: ExcelContext) -> Int {
        let st = context.styles
        let org = context.model.organisation
        sheet.merge(XLSXRange(rows: 0...0, columns: columns), .text(org.pemerintah), style: st.kopPemerintah)
        sheet.merge(XLSXRange(rows: 1...1, columns: columns), .text(org.instansi), style: st.kopInstansi)
        sheet.merge(XLSXRange(rows: 2...2, columns: columns), .text(org.alamat), style: st.kopAlamat)
        sheet.rowHeights[0] = 20
        sheet.rowHeights[1] = 22
        sheet.rowHeights[2] = 16
        return 3
    }

    /// "<tempat>, <tanggal akhir periode>", the signing official's title, room to sign, the name
    /// (bold, underlined) and `NIP. 19600316 198403 2 001`, each line centred over `columns`.
    /// The official is the report's signatory (the Sekretaris, or the unit's head); when the unit
    /// file names no head, the unit's title is printed over dotted lines to fill in by hand.
    /// Returns the next free row.
    static func signature(_ sheet: inout XLSXSheet, row: Int, columns: ClosedRange<Int>, context: ExcelContext) -> Int {
        let st = context.styles
        let official = context.model.signatory
        let fallbackJabatan: String
        switch context.model.scope {
        case .consolidated: fallbackJabatan = context.model.organisation.penandatangan.jabatan
        case .unit(let unit): fallbackJabatan = "Kepala \(unit.nama)"
        }
        let jabatan = official?.jabatan ?? fallbackJabatan
        return signature(&sheet, row: row, columns: columns,
                         heading: ["\(context.model.organisation.tempat), \(context.period.endDateIndonesian)", jabatan],
                         official: official, styles: st)
    }

    /// The block itself, for any signer: heading lines (place and date, role, title), room to
    /// sign, the name (bold, underlined) and `NIP. …`, each centred over `columns`. An official
    /// the data cannot name gets dotted lines to fill in by hand. Returns the next free row.
    static func signature(_ sheet: inout XLSXSheet, row: Int, columns: ClosedRange<Int>, heading: [String], official: Official?,
                          styles st: ExcelStyles) -> Int {
        var r = row
        func line(_ text: String, _ style: XLSXStyleID) {
            if columns.count > 1 {
                sheet.merge(XLSXRange(rows: r...r, columns: columns), .text(text), style: style)
            } else {
                sheet.set(r, columns.lowerBound, .text(text), style: style)
            }
            r += 1
        }
        for text in heading { line(text, st.ttd) }
        // A long title (the last heading line) wraps: its row is made tall enough.
        if let last = heading.last {
            let width = columns.reduce(0.0) { total, c in total + (sheet.columnWidths.first { $0.columns.contains(c) }?.width ?? 8.43) }
            let lines = TextWrap.lines(last, width: width)
            if lines > 1 { sheet.rowHeights[r - 1] = TextWrap.height(lines: lines) }
        }
        r += 3
        let nama = official?.nama ?? ""
        line(nama.isEmpty ? "(.......................................)" : nama, st.ttdNama)
        line("NIP. " + (official?.nip?.spaced ?? "...................................."), st.ttd)
        return r
    }

    /// The rightmost columns wide enough (about 40 characters) to hold a signature block.
    static func signatureColumns(_ columns: [TableColumn]) -> ClosedRange<Int> {
        var width = 0.0
        var first = columns.count - 1
        while first > 0 {
            width += columns[first].width
            if width >= 40 { break }
            first -= 1
        }
        return first...(columns.count - 1)
    }
}

/// Row heights for wrapped text. Excel grows such rows when it opens a file, LibreOffice does not,
/// so rows holding long names and messages get an explicit height from an estimate of their lines.
enum TextWrap {
    static let pointsPerLine = 12.75

    /// Lines `text` takes in a column `width` units wide, by greedy word wrap. Arial 10 fits about
    /// 1.25 characters per unit of Excel's column width (a unit is a Calibri 11 digit); the
    /// estimate errs towards an extra line, which costs a little space, rather than clipped text.
    static func lines(_ text: String, width: Double) -> Int {
        let capacity = max(1, Int(width * 1.25))
        if text.utf8.count <= capacity { return 1 }
        var lines = 1
        var used = 0
        var word = 0
        func place() {
            guard word > 0 else { return }
            if used == 0 {
                used = word
            } else if used + 1 + word <= capacity {
                used += 1 + word
            } else {
                lines += 1
                used = word
            }
            while used > capacity {
                lines += 1
                used -= capacity
            }
            word = 0
        }
        for b in text.utf8 {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") {
                place()
            } else if b & 0xC0 != 0x80 {
                word += 1
            }
        }
        place()
        return lines
    }

    /// Height in points of a row whose tallest cell takes `lines` lines.
    static func height(lines: Int) -> Double { pointsPerLine * Double(lines) + 2.25 }
}

extension TableSheet {
    /// Lines the text takes in one of this table's columns.
    func lines(_ text: String, column: Int) -> Int { TextWrap.lines(text, width: columns[column].width) }

    /// Gives a data row the height of its tallest wrapped cell (single-line rows keep the default).
    mutating func fitRow(_ row: Int, lines: Int) {
        if lines > 1 { sheet.rowHeights[row] = TextWrap.height(lines: lines) }
    }
}

/// Column widths for numbers: Excel shows `####` in a column too narrow for a number, so columns
/// of amounts are sized from the widest value they hold.
enum NumberWidth {
    /// Characters `value` takes with thousands separators, `decimals` places and `prefix`
    /// characters before it (`"Rp "` is 3).
    static func characters(_ value: ExactDecimal, decimals: Int, prefix: Int = 0) -> Int {
        var integer = value.units.magnitude / 1_000_000_000_000_000_000
        var digits = 1
        while integer >= 10 {
            integer /= 10
            digits += 1
        }
        return prefix + (value.isNegative ? 1 : 0) + digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0)
    }

    /// A width that fits the widest of `values` (and is at least `minimum`).
    static func width(_ values: some Sequence<ExactDecimal?>, decimals: Int, prefix: Int = 0, minimum: Double) -> Double {
        var widest = 0
        for case let v? in values { widest = max(widest, characters(v, decimals: decimals, prefix: prefix)) }
        return max(minimum, Double(widest) + 2)
    }
}

extension Array {
    /// The array itself when it is in order already (scores usually come so), else a sorted copy:
    /// sorting copies every element, and an employee's score holds a dozen references.
    func inOrder(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        let sorted = indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
        return sorted ? self : self.sorted(by: areInIncreasingOrder)
    }
}
