import MonevCore
import XLSX

/// The office's look: one named style per kind of cell, defined once per workbook. Renderers hold
/// the handles; tests ask the workbook for the names ("angka", "header").
struct ExcelStyles {
    private(set) var table = XLSXStyles()

    // Letterhead, titles, signature.
    let kopPemerintah: XLSXStyleID
    let kopInstansi: XLSXStyleID
    let kopAlamat: XLSXStyleID
    let judul: XLSXStyleID
    let subjudul: XLSXStyleID
    let catatan: XLSXStyleID
    let ttd: XLSXStyleID
    let ttdNama: XLSXStyleID

    // Tables.
    let header: XLSXStyleID
    let teks: XLSXStyleID
    let teksWrap: XLSXStyleID
    let teksTengah: XLSXStyleID
    /// Achievements and scores: `#,##0.00`.
    let angka: XLSXStyleID
    /// Counts: `#,##0`.
    let bilangan: XLSXStyleID
    /// Input quantities as typed (General): 12, 9.12, 100.
    let umum: XLSXStyleID
    /// Budgets: `"Rp "#,##0`.
    let rupiah: XLSXStyleID
    /// The note on an employee who could not be scored.
    let tidakLengkap: XLSXStyleID
    let totalTeks: XLSXStyleID
    let totalAngka: XLSXStyleID
    let totalBilangan: XLSXStyleID

    // Conditional formats (only fill and font colour apply).
    let kategori: [Kategori: XLSXStyleID]
    let sebutan: [Sebutan: XLSXStyleID]
    let kesalahan: XLSXStyleID
    let peringatan: XLSXStyleID

    static let fontName = "Arial"
    static let numberFormat = "#,##0.00"
    static let rupiahFormat = "\"Rp \"#,##0"

    init() {
        var t = XLSXStyles()
        let base = XLSXStyle(fontName: Self.fontName, fontSize: 10)
        let cell = base.with { $0.border = .thin; $0.vertical = .top }

        kopPemerintah = t.define("kop_pemerintah", base.with { $0.fontSize = 14; $0.bold = true; $0.horizontal = .center; $0.vertical = .center })
        kopInstansi = t.define("kop_instansi", base.with { $0.fontSize = 16; $0.bold = true; $0.horizontal = .center; $0.vertical = .center })
        kopAlamat = t.define("kop_alamat", base.with {
            $0.italic = true; $0.horizontal = .center; $0.vertical = .top; $0.bottomBorder = .double
        })
        judul = t.define("judul", base.with { $0.fontSize = 12; $0.bold = true; $0.horizontal = .center; $0.vertical = .center; $0.wrap = true })
        subjudul = t.define("subjudul", base.with { $0.horizontal = .center; $0.vertical = .center })
        catatan = t.define("catatan", base.with { $0.italic = true; $0.fontSize = 9 })
        ttd = t.define("ttd", base.with { $0.horizontal = .center; $0.vertical = .top; $0.wrap = true })
        ttdNama = t.define("ttd_nama", base.with { $0.bold = true; $0.underline = .single; $0.horizontal = .center })

        header = t.define("header", base.with {
            $0.bold = true; $0.fill = XLSXColor(0xD9E1F2); $0.border = .thin; $0.horizontal = .center; $0.vertical = .center; $0.wrap = true
        })
        teks = t.define("teks", cell)
        teksWrap = t.define("teks_wrap", cell.with { $0.wrap = true })
        teksTengah = t.define("teks_tengah", cell.with { $0.horizontal = .center })
        angka = t.define("angka", cell.with { $0.numberFormat = Self.numberFormat })
        bilangan = t.define("bilangan", cell.with { $0.numberFormat = "#,##0" })
        umum = t.define("umum", cell)
        rupiah = t.define("rupiah", cell.with { $0.numberFormat = Self.rupiahFormat })
        tidakLengkap = t.define("tidak_lengkap", cell.with { $0.italic = true; $0.fill = XLSXColor(0xFFF2CC); $0.wrap = true })
        let total = cell.with { $0.bold = true; $0.fill = XLSXColor(0xF2F2F2); $0.topBorder = .double }
        totalTeks = t.define("total_teks", total)
        totalAngka = t.define("total_angka", total.with { $0.numberFormat = Self.numberFormat })
        totalBilangan = t.define("total_bilangan", total.with { $0.numberFormat = "#,##0" })

        // Five bands, best to worst, in the colours of Excel's Good/Neutral/Bad families.
        let bands: [(fill: UInt32, font: UInt32)] = [(0xC6EFCE, 0x006100), (0xE2EFDA, 0x375623), (0xFFEB9C, 0x9C5700),
                                                     (0xF8CBAD, 0x843C0C), (0xFFC7CE, 0x9C0006)]
        func band(_ name: String, _ i: Int) -> XLSXStyle {
            XLSXStyle(bold: i == 0 || i == 4, fontColor: XLSXColor(bands[i].font), fill: XLSXColor(bands[i].fill))
        }
        var k: [Kategori: XLSXStyleID] = [:]
        for (i, c) in Kategori.allCases.enumerated() { k[c] = t.define("kategori_" + c.styleSuffix, band(c.rawValue, i)) }
        kategori = k
        var s: [Sebutan: XLSXStyleID] = [:]
        for (i, c) in Sebutan.allCases.enumerated() { s[c] = t.define("sebutan_" + c.styleSuffix, band(c.rawValue, i)) }
        sebutan = s
        kesalahan = t.define("masalah_kesalahan", band("kesalahan", 4))
        peringatan = t.define("masalah_peringatan", band("peringatan", 2))
        table = t
    }

    /// Colours each kategori label in a column.
    func kategoriFormats(_ range: XLSXRange) -> [XLSXConditionalFormat] {
        Kategori.allCases.map { XLSXConditionalFormat(range: range, rule: .textEquals($0.rawValue), style: kategori[$0]!) }
    }

    /// Colours each sebutan label in a column.
    func sebutanFormats(_ range: XLSXRange) -> [XLSXConditionalFormat] {
        Sebutan.allCases.map { XLSXConditionalFormat(range: range, rule: .textEquals($0.rawValue), style: sebutan[$0]!) }
    }
}

extension Kategori {
    var styleSuffix: String { String(rawValue.lowercased().map { $0 == " " ? "_" : $0 }) }
}

extension Sebutan {
    var styleSuffix: String { String(rawValue.lowercased().map { $0 == " " ? "_" : $0 }) }
}
