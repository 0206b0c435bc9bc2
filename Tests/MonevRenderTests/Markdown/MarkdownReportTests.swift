import Foundation
import MonevCore
@testable import MonevRender
import Testing

@Suite("Markdown report")
struct MarkdownReportTests {
    static let sectionHeadings = ["Ringkasan", "Capaian Kinerja", "Penilaian Prestasi Kerja", "Permasalahan", "Rekomendasi", "Lampiran"]

    @Test func consolidatedMatchesGolden() throws {
        try MarkdownGolden.check(MarkdownReport.render(MarkdownFixture.consolidated()), against: "fixture-monev-2026-Q3.md")
    }

    @Test func unitReportMatchesGolden() throws {
        try MarkdownGolden.check(MarkdownReport.render(MarkdownFixture.hukumReport()), against: "fixture-monev-HK-2026-Q3.md")
    }

    @Test(arguments: ["consolidated", "HK", "PBJ"])
    func reparsesWithSectionsInOrderAndRectangularTables(_ scope: String) throws {
        let model = switch scope {
        case "HK": MarkdownFixture.hukumReport()
        case "PBJ": MarkdownFixture.pengadaanReport()
        default: MarkdownFixture.consolidated()
        }
        let html = try CommonMark.html(MarkdownReport.render(model))
        #expect(CommonMark.elements("h1", in: html) == ["Laporan Monitoring dan Evaluasi Capaian Kinerja Triwulan III Tahun 2026"])
        #expect(CommonMark.elements("h2", in: html) == Self.sectionHeadings)
        let tables = CommonMark.tables(in: html)
        #expect(tables.count >= 7)
        for table in tables {
            #expect(Set(table.rowCellCounts).count == 1, "ragged table: \(table.rowCellCounts) \(table.cells.prefix(4))")
        }
        #expect(!html.contains("<em>"))
        #expect(!html.contains("raw HTML omitted"))
        #expect(html.contains("<pre><code class=\"language-mermaid\">xychart-beta"))
    }

    @Test func unitNameWithPipeAndStarStaysOneLiteralCell() throws {
        let html = try CommonMark.html(MarkdownReport.render(MarkdownFixture.consolidated()))
        let cells = CommonMark.tables(in: html).flatMap(\.cells)
        // Capaian per unit, Sebaran Sebutan, low achievers (2), shortfalls (3), data ditolak.
        #expect(cells.filter { $0 == MarkdownFixture.hukumName }.count == 8)
        #expect(!cells.contains("Bagian Hukum"))
        #expect(html.contains("<h4>Bagian Hukum | *Khusus* (HK)</h4>"))
    }

    /// Every kind of Markdown-active text in every kind of input field renders as itself.
    @Test func hostileInputTextRendersLiterally() throws {
        let hostile = "*a* _b_ `c` [d](e) <b>f</b> # g | h \\ i ~~j~~ &amp; $k$\nl"
        let shown = "*a* _b_ `c` [d](e) <b>f</b> # g | h \\ i ~~j~~ &amp; $k$ l"
        var model = MarkdownFixture.consolidated()
        model.units[1].unit.nama = hostile
        model.indicators[3].indicator.nama = hostile
        model.indicators[3].indicator.satuan = hostile
        model.employees[5].employee.nama = hostile
        model.diagnostics[0].value = hostile
        model.diagnostics[0].message = hostile
        let markdown = MarkdownReport.render(model)
        let html = try CommonMark.html(markdown)
        let tables = CommonMark.tables(in: html)
        for table in tables { #expect(Set(table.rowCellCounts).count == 1) }
        let cells = tables.flatMap(\.cells)
        #expect(cells.filter { $0 == shown }.count >= 9)
        for tag in ["<em>", "<code>", "<a ", "<del>", "<b>", "raw HTML omitted"] {
            #expect(!html.contains(tag), "\(tag) in output")
        }
        #expect(CommonMark.elements("h2", in: html) == Self.sectionHeadings)
    }

    @Test func everyRejectedAndSuspiciousRowIsListedInLampiranWithFileAndLine() throws {
        let html = try CommonMark.html(MarkdownReport.render(MarkdownFixture.consolidated()))
        let lampiran = try #require(CommonMark.tables(in: html).last)
        let width = try #require(lampiran.rowCellCounts.first)
        #expect(Array(lampiran.cells.prefix(width)) == ["No", "Berkas", "Baris", "Kolom", "Nilai", "Jenis", "Keterangan"])
        let rows = stride(from: width, to: lampiran.cells.count, by: width).map { Array(lampiran.cells[$0..<$0 + width]) }
        let diagnostics = MarkdownFixture.diagnostics
        #expect(rows.count == diagnostics.count)
        for (row, d) in zip(rows, diagnostics) {
            #expect(row[1] == d.file)
            #expect(row[2] == (d.line.map(String.init) ?? "–"))
            #expect(row[3] == (d.column ?? "–"))
            #expect(row[4] == (d.value ?? "–"))
            #expect(row[5] == (d.severity == .error ? "Ditolak" : "Peringatan"))
            #expect(row[6] == d.message)
        }
    }

    @Test func draftIsMarkedUnderTheTitleAndFinalIsNot() {
        let draft = MarkdownReport.render(MarkdownFixture.hukumReport(isFinal: false))
        let final = MarkdownReport.render(MarkdownFixture.hukumReport(isFinal: true))
        #expect(draft.hasPrefix("# Laporan Monitoring dan Evaluasi Capaian Kinerja Triwulan III Tahun 2026\n\n> **DRAFT**"))
        #expect(!final.contains("DRAFT"))
    }

    @Test func signatureBlockClosesTheReport() {
        let consolidated = MarkdownReport.render(MarkdownFixture.consolidated())
        #expect(consolidated.hasSuffix(#"""
            Contoh, 30 September 2026\
            Sekretaris Daerah,

            **Dr. H. Bambang Sutrisno, S.H., M.Si.**\
            NIP 19680315 199303 1 004

            """#))
        let unit = MarkdownReport.render(MarkdownFixture.hukumReport())
        #expect(unit.contains("Kepala Bagian Hukum,\n\n**Rina Marlina, S.H., M.H.**\\\nNIP 19800105 200501 2 003\n"))
        let headless = MarkdownReport.render(MarkdownFixture.pengadaanReport())
        #expect(headless.hasSuffix("Contoh, 30 September 2026\\\nKepala Bagian Pengadaan Barang/Jasa,\n\n………………………………\\\nNIP ………………………………\n"))
    }

    @Test func ringkasanStatesTheKeyFiguresInIndonesian() {
        let text = MarkdownReport.render(MarkdownFixture.consolidated())
        // Mean of the three unit means.
        #expect(text.contains("Capaian kinerja rata-rata seluruh unit kerja sampai dengan Triwulan III sebesar 85,86 % dan berada pada kategori Tinggi."))
        #expect(text.contains("Sebanyak 2 indikator berada pada kategori Rendah atau Sangat Rendah. Sebanyak 6 indikator diperkirakan tidak mencapai target tahunan jika laju realisasinya tetap."))
        #expect(text.contains("Dari 8 pegawai, 7 orang telah dinilai dengan nilai prestasi kerja rata-rata 73,10 (sebutan Cukup)."))
        #expect(text.contains("Rincian sebutan: Sangat Baik 1 orang, Baik 3 orang, Cukup 1 orang, Kurang 1 orang, dan Buruk 1 orang."))
        #expect(text.contains("Dibandingkan Triwulan II Tahun 2026, capaian rata-rata naik pada 2 unit kerja dan turun pada 1 unit kerja."))
        #expect(text.contains("Sebanyak 3 baris data masukan ditolak dan tidak ikut dihitung, dan tercatat 4 peringatan (Lampiran C)."))
    }

    @Test func withoutThePreviousQuarterTheChangeIsNotGuessed() {
        var model = MarkdownFixture.consolidated()
        model.previousUnits = nil
        let text = MarkdownReport.render(model)
        #expect(text.contains("Data Triwulan II Tahun 2026 tidak tersedia sehingga perubahan dari triwulan sebelumnya tidak dapat disajikan."))
        #expect(!text.contains("| Capaian TW II |"))
        model.period = Period(year: 2026, quarter: 1)!
        #expect(MarkdownReport.render(model).contains("Triwulan I adalah triwulan pertama tahun berjalan"))
    }

    @Test func rekomendasiNamesUnitAndIndicatorWithTheFigureToReach() {
        let text = MarkdownReport.render(MarkdownFixture.consolidated())
        #expect(text.contains("1. **Bagian Umum (UM), indikator UM-01 “Persentase surat masuk yang didisposisi tepat waktu”.**"))
        #expect(text.contains("**Bagian Hukum \\| \\*Khusus\\* (HK), indikator HK-01 “Jumlah rancangan peraturan daerah yang diselesaikan”.** Capaian sampai dengan Triwulan III 60,00 % (kategori Rendah). Realisasi sampai dengan Triwulan III 9 dokumen; dengan laju yang sama realisasi akhir tahun diperkirakan 12 dokumen, di bawah target tahunan 20 dokumen. Kepala unit kerja agar menelaah penyebab rendahnya capaian dan menetapkan langkah percepatan; agar target tahunan tercapai, realisasi pada Triwulan IV Tahun 2026 perlu sekurang-kurangnya 11 dokumen."))
        #expect(text.contains("**Bagian Hukum \\| \\*Khusus\\* (HK), data masukan.** Sebanyak 1 baris data ditolak"))
        #expect(text.contains("**Bagian Umum (UM), penilaian prestasi kerja.** Sebanyak 1 pegawai belum dinilai: Budi Santoso (tidak ada penilaian perilaku)."))
    }

    @Test func fourthQuarterReportsTheYearInsteadOfAProjection() {
        var model = MarkdownFixture.consolidated()
        model.period = Period(year: 2026, quarter: 4)!
        let text = MarkdownReport.render(model)
        #expect(text.contains("### Indikator yang Tidak Mencapai Target Tahunan"))
        #expect(!text.contains("Proyeksi Akhir Tahun"))
        // UM-02 is kumulatif: in Q4 the year's realisation is final (30 of 40).
        #expect(text.contains("Realisasi akhir tahun 30 kegiatan, di bawah target tahunan 40 kegiatan. Penyebab tidak tercapainya target agar diuraikan dalam laporan kinerja tahunan"))
        #expect(text.contains("pada penilaian Triwulan I Tahun 2027"))
    }

    @Test func aModelWithNothingInItStillReadsAndReparses() throws {
        let empty = ReportModel(period: Period(year: 2026, quarter: 1)!, scope: .consolidated, organisation: Organisation(),
                                scoring: ScoringOptions(), units: [], indicators: [], employees: [], diagnostics: [],
                                previousUnits: nil, signatory: nil, isFinal: false)
        let text = MarkdownReport.render(empty)
        #expect(text.contains("Capaian kinerja rata-rata seluruh unit kerja belum dapat dihitung"))
        #expect(text.contains("Tidak ada temuan yang memerlukan tindak lanjut khusus."))
        let html = try CommonMark.html(text)
        #expect(CommonMark.elements("h2", in: html) == Self.sectionHeadings)
        for table in CommonMark.tables(in: html) { #expect(Set(table.rowCellCounts).count == 1) }
        #expect(!html.contains("<pre>"))
    }
}
