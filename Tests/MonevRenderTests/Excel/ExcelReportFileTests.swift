import Foundation
import MonevRender
import Testing
import XLSX
import XLSXTestSupport

/// End to end: render, write through libxlsxwriter, unzip and read the sheet XML back.
@Suite struct ExcelReportFileTests {
    final class Scratch {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("excel-report-\(UUID().uuidString)").path
        init() throws { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: dir) }
    }

    @Test func consolidatedWorkbookReadsBack() throws {
        let scratch = try Scratch()
        let path = scratch.dir + "/monev-2026-Q3.xlsx"
        try XLSXWriter.write(ExcelReport.consolidated(ExcelFixture.consolidated()), to: path)
        let file = try XLSXFile(path: path)
        #expect(try file.sheetNames() == ["Ringkasan", "Capaian Indikator", "Nilai Pegawai", "Masalah Data"])

        let ringkasan = try file.sheet("Ringkasan")
        #expect(ringkasan["A5"]?.string == "LAPORAN MONITORING DAN EVALUASI CAPAIAN KINERJA TRIWULAN III TAHUN 2026")
        #expect(ringkasan["E10"]?.formula == "IFERROR(AVERAGE('Capaian Indikator'!U6:U8),\"\")")
        #expect(ringkasan["E10"]?.number == 85.52)
        #expect(ringkasan["D10"]?.number == 3)
        #expect(ringkasan.xml.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"))
        #expect(ringkasan.attributes(of: "pane")?["topLeftCell"] == "A10")
        #expect(ringkasan.mergedRanges.contains("A1:N1"))
        #expect(try file.numberFormat(styleIndex: try #require(ringkasan["E10"]?.styleIndex)) == "#,##0.00")
        #expect(file.entries.contains("xl/charts/chart1.xml"))

        let pegawai = try file.sheet("Nilai Pegawai")
        // Numbers are numbers, NIPs and formula-looking names are text.
        #expect(pegawai["S6"]?.formula == "0.6*K6+0.4*R6")
        #expect(pegawai["S6"]?.number == 85.93)
        #expect(pegawai["B6"]?.string == "196003161984032001")
        #expect(pegawai["C9"]?.string == "=HYPERLINK(\"http://contoh\",\"Siti\")")
        #expect(pegawai["C9"]?.formula == nil)
        #expect(pegawai["L6"]?.number == 85)

        let indikator = try file.sheet("Capaian Indikator")
        #expect(indikator["Q9"]?.type == "str")
        #expect(indikator["Q9"]?.value == "")
        #expect(indikator["Q8"]?.number == 78.13)

        let masalah = try file.sheet("Masalah Data")
        #expect(masalah["E7"]?.string == "@provinsi")

        let workbookXML = try file.entry("xl/workbook.xml")
        #expect(workbookXML.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Ringkasan!$8:$9</definedName>"))
        let core = try file.entry("docProps/core.xml")
        #expect(core.contains("2026-09-30T00:00:00Z"))
    }

    @Test func unitWorkbookReadsBack() throws {
        let scratch = try Scratch()
        let path = scratch.dir + "/monev-BAG-REN-2026-Q3.xlsx"
        try XLSXWriter.write(ExcelReport.unit(ExcelFixture.unit(ExcelFixture.perencanaan)), to: path)
        let file = try XLSXFile(path: path)
        let skp = try file.sheet("Penilaian Capaian SKP")
        #expect(skp["R6"]?.formula == "IF(K6=0,0,IF(ROUND(100-N6/J6*100,10)<=24,(1.76*J6-N6)/J6*100,76-((1.76*J6-N6)/J6*100-100)))")
        #expect(skp["R6"]?.number == 81)
        #expect(skp["T6"]?.number == 86.75)
        #expect(skp["J6"]?.number == 24_000_000)
        #expect(try file.numberFormat(styleIndex: try #require(skp["J6"]?.styleIndex)) == "\"Rp \"#,##0")
        #expect(skp.xml.contains("NIP. 19600316 198403 2 001"))
    }

    @Test func sameInputSameBytes() throws {
        let scratch = try Scratch()
        for name in ["a", "b"] {
            try XLSXWriter.write(ExcelReport.consolidated(ExcelFixture.consolidated()), to: "\(scratch.dir)/\(name).xlsx")
            try XLSXWriter.write(ExcelReport.unit(ExcelFixture.unit(ExcelFixture.umum)), to: "\(scratch.dir)/\(name)-unit.xlsx")
        }
        for suffix in ["", "-unit"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.dir)/a\(suffix).xlsx"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(scratch.dir)/b\(suffix).xlsx"))
            #expect(a.count > 5_000)
            #expect(a == b)
        }
    }
}
