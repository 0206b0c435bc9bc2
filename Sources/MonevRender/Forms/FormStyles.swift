import MonevCore
import XLSX

/// The report styles (`ExcelStyles`) plus what forms add: cells to fill in (unlocked, pale
/// yellow), definitions people must not change (locked, grey), the boxes of the official forms.
/// Defined on a copy of the report styles' table, so the report styles' handles stay valid.
struct FormStyles {
    let report: ExcelStyles
    private(set) var table: XLSXStyles

    /// Column names of an input sheet (row 1).
    let kolom: XLSXStyleID
    /// A value to fill in.
    let isian: XLSXStyleID
    /// A value to fill in that must stay text (an 18-digit NIP typed as a number would lose digits).
    let isianTeks: XLSXStyleID
    /// A definition or target: shown, not editable.
    let definisi: XLSXStyleID
    let definisiWrap: XLSXStyleID
    /// A cell that does not apply to this row (`-`), not editable.
    let tidakBerlaku: XLSXStyleID
    /// Instruction text.
    let petunjuk: XLSXStyleID
    let petunjukTebal: XLSXStyleID

    /// The official forms: section headings, labels, an empty box for handwriting, months.
    let bagian: XLSXStyleID
    let label: XLSXStyleID
    let kotak: XLSXStyleID
    let bulan: XLSXStyleID
    let nomorKolom: XLSXStyleID
    let nilaiTebal: XLSXStyleID

    static let grey = XLSXColor(0xEDEDED)
    static let yellow = XLSXColor(0xFFF2CC)

    init(_ report: ExcelStyles) {
        self.report = report
        var t = report.table
        let base = XLSXStyle(fontName: ExcelStyles.fontName, fontSize: 10)
        let cell = base.with { $0.border = .thin; $0.vertical = .top }
        kolom = t.define("form_kolom", cell.with { $0.bold = true; $0.fill = XLSXColor(0xD9E1F2); $0.horizontal = .center; $0.wrap = true })
        isian = t.define("form_isian", cell.with { $0.fill = Self.yellow; $0.locked = false })
        isianTeks = t.define("form_isian_teks", cell.with { $0.fill = Self.yellow; $0.locked = false; $0.numberFormat = "@" })
        definisi = t.define("form_definisi", cell.with { $0.fill = Self.grey })
        definisiWrap = t.define("form_definisi_wrap", cell.with { $0.fill = Self.grey; $0.wrap = true })
        tidakBerlaku = t.define("form_tidak_berlaku", cell.with { $0.fill = XLSXColor(0xBFBFBF); $0.horizontal = .center })
        petunjuk = t.define("form_petunjuk", base.with { $0.wrap = true; $0.vertical = .top })
        petunjukTebal = t.define("form_petunjuk_tebal", base.with { $0.bold = true; $0.wrap = true; $0.vertical = .top })
        bagian = t.define("form_bagian", cell.with { $0.bold = true; $0.wrap = true })
        label = t.define("form_label", cell.with { $0.wrap = true })
        kotak = t.define("form_kotak", cell.with { $0.wrap = true })
        bulan = t.define("form_bulan", cell.with { $0.numberFormat = "General\" bln\"" })
        nomorKolom = t.define("form_nomor_kolom", cell.with { $0.italic = true; $0.fontSize = 8; $0.horizontal = .center; $0.fill = XLSXColor(0xF2F2F2) })
        nilaiTebal = t.define("form_nilai_tebal", cell.with { $0.bold = true; $0.numberFormat = ExcelStyles.numberFormat; $0.horizontal = .center })
        table = t
    }
}
