import MonevCore
@testable import MonevRender
import Testing
import XLSX

/// Inspects the workbook models (no C library involved): sheets, titles, values, formulas with
/// their cached values, styles, print setup.
@Suite struct ExcelConsolidatedModelTests {
    let workbook = ExcelReport.consolidated(ExcelFixture.consolidated())

    func sheet(_ name: String) throws -> XLSXSheet { try #require(workbook.sheet(named: name)) }

    @Test func sheetsInOrder() {
        #expect(workbook.sheets.map(\.name) == ["Ringkasan", "Capaian Indikator", "Nilai Pegawai", "Masalah Data"])
    }

    @Test func letterheadTitleAndSignature() throws {
        let s = try sheet("Ringkasan")
        #expect(s.cell("A1")?.value == .text("PEMERINTAH KABUPATEN CONTOH"))
        #expect(s.cell("A2")?.value == .text("SEKRETARIAT DAERAH"))
        #expect(s.cell("A3")?.value == .text("Jalan Merdeka No. 1, Contoh 12345, Telepon (0123) 456789"))
        #expect(workbook.styleName(of: try #require(s.cell("A3"))) == "kop_alamat")
        #expect(workbook.styles["kop_alamat"]?.bottomBorder == .double)
        // The letterhead spans the table, rule included.
        #expect(s.merges.contains(XLSXRange(rows: 0...0, columns: 0...13)))
        #expect(workbook.styleName(of: try #require(s.cell("N3"))) == "kop_alamat")
        #expect(s.cell("A5")?.value == .text("LAPORAN MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULAN III TAHUN 2026"))
        #expect(s.cell("A6")?.value == .text("Keadaan sampai dengan 30 September 2026"))

        let place = try #require(s.cells.first { $0.value == .text("Contoh, 30 September 2026") })
        let column = Int(place.column)
        let row = Int(place.row)
        #expect(s.cell(row + 1, column)?.value == .text("Sekretaris Daerah Kabupaten Contoh"))
        let name = try #require(s.cell(row + 5, column))
        #expect(name.value == .text("Drs. H. Bambang Sutrisno, M.M."))
        #expect(workbook.styleName(of: name) == "ttd_nama")
        #expect(workbook.styles["ttd_nama"]?.bold == true && workbook.styles["ttd_nama"]?.underline == .single)
        #expect(s.cell(row + 6, column)?.value == .text("NIP. 19650712 199003 1 004"))
        // The block sits on the right, below the chart.
        #expect(column == 9)
        #expect(row > s.charts[0].anchor.row + s.charts[0].height / 20)
    }

    @Test func oneRowPerUnitWithLiveMeans() throws {
        let s = try sheet("Ringkasan")
        #expect(s.cell("A8")?.value == .text("No"))
        #expect(s.cell("D8")?.value == .text("Indikator Kinerja"))
        #expect(s.cell("E9")?.value == .text("Rata-rata Capaian (%)"))
        #expect(s.cell("J8")?.value == .text("Jumlah Pegawai menurut Sebutan"))
        #expect(s.cell("J9")?.value == .text("Sangat Baik"))

        #expect(s.cell("B10")?.value == .text("BAG-REN"))
        #expect(s.cell("C10")?.value == .text("Bagian Perencanaan dan Keuangan"))
        #expect(s.cell("D10")?.value == .number(3))
        // Mean of 100, 80 and 76.5625 = 85.5208…, a formula over the clamped column.
        #expect(s.cell("E10")?.value == .formula("IFERROR(AVERAGE('Capaian Indikator'!U6:U8),\"\")", cached: 85.52))
        #expect(s.cell("F10")?.value == .text("Tinggi"))
        #expect(s.cell("G10")?.value == .number(3))
        #expect(s.cell("H10")?.value == .number(2))
        // Mean of 85.9277… and 88.9083… = 87.418…
        #expect(s.cell("I10")?.value == .formula("IFERROR(AVERAGE('Nilai Pegawai'!S6:S8),\"\")", cached: 87.42))
        #expect(s.cell("K10")?.value == .number(2))
        #expect(s.cell("J10")?.value == .number(0))
        // BAG-UMUM: 120 (clamped) and 45 → 82.5; one employee scored 54.175 → 54.18 (half-up).
        #expect(s.cell("E11")?.value == .formula("IFERROR(AVERAGE('Capaian Indikator'!U9:U10),\"\")", cached: 82.5))
        #expect(s.cell("I11")?.value == .formula("IFERROR(AVERAGE('Nilai Pegawai'!S9:S10),\"\")", cached: 54.18))
        #expect(s.cell("M11")?.value == .number(1))
        #expect(workbook.styleName(of: try #require(s.cell("E10"))) == "angka")
        #expect(workbook.styles["angka"]?.numberFormat == "#,##0.00")
    }

    @Test func totalsRow() throws {
        let s = try sheet("Ringkasan")
        #expect(s.cell("A12")?.value == .text("JUMLAH / RATA-RATA"))
        #expect(s.cell("D12")?.value == .formula("SUM(D10:D11)", cached: 5))
        // Mean of the unit means: (85.5208… + 82.5) / 2 = 84.0104…
        #expect(s.cell("E12")?.value == .formula("IFERROR(AVERAGE(E10:E11),\"\")", cached: 84.01))
        #expect(s.cell("F12")?.value == .text("Tinggi"))
        #expect(s.cell("G12")?.value == .formula("SUM(G10:G11)", cached: 5))
        // Mean over the three scored employees.
        #expect(s.cell("I12")?.value == .formula("IFERROR(AVERAGE('Nilai Pegawai'!S6:S10),\"\")", cached: 76.34))
        #expect(s.cell("K12")?.value == .formula("SUM(K10:K11)", cached: 2))
    }

    @Test func chartOfUnitAchievement() throws {
        let s = try sheet("Ringkasan")
        #expect(s.charts.count == 1)
        let chart = s.charts[0]
        #expect(chart.kind == .bar)
        #expect(chart.series[0].sheet == "Ringkasan")
        #expect(chart.series[0].categories.a1 == "C10:C11")
        #expect(chart.series[0].values.a1 == "E10:E11")
    }

    @Test func kategoriColouredByConditionalFormats() throws {
        let s = try sheet("Ringkasan")
        let rules = s.conditionalFormats.filter { $0.range == XLSXRange(rows: 9...10, columns: 5...5) }
        #expect(rules.map(\.rule) == Kategori.allCases.map { .textEquals($0.rawValue) })
        #expect(workbook.styles.name(of: rules[0].style) == "kategori_sangat_tinggi")
        #expect(workbook.styles["kategori_sangat_rendah"]?.fill == XLSXColor(0xFFC7CE))
    }

    @Test func printSetupOnEverySheet() throws {
        for s in workbook.sheets {
            #expect(s.print.paper == 9)
            #expect(s.print.landscape)
            #expect(s.print.fitPagesWide == 1 && s.print.fitPagesTall == 0)
            #expect(s.print.header == nil)
            let footer = try #require(s.print.footer)
            #expect(footer.contains("Halaman &P dari &N"))
            #expect(footer.contains("Triwulan III Tahun 2026 (2026-Q3)"))
            #expect(s.frozen != nil)
            #expect(s.autofilter != nil)
            #expect(s.print.repeatRows != nil)
        }
        let r = try sheet("Ringkasan")
        #expect(r.print.repeatRows == 7...8)
        #expect(r.frozen == XLSXFreeze(rows: 9, columns: 0))
        #expect(r.autofilter == XLSXRange(rows: 8...10, columns: 0...13))
        let c = try sheet("Capaian Indikator")
        #expect(c.print.repeatRows == 3...4)
        #expect(c.frozen == XLSXFreeze(rows: 5, columns: 4))
        #expect(c.autofilter?.a1 == "A5:U10")
    }

    @Test func documentProperties() {
        let p = workbook.properties
        #expect(p.title == "Laporan Monitoring dan Evaluasi Capaian Kinerja Triwulan III Tahun 2026")
        #expect(p.company == "SEKRETARIAT DAERAH")
        #expect(p.created == XLSXDate(year: 2026, month: 9, day: 30))
    }

    @Test func capaianIndikatorMatrix() throws {
        let s = try sheet("Capaian Indikator")
        #expect(s.cell("A1")?.value == .text("CAPAIAN INDIKATOR KINERJA TRIWULAN III TAHUN 2026"))
        #expect(s.cell("I4")?.value == .text("Triwulan I"))
        #expect(s.cell("M4")?.value == .text("Triwulan III"))
        #expect(s.cell("N5")?.value == .text("Realisasi"))
        #expect(s.cell("O4")?.value == .text("Kumulatif s.d. Triwulan III"))
        #expect(s.cell("Q4")?.value == .text("Capaian (%)"))
        #expect(s.merges.contains(XLSXRange(rows: 3...4, columns: 0...0)))

        // IK-01, positif, kumulatif.
        #expect(s.cell("C6")?.value == .text("IK-01"))
        #expect(s.cell("H6")?.value == .number(12))
        #expect(s.cell("L6")?.value == .number(2))
        #expect(s.cell("O6")?.value == .formula("SUM(I6,K6,M6)", cached: 9))
        #expect(s.cell("P6")?.value == .formula("SUM(J6,L6,N6)", cached: 9))
        #expect(s.cell("Q6")?.value == .formula("IFERROR(N6/M6*100,\"\")", cached: 133.33))
        #expect(s.cell("R6")?.value == .formula("IFERROR(P6/O6*100,\"\")", cached: 100))
        #expect(s.cell("S6")?.value == .formula("IFERROR(P6/H6*100,\"\")", cached: 75))
        #expect(s.cell("T6")?.value == .text("Sangat Tinggi"))
        #expect(s.cell("U6")?.value == .formula("IF(ISNUMBER(R6),MIN(MAX(R6,0),120),\"\")", cached: 100))

        // IK-02, negatif, terakhir: (2T − R)/T.
        #expect(s.cell("O7")?.value == .formula("M7", cached: 5))
        #expect(s.cell("P7")?.value == .formula("N7", cached: 6))
        #expect(s.cell("R7")?.value == .formula("IFERROR((2*O7-P7)/O7*100,\"\")", cached: 80))

        // IK-03, rata_rata, Q1 missing: blanks, and half-up rounding of 78.125.
        #expect(s.cell("I8")?.value == .blank)
        #expect(s.cell("O8")?.value == .formula("AVERAGE(I8,K8,M8)", cached: 80))
        #expect(s.cell("P8")?.value == .formula("AVERAGE(J8,L8,N8)", cached: 61.25))
        #expect(s.cell("Q8")?.value == .formula("IFERROR(N8/M8*100,\"\")", cached: 78.13))
        #expect(s.cell("R8")?.value == .formula("IFERROR(P8/O8*100,\"\")", cached: 76.56))

        // Target 0 this quarter: the formula stays, its result is empty.
        #expect(s.cell("Q9")?.value == .formulaText("IFERROR(N9/M9*100,\"\")", cached: ""))
        #expect(s.cell("U9")?.value == .formula("IF(ISNUMBER(R9),MIN(MAX(R9,0),120),\"\")", cached: 120))
        #expect(s.cell("T10")?.value == .text("Sangat Rendah"))
    }

    @Test func negativeIndicatorsCanUseTOverR() throws {
        var model = ExcelFixture.consolidated()
        model.scoring.negativeFormula = .tOverR
        let s = try #require(ExcelReport.consolidated(model).sheet(named: "Capaian Indikator"))
        #expect(s.cell("R7")?.value.formula == "IFERROR(O7/P7*100,\"\")")
    }

    @Test func nilaiPegawai() throws {
        let s = try sheet("Nilai Pegawai")
        // The whole example of rules.md.
        #expect(s.cell("B6")?.value == .text("196003161984032001"))
        let mean = try #require(s.cell("H6")?.value.numberValue)
        #expect(abs(mean - 85.879_629_629_629_63) < 1e-12)
        #expect(s.cell("I6")?.value == .number(1))
        #expect(s.cell("J6")?.value == .number(3))
        #expect(s.cell("K6")?.value == .formula("H6+I6+J6", cached: 89.88))
        #expect(s.cell("Q6")?.value == .number(75))
        #expect(s.cell("R6")?.value == .formula("AVERAGE(L6:Q6)", cached: 80))
        #expect(s.cell("S6")?.value == .formula("0.6*K6+0.4*R6", cached: 85.93))
        #expect(s.cell("T6")?.value == .text("Baik"))
        #expect(s.cell("U6")?.value == .blank)
        // Not struktural: no leadership aspect, mean over five.
        #expect(s.cell("Q7")?.value == .blank)
        #expect(s.cell("S7")?.value == .formula("0.6*K7+0.4*R7", cached: 88.91))
        // No behaviour row: marked, not scored as 0.
        #expect(s.cell("K8")?.value == .formula("H8+I8+J8", cached: 122))
        #expect(s.cell("S8")?.value == .blank)
        #expect(s.cell("T8")?.value == .blank)
        #expect(s.cell("U8")?.value == .text("Tidak dinilai: tidak ada penilaian perilaku"))
        #expect(workbook.styleName(of: try #require(s.cell("U8"))) == "tidak_lengkap")
        // A formula-looking name is text; 54.175 rounds half-up.
        #expect(s.cell("C9")?.value == .text("=HYPERLINK(\"http://contoh\",\"Siti\")"))
        #expect(s.cell("S9")?.value == .formula("0.6*K9+0.4*R9", cached: 54.18))
        #expect(s.cell("T9")?.value == .text("Kurang"))
        // No SKP rows.
        #expect(s.cell("H10")?.value == .blank)
        #expect(s.cell("R10")?.value == .formula("AVERAGE(L10:Q10)", cached: 80))
        #expect(s.cell("U10")?.value == .text("Tidak dinilai: tidak ada SKP"))
        #expect(s.conditionalFormats.map(\.range).allSatisfy { $0.a1 == "T6:T10" })
    }

    @Test func masalahData() throws {
        let s = try sheet("Masalah Data")
        // One heading row: data from row 5.
        #expect(s.cell("G4")?.value == .text("Pesan"))
        #expect(s.cell("B5")?.value == .text("2026-Q3/pegawai.csv"))
        #expect(s.cell("C5")?.value == .number(5))
        #expect(s.cell("D5")?.value == .text("nama"))
        #expect(s.cell("E5")?.value == .text("=HYPERLINK(\"http://contoh\",\"Siti\")"))
        #expect(s.cell("F5")?.value == .text("Peringatan"))
        #expect(s.cell("F6")?.value == .text("Kesalahan"))
        #expect(s.cell("E7")?.value == .text("@provinsi"))
        #expect(s.autofilter?.a1 == "A4:G7")
        #expect(s.print.repeatRows == 3...3)
    }

    @Test func draftIsMarkedInTitlesAndPageHeaders() throws {
        let draft = ExcelReport.consolidated(ExcelFixture.consolidated(isFinal: false))
        let r = try #require(draft.sheet(named: "Ringkasan"))
        #expect(r.cell("A5")?.value == .text("DRAFT — LAPORAN MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULAN III TAHUN 2026"))
        for s in draft.sheets {
            #expect(s.print.header?.contains("DRAFT") == true)
        }
        #expect(draft.properties.title?.hasPrefix("DRAFT") == true)
    }

    @Test func sameModelSameWorkbook() {
        #expect(ExcelReport.consolidated(ExcelFixture.consolidated()) == workbook)
    }
}

@Suite struct ExcelUnitModelTests {
    let workbook = ExcelReport.unit(ExcelFixture.unit(ExcelFixture.perencanaan))

    func sheet(_ name: String) throws -> XLSXSheet { try #require(workbook.sheet(named: name)) }

    @Test func sheetsInOrder() {
        #expect(workbook.sheets.map(\.name) == ["Ringkasan", "Capaian Indikator", "Nilai Pegawai", "Penilaian Capaian SKP", "Masalah Data"])
        #expect(workbook.properties.subject == "Unit kerja BAG-REN — Bagian Perencanaan dan Keuangan")
    }

    @Test func ringkasanForOneUnit() throws {
        let s = try sheet("Ringkasan")
        #expect(s.cell("A6")?.value == .text("Unit Kerja: Bagian Perencanaan dan Keuangan (BAG-REN) — keadaan sampai dengan 30 September 2026"))
        #expect(s.cell("E10")?.value == .formula("IFERROR(AVERAGE('Capaian Indikator'!U6:U8),\"\")", cached: 85.52))
        // One unit: no totals row.
        #expect(s.cell("A11")?.value != .text("JUMLAH / RATA-RATA"))
        // The chart shows the unit's indicators.
        let series = try #require(s.charts.first?.series.first)
        #expect(series.sheet == "Capaian Indikator")
        #expect(series.categories.a1 == "C6:C8")
        #expect(series.values.a1 == "R6:R8")
        // Signed by the unit's head.
        #expect(s.cells.contains { $0.value == .text("Kepala Bagian Perencanaan dan Keuangan") })
        #expect(s.cells.contains { $0.value == .text("NIP. 19600316 198403 2 001") })
    }

    @Test func penilaianCapaianSKPInOfficialColumns() throws {
        let s = try sheet("Penilaian Capaian SKP")
        #expect(s.cell("A1")?.value == .text("PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI TRIWULAN III TAHUN 2026"))
        #expect(s.cell("D4")?.value == .text("Kegiatan Tugas Jabatan"))
        #expect(s.cell("F4")?.value == .text("Target"))
        #expect(s.cell("K4")?.value == .text("Realisasi"))
        #expect(s.cell("O4")?.value == .text("Penghitungan"))
        #expect(s.cell("T4")?.value == .text("Nilai Capaian SKP"))

        // 12/12, 100/90, 12/12, 24,000,000/22,800,000 → 100, 90, 76, 81 → 347 / 4 = 86.75.
        #expect(s.cell("J6")?.value == .number(24_000_000))
        #expect(workbook.styleName(of: try #require(s.cell("J6"))) == "rupiah")
        #expect(workbook.styles["rupiah"]?.numberFormat == "\"Rp \"#,##0")
        #expect(s.cell("O6")?.value == .formula("K6/F6*100", cached: 100))
        #expect(s.cell("P6")?.value == .formula("IF(K6=0,0,L6/H6*100)", cached: 90))
        #expect(s.cell("Q6")?.value == .formula("IF(K6=0,0,IF(ROUND(100-M6/I6*100,10)<=24,(1.76*I6-M6)/I6*100,76-((1.76*I6-M6)/I6*100-100)))", cached: 76))
        #expect(s.cell("R6")?.value == .formula("IF(K6=0,0,IF(ROUND(100-N6/J6*100,10)<=24,(1.76*J6-N6)/J6*100,76-((1.76*J6-N6)/J6*100-100)))", cached: 81))
        #expect(s.cell("S6")?.value == .formula("SUM(O6:R6)", cached: 347))
        #expect(s.cell("T6")?.value == .formula("S6/4", cached: 86.75))
        // No budget: no cost aspect, divisor 3.
        #expect(s.cell("J7")?.value == .blank)
        #expect(s.cell("R7")?.value == .blank)
        #expect(s.cell("T7")?.value == .formula("S7/3", cached: 83.67))
        // 6/4 months: E > 24 → 66.67.
        #expect(s.cell("Q8")?.value.numberValue == 66.67)
        // The second employee: 12/13 → 67.67, and 12/9.12 (E = 24) → exactly 100.
        #expect(s.cell("B9")?.value == .text("198507222010012003"))
        #expect(s.cell("Q11")?.value.numberValue == 67.67)
        #expect(s.cell("T11")?.value.numberValue == 89.22)
        #expect(s.cell("M12")?.value == .number(9.12))
        #expect(s.cell("Q12")?.value.numberValue == 100)
        #expect(s.cell("T12")?.value.numberValue == 100)
        // Output beyond target: 200, no cap.
        #expect(s.cell("O13")?.value == .formula("K13/F13*100", cached: 200))
        #expect(s.cell("T13")?.value.numberValue == 122)

        // Signed by the unit's head below the table.
        let place = try #require(s.cells.first { $0.value == .text("Contoh, 30 September 2026") })
        #expect(Int(place.row) > 13)
        #expect(s.cell(Int(place.row) + 1, Int(place.column))?.value == .text("Kepala Bagian Perencanaan dan Keuangan"))
        #expect(s.cell(Int(place.row) + 5, Int(place.column))?.value == .text("Dra. Sri Wahyuni, M.Si."))
        #expect(s.cell(Int(place.row) + 6, Int(place.column))?.value == .text("NIP. 19600316 198403 2 001"))
    }

    @Test func meanOfActivitiesIsAFormulaOverTheSKPSheet() throws {
        let s = try sheet("Nilai Pegawai")
        #expect(s.cell("H6")?.value == .formula("AVERAGE('Penilaian Capaian SKP'!T6:T8)", cached: 85.88))
        #expect(s.cell("H7")?.value == .formula("AVERAGE('Penilaian Capaian SKP'!T9:T12)", cached: 89.51))
        #expect(s.cell("H8")?.value == .formula("AVERAGE('Penilaian Capaian SKP'!T13:T13)", cached: 122))
    }

    @Test func unitWithoutNamedHeadGetsLinesToFillIn() throws {
        let wb = ExcelReport.unit(ExcelFixture.unit(ExcelFixture.umum))
        let s = try #require(wb.sheet(named: "Penilaian Capaian SKP"))
        #expect(s.cells.contains { $0.value == .text("Kepala Bagian Umum") })
        #expect(s.cells.contains { $0.value == .text("(.......................................)") })
        // RO = 0: every aspect 0, divisor still 4 (a budget target is set); text starting with + stays text.
        #expect(s.cell("D7")?.value == .text("+ Menghapus barang rusak berat"))
        #expect(s.cell("T7")?.value == .formula("S7/4", cached: 0))
        #expect(s.cell("Q7")?.value.numberValue == 0)
        let m = try #require(wb.sheet(named: "Masalah Data"))
        #expect(m.cell("E5")?.value == .text("=HYPERLINK(\"http://contoh\",\"Siti\")"))
    }
}

@Suite struct ExcelFormulaTests {
    @Test func efficiencyFormulaBranches() {
        #expect(ExcelFormula.efisiensi(target: "I6", realisasi: "M6", kuantitas: "K6")
            == "IF(K6=0,0,IF(ROUND(100-M6/I6*100,10)<=24,(1.76*I6-M6)/I6*100,76-((1.76*I6-M6)/I6*100-100)))")
    }

    @Test(arguments: [
        (Polarity.positif, NegativePolarityFormula.twoTMinusR, "IFERROR(R/T*100,\"\")"),
        (.negatif, .twoTMinusR, "IFERROR((2*T-R)/T*100,\"\")"),
        (.negatif, .tOverR, "IFERROR(T/R*100,\"\")"),
    ])
    func achievementFormulas(polaritas: Polarity, negatif: NegativePolarityFormula, expected: String) {
        #expect(ExcelFormula.capaian(target: "T", realisasi: "R", polaritas: polaritas, negatif: negatif) == expected)
    }

    @Test func cachedValuesRoundHalfUpToTwoPlaces() {
        #expect(ExactDecimal(stringLiteral: "54.175").cached == 54.18)
        #expect(ExactDecimal(stringLiteral: "-2.345").cached == -2.35)
        #expect((ExactDecimal(251) / 3).cached == 83.67)
    }
}

@Suite struct ExcelLayoutTests {
    @Test(arguments: [
        ("Bagian Umum", 34.0, 1),
        // 38 characters in a column that fits 32: the last word moves to a second line.
        ("Kepala Bagian Perencanaan dan Keuangan", 26.0, 2),
        ("Pengelola Barang Milik Daerah", 26.0, 1),
        // One word longer than the column breaks across lines.
        (String(repeating: "x", count: 70), 20.0, 3),
        ("", 10.0, 1),
    ])
    func wrappedLines(text: String, width: Double, lines: Int) {
        #expect(TextWrap.lines(text, width: width) == lines)
    }

    @Test func wrappedRowsGetTheirHeight() throws {
        let s = try #require(ExcelReport.consolidated(ExcelFixture.consolidated()).sheet(named: "Nilai Pegawai"))
        // "Kepala Bagian Perencanaan dan Keuangan" takes two lines in the Jabatan column.
        #expect(s.rowHeights[5] == TextWrap.height(lines: 2))
        #expect(s.rowHeights[6] == nil)
    }

    @Test(arguments: [
        (ExactDecimal(0), 2, 0, 4),                  // 0.00
        (ExactDecimal(999), 2, 0, 6),                // 999.00
        (ExactDecimal(1_500_000_000), 2, 0, 16),     // 1,500,000,000.00
        (ExactDecimal(170_395_000), 0, 3, 14),       // Rp 170,395,000
        (ExactDecimal(-1234), 0, 0, 6),              // -1,234
    ])
    func numberCharacters(value: ExactDecimal, decimals: Int, prefix: Int, expected: Int) {
        #expect(NumberWidth.characters(value, decimals: decimals, prefix: prefix) == expected)
    }

    @Test func wideAmountsWidenTheirColumns() throws {
        var model = ExcelFixture.consolidated()
        model.indicators[4].indicator.targetTahunan = 1_500_000_000_000
        let s = try #require(ExcelReport.consolidated(model).sheet(named: "Capaian Indikator"))
        // "1,500,000,000,000.00" is 20 characters: every value column gets 22.
        #expect(s.columnWidths.first { $0.columns == 7...7 }?.width == 22)
        #expect(s.columnWidths.first { $0.columns == 8...8 }?.width == 22)
    }
}

@Suite struct ExcelFooterTests {
    @Test func ampersandsInTheOfficeNameAreEscaped() throws {
        var model = ExcelFixture.consolidated()
        model.organisation.instansi = "BAPPEDA & LITBANG"
        let footer = try #require(ExcelReport.consolidated(model).sheets[0].print.footer)
        #expect(footer.contains("BAPPEDA && LITBANG"))
    }

    @Test func aVeryLongOfficeNameIsLeftOutOfTheFooter() throws {
        var model = ExcelFixture.consolidated()
        model.organisation.instansi = String(repeating: "DINAS ", count: 50)
        let footer = try #require(ExcelReport.consolidated(model).sheets[0].print.footer)
        #expect(footer == "&L&8Monev Triwulan III Tahun 2026 (2026-Q3)&R&8Halaman &P dari &N")
    }
}
