import MonevCore
import XLSX

/// `format-isian-CODE-YYYY-QN.xlsx`: one unit's blank drop as a workbook, for people who fill the
/// form by hand. Each input sheet is named after its CSV file and has exactly that file's columns
/// with the column names in row 1, so "Save As › CSV UTF-8" of a sheet gives a file monev reads.
/// Definitions and targets are locked; only the pale-yellow cells can be typed in; coded columns
/// offer dropdowns and numeric columns refuse what is not a number in range.
///
/// The instructions are on a sheet of their own, `Petunjuk`: a row of text above or below a
/// table would be saved into the CSV file as a malformed data row.
public enum FormatIsian {
    public static func fileName(unit kode: String, period: Period) -> String { "format-isian-\(kode)-\(period).xlsx" }

    /// The form of unit `kode` from the blank drop; nil when the template has no such unit.
    public static func workbook(unit kode: String, of template: DropTemplate, organisation: Organisation) -> XLSXWorkbook? {
        guard let part = template.unit(kode), let unit = part.units.first else { return nil }
        let model = ReportModel(period: template.period, scope: .unit(unit), organisation: organisation, scoring: ScoringOptions(),
                                units: [], indicators: [], employees: [], diagnostics: [], previousUnits: nil,
                                signatory: unit.kepala, isFinal: true)
        let context = ExcelContext(model)
        let st = FormStyles(context.styles)
        var sheets = [petunjuk(part, unit: unit, context: context, styles: st), indikator(part, st)]
        if !part.employees.isEmpty {
            sheets += [skp(part, st), perilaku(part, st), tambahan(part, st), pegawai(part, st)]
        }
        let end = template.period.endDate
        let properties = XLSXDocumentProperties(
            title: "Format Isian Monev Triwulan \(template.period.romanQuarter) Tahun \(template.period.year)",
            subject: "Unit kerja \(unit.kode) — \(unit.nama)", author: organisation.instansi, company: organisation.instansi,
            category: "Monitoring dan Evaluasi", keywords: "monev, format isian, \(template.period)",
            created: XLSXDate(year: end.year, month: end.month, day: end.day))
        return XLSXWorkbook(styles: st.table, sheets: sheets, properties: properties)
    }

    // MARK: Instructions

    static func petunjuk(_ part: DropTemplate, unit: UnitKerja, context: ExcelContext, styles st: FormStyles) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Petunjuk")
        sheet.showGridlines = false
        sheet.setWidth(4, columns: 0...0)
        sheet.setWidth(100, columns: 1...1)
        var row = OfficialBlocks.letterhead(&sheet, columns: 0...1, context: context) + 1
        sheet.merge(XLSXRange(rows: row...row, columns: 0...1), .text("FORMAT ISIAN DATA MONITORING DAN EVALUASI \(context.periodTitle)"),
                    style: st.report.judul)
        sheet.rowHeights[row] = 22
        row += 1
        sheet.merge(XLSXRange(rows: row...row, columns: 0...1),
                    .text("Unit Kerja: \(unit.nama) (\(unit.kode)) — keadaan sampai dengan \(part.period.endDateIndonesian)"),
                    style: st.report.subjudul)
        row += 2
        sheet.merge(XLSXRange(rows: row...row, columns: 0...1), .text("PETUNJUK PENGISIAN"), style: st.petunjukTebal)
        row += 1
        for (i, text) in instructions(part).enumerated() {
            sheet.set(row, 0, .text("\(i + 1)."), style: st.petunjuk)
            sheet.set(row, 1, .text(text), style: st.petunjuk)
            // Wrapped text does not grow its row by itself in every spreadsheet program.
            sheet.rowHeights[row] = Double((text.count + 94) / 95) * 13 + 2
            row += 1
        }
        sheet.print = context.printSetup(repeatRows: nil)
        sheet.print.landscape = false
        return sheet
    }

    static func instructions(_ part: DropTemplate) -> [String] {
        let sheets = part.employees.isEmpty ? ["indikator"] : ["indikator", "skp", "perilaku", "tambahan"]
        let names = sheets.map { "\($0).csv" }
        var lines = [
            "Isi hanya sel berwarna kuning. Sel abu-abu (kode, nama indikator, satuan, target\(part.employees.isEmpty ? "" : ", data pegawai dan kegiatan SKP")) terkunci supaya definisinya tidak berubah; bila ada yang keliru, beri tahu pengelola monev.",
            "Lembar indikator: isi realisasi_triwulan, yaitu realisasi triwulan \(part.period.romanQuarter) dalam satuan indikator (kolom satuan). Isi juga target_triwulan bila masih kosong.",
        ]
        if !part.employees.isEmpty {
            lines += [
                "Lembar skp: untuk setiap kegiatan isi realisasi_kuantitas, realisasi_kualitas (0–100) dan realisasi_waktu (bulan); realisasi_biaya (rupiah) hanya untuk kegiatan yang mempunyai target biaya. Kegiatan yang tidak dilaksanakan: isi realisasi_kuantitas dengan 0.",
                "Lembar perilaku: nilai 0–100 untuk setiap aspek perilaku kerja; kepemimpinan hanya untuk pejabat struktural (sel bertanda - tidak diisi).",
                "Lembar tambahan: satu baris untuk setiap tugas tambahan atau kreativitas. Pilih nip dan jenis dari daftar; untuk kreativitas pilih juga tingkat (unit_kerja, organisasi atau nasional). Lembar pegawai memuat nama setiap NIP.",
            ]
        }
        lines += [
            "Jangan mengubah baris pertama setiap lembar (nama kolom) dan jangan menyisipkan baris atau kolom di atas atau di kiri tabel. Tulis angka tanpa pemisah ribuan.",
            "Menyimpan sebagai CSV: buka lembar \(sheets[0]), pilih File › Save As (Simpan Sebagai), jenis berkas \"CSV UTF-8 (Comma delimited) (*.csv)\", nama \(names[0])."
                + (sheets.count > 1 ? " Ulangi untuk lembar \(sheets.dropFirst().joined(separator: ", ")) (\(names.dropFirst().joined(separator: ", "))): Excel hanya menyimpan lembar yang sedang dibuka." : "")
                + " Di LibreOffice: File › Save As, jenis \"Text CSV (.csv)\", set karakter Unicode (UTF-8), pemisah kolom koma.",
            "Kirim berkas CSV tersebut (atau workbook ini) kepada pengelola monev. Pengelola menyalin baris datanya (tanpa baris nama kolom) ke berkas \(names.map { "\(part.period)/\($0)" }.joined(separator: ", ")) menggantikan baris unit ini, lalu memeriksa kelengkapan dengan `monev status` dan kebenaran data dengan `monev validate`.",
        ]
        return lines
    }

    // MARK: Input sheets

    /// A sheet with the file's column names in row 1, frozen, protected, printed with row 1 on every page.
    private static func inputSheet(_ name: String, columns: [String], widths: [Double], _ st: FormStyles) -> XLSXSheet {
        var sheet = XLSXSheet(name: name)
        for (i, c) in columns.enumerated() {
            sheet.set(0, i, .text(c), style: st.kolom)
            sheet.setWidth(widths[i], columns: i...i)
        }
        sheet.rowHeights[0] = 30
        sheet.frozen = XLSXFreeze(rows: 1)
        sheet.protection = XLSXSheetProtection()
        var print = XLSXPrintSetup()
        print.repeatRows = 0...0
        print.footer = "&L&8" + XLSXPrintSetup.escape("Format isian \(name).csv") + "&R&8Halaman &P dari &N"
        sheet.print = print
        return sheet
    }

    private static func number(_ value: ExactDecimal?) -> XLSXValue { value.map { .number($0.doubleValue) } ?? .blank }

    /// A value typed into the form must be a number; `low...high` where the rules bound it.
    private static func numberRule(_ rows: ClosedRange<Int>, _ column: Int, _ criterion: XLSXDataValidation.NumberCriterion,
                                   title: String, prompt: String) -> XLSXDataValidation {
        XLSXDataValidation(range: XLSXRange(rows: rows, columns: column...column), rule: .decimal(criterion),
                           promptTitle: title, prompt: prompt, errorTitle: "Isian tidak sah", errorMessage: prompt)
    }

    private static func choiceRule(_ rows: ClosedRange<Int>, _ column: Int, _ values: [String], title: String) -> XLSXDataValidation {
        XLSXDataValidation(range: XLSXRange(rows: rows, columns: column...column), rule: .list(values), promptTitle: title,
                           prompt: "Pilih dari daftar: \(values.joined(separator: ", ")).", errorTitle: "Isian tidak sah",
                           errorMessage: "Pilih salah satu: \(values.joined(separator: ", ")).")
    }

    /// Data rows 1…n (at least row 1, so rules always have a range).
    private static func dataRows(_ count: Int) -> ClosedRange<Int> { 1...max(1, count) }

    static func indikator(_ part: DropTemplate, _ st: FormStyles) -> XLSXSheet {
        var sheet = inputSheet("indikator", columns: DropTemplate.Columns.indikator, widths: [10, 13, 50, 11, 10, 11, 13, 14, 14], st)
        for (k, i) in part.indicators.enumerated() {
            let r = k + 1
            sheet.set(r, 0, .text(i.kodeUnit), style: st.definisi)
            sheet.set(r, 1, .text(i.kode), style: st.definisi)
            sheet.set(r, 2, .text(i.nama), style: st.definisiWrap)
            sheet.set(r, 3, .text(i.satuan), style: st.definisi)
            sheet.set(r, 4, .text(i.polaritas.rawValue), style: st.definisi)
            sheet.set(r, 5, .text(i.agregasi.rawValue), style: st.definisi)
            sheet.set(r, 6, number(i.targetTahunan), style: st.definisi)
            sheet.set(r, 7, number(i.targetTriwulan), style: st.isian)
            sheet.set(r, 8, .blank, style: st.isian)
        }
        let rows = dataRows(part.indicators.count)
        sheet.dataValidations = [
            choiceRule(rows, 4, Polarity.allCases.map(\.rawValue), title: "Polaritas"),
            choiceRule(rows, 5, Aggregation.allCases.map(\.rawValue), title: "Agregasi"),
            numberRule(rows, 7, .greaterThanOrEqual(0), title: "Target triwulan",
                       prompt: "Target triwulan ini dalam satuan indikator: angka 0 atau lebih."),
            numberRule(rows, 8, .between(-1e15, 1e15), title: "Realisasi triwulan",
                       prompt: "Realisasi triwulan ini dalam satuan indikator (kolom satuan): angka."),
        ]
        return sheet
    }

    static func skp(_ part: DropTemplate, _ st: FormStyles) -> XLSXSheet {
        var sheet = inputSheet("skp", columns: DropTemplate.Columns.skp, widths: [20, 5, 45, 8, 9, 11, 9, 9, 14, 11, 11, 11, 14], st)
        for (k, a) in part.activities.enumerated() {
            let r = k + 1
            sheet.set(r, 0, .text(a.nip.digits), style: st.definisi)
            sheet.set(r, 1, .number(Double(a.no)), style: st.definisi)
            sheet.set(r, 2, .text(a.kegiatan), style: st.definisiWrap)
            sheet.set(r, 3, number(a.angkaKredit), style: st.definisi)
            sheet.set(r, 4, number(a.targetKuantitas), style: st.definisi)
            sheet.set(r, 5, .text(a.satuanKuantitas), style: st.definisi)
            sheet.set(r, 6, number(a.targetKualitas), style: st.definisi)
            sheet.set(r, 7, number(a.targetWaktu), style: st.definisi)
            sheet.set(r, 8, a.targetBiaya.map { .number($0.doubleValue) } ?? .text("-"), style: st.definisi)
            for c in 9...11 { sheet.set(r, c, .blank, style: st.isian) }
            sheet.set(r, 12, a.hasBudget ? .blank : .text("-"), style: a.hasBudget ? st.isian : st.tidakBerlaku)
        }
        let rows = dataRows(part.activities.count)
        sheet.dataValidations = [
            numberRule(rows, 9, .greaterThanOrEqual(0), title: "Realisasi kuantitas/output",
                       prompt: "Jumlah output yang dihasilkan, dalam satuan target. Isi 0 bila kegiatan tidak dilaksanakan."),
            numberRule(rows, 10, .between(0, 100), title: "Realisasi kualitas/mutu", prompt: "Nilai mutu hasil kerja: 0 sampai 100."),
            numberRule(rows, 11, .greaterThanOrEqual(0), title: "Realisasi waktu (bulan)",
                       prompt: "Lama penyelesaian dalam bulan; boleh desimal, misalnya 9,5."),
            numberRule(rows, 12, .greaterThanOrEqual(0), title: "Realisasi biaya (rupiah)",
                       prompt: "Biaya yang terpakai dalam rupiah, tanpa pemisah ribuan."),
        ]
        return sheet
    }

    static func perilaku(_ part: DropTemplate, _ st: FormStyles) -> XLSXSheet {
        let columns = DropTemplate.Columns.perilaku
        var sheet = inputSheet("perilaku", columns: columns, widths: [20] + Array(repeating: 13, count: columns.count - 1), st)
        for (k, e) in part.employees.enumerated() {
            let r = k + 1
            sheet.set(r, 0, .text(e.nip.digits), style: st.definisi)
            for c in 1...5 { sheet.set(r, c, .blank, style: st.isian) }
            let leads = e.jenisJabatan == .struktural
            sheet.set(r, 6, leads ? .blank : .text("-"), style: leads ? st.isian : st.tidakBerlaku)
        }
        let rows = dataRows(part.employees.count)
        sheet.dataValidations = (1...6).map { c in
            numberRule(rows, c, .between(0, 100), title: "Nilai " + String(columns[c].map { $0 == "_" ? " " : $0 }),
                       prompt: "Nilai perilaku kerja 0 sampai 100; boleh desimal.")
        }
        return sheet
    }

    static func tambahan(_ part: DropTemplate, _ st: FormStyles) -> XLSXSheet {
        var sheet = inputSheet("tambahan", columns: DropTemplate.Columns.tambahan, widths: [22, 16, 60, 13], st)
        // Room for two entries per employee, at least ten.
        let count = max(10, part.employees.count * 2)
        for r in 1...count {
            sheet.set(r, 0, .blank, style: st.isianTeks)
            sheet.set(r, 1, .blank, style: st.isian)
            sheet.set(r, 2, .blank, style: st.isian)
            sheet.set(r, 3, .blank, style: st.isian)
        }
        let rows = 1...count
        sheet.dataValidations = [
            XLSXDataValidation(range: XLSXRange(rows: rows, columns: 0...0),
                               rule: .listFromCells(sheet: "pegawai", range: XLSXRange(rows: 1...max(1, part.employees.count), columns: 0...0)),
                               promptTitle: "NIP", prompt: "Pilih NIP pegawai dari daftar (lembar pegawai).",
                               errorTitle: "Isian tidak sah", errorMessage: "NIP harus salah satu pegawai pada lembar pegawai."),
            choiceRule(rows, 1, AdditionalTaskKind.allCases.map(\.rawValue), title: "Jenis"),
            choiceRule(rows, 3, CreativityLevel.allCases.map(\.rawValue), title: "Tingkat kreativitas"),
        ]
        return sheet
    }

    static func pegawai(_ part: DropTemplate, _ st: FormStyles) -> XLSXSheet {
        var sheet = inputSheet("pegawai", columns: DropTemplate.Columns.pegawai, widths: [20, 32, 22, 36, 10, 13, 20], st)
        for (k, e) in part.employees.enumerated() {
            let r = k + 1
            let values = [e.nip.digits, e.nama, e.pangkatGolongan, e.jabatan, e.kodeUnit, e.jenisJabatan.rawValue, e.nipPenilai?.digits ?? ""]
            for (c, v) in values.enumerated() { sheet.set(r, c, v.isEmpty ? .blank : .text(v), style: c == 1 || c == 3 ? st.definisiWrap : st.definisi) }
        }
        sheet.dataValidations = [
            choiceRule(dataRows(part.employees.count), 5, JenisJabatan.allCases.map(\.rawValue), title: "Jenis jabatan"),
        ]
        return sheet
    }
}
