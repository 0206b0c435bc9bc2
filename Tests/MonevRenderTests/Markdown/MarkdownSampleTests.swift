import Foundation
import MonevCore
@testable import MonevRender
import Testing

/// The committed sample (`input/2026-Q1…Q3`) through the real pipeline into the Markdown report.
@Suite("Markdown report of the sample drops")
struct MarkdownSampleTests {
    static let unitKode = "4.01.02"

    @Test func consolidatedReportOfTheSampleMatchesGolden() throws {
        let run = try MarkdownSample.run(MarkdownSample.files())
        try MarkdownGolden.check(MarkdownReport.render(run.consolidated), against: "sample-monev-2026-Q3.md")
    }

    @Test func unitReportOfTheSampleMatchesGolden() throws {
        let run = try MarkdownSample.run(MarkdownSample.files())
        let model = try #require(run.unit(Self.unitKode))
        try MarkdownGolden.check(MarkdownReport.render(model), against: "sample-monev-\(Self.unitKode)-2026-Q3.md")
    }

    @Test func sampleReportsReparseWithRectangularTables() throws {
        let run = try MarkdownSample.run(MarkdownSample.files())
        for model in [run.consolidated] + run.scores.units.compactMap({ run.unit($0.unit.kode) }) {
            let html = try CommonMark.html(MarkdownReport.render(model))
            #expect(CommonMark.elements("h2", in: html) == MarkdownReportTests.sectionHeadings)
            for table in CommonMark.tables(in: html) { #expect(Set(table.rowCellCounts).count == 1) }
            #expect(!html.contains("<em>"))
        }
    }

    /// Bad rows added to every file of the sample's Q3 drop: each rejected row is listed in
    /// Lampiran C of the consolidated report with its file and line.
    @Test func aDropWithRejectedRowsListsEachOfThemInTheLampiran() throws {
        var files = try MarkdownSample.files()
        func append(_ name: String, _ row: String) {
            var bytes = files["2026-Q3/\(name)"]!
            if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            files["2026-Q3/\(name)"] = bytes + Array((row + "\n").utf8)
        }
        append("unit_kerja.csv", "../x,Unit Luar Folder,,,,")
        append("indikator.csv", #"4.01.02,IK.09,"Jumlah naskah | *uji*",dokumen,positif,kumulatif,10,1.234,2"#)
        append("pegawai.csv", "19850101201001100,Pegawai Uji,Penata (III/c),Analis Hukum,4.01.02,pelaksana,")
        append("skp.csv", "196908201999032375,9,Kegiatan uji tanpa target,,0,laporan,100,12,-,1,90,12,-")
        append("perilaku.csv", "196908201999032375,81,95,94,86,85,120")
        let run = try MarkdownSample.run(files)
        let errors = run.diagnostics.filter { $0.severity == .error }
        #expect(Set(errors.map(\.file)) == Set(["unit_kerja.csv", "indikator.csv", "pegawai.csv", "skp.csv", "perilaku.csv"].map { "2026-Q3/\($0)" }))

        let consolidated = try lampiranRows(of: run.consolidated)
        #expect(consolidated.count == run.consolidated.diagnostics.count)
        for e in errors {
            #expect(consolidated.contains { $0[1] == e.file && $0[2] == e.line.map(String.init) && $0[5] == "Ditolak" }, "\(e.description)")
        }
    }

    /// The rows of the Lampiran C table (the last table of the report), header dropped.
    private func lampiranRows(of model: ReportModel) throws -> [[String]] {
        let html = try CommonMark.html(MarkdownReport.render(model))
        let table = try #require(CommonMark.tables(in: html).last)
        let width = try #require(table.rowCellCounts.first)
        #expect(table.cells.prefix(width) == ["No", "Berkas", "Baris", "Kolom", "Nilai", "Jenis", "Keterangan"])
        return stride(from: width, to: table.cells.count, by: width).map { Array(table.cells[$0..<$0 + width]) }
    }
}
