import Foundation
import Testing
import XLSX
import XLSXTestSupport

/// A fresh directory per test, removed afterwards.
final class Scratch {
    let dir: String
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: dir) }
    func path(_ name: String) -> String { dir + "/" + name }
}

/// A small workbook exercising every kind of cell and sheet feature.
func sampleWorkbook() -> XLSXWorkbook {
    var styles = XLSXStyles()
    let header = styles.define("header", XLSXStyle(bold: true, fill: XLSXColor(0xD9E1F2), border: .thin, horizontal: .center, wrap: true))
    let angka = styles.define("angka", XLSXStyle(border: .thin, numberFormat: "#,##0.00"))
    let rupiah = styles.define("rupiah", XLSXStyle(border: .thin, numberFormat: "\"Rp \"#,##0"))
    let teks = styles.define("teks", XLSXStyle(border: .thin))
    let hijau = styles.define("hijau", XLSXStyle(fill: XLSXColor(0xC6EFCE)))

    var sheet = XLSXSheet(name: "Capaian Indikator")
    sheet.merge(XLSXRange(rows: 0...0, columns: 0...4), .text("JUDUL"), style: header)
    for (c, h) in ["Indikator", "Target", "Realisasi", "Capaian", "Anggaran"].enumerated() {
        sheet.set(1, c, .text(h), style: header)
    }
    sheet.set(2, 0, .text("=HYPERLINK(\"http://x\")"), style: teks)
    sheet.set(2, 1, .number(12), style: angka)
    sheet.set(2, 2, .number(9.12), style: angka)
    sheet.set(2, 3, .formula("=IFERROR(C3/B3*100,\"\")", cached: 76), style: angka)
    sheet.set(2, 4, .number(170_395_000), style: rupiah)
    sheet.set(3, 0, .text("+62 indikator"), style: teks)
    sheet.set(3, 1, .number(0), style: angka)
    sheet.set(3, 2, .number(5), style: angka)
    sheet.set(3, 3, .formulaText("IFERROR(C4/B4*100,\"\")", cached: ""), style: angka)
    sheet.set(3, 4, .blank, style: rupiah)
    sheet.setWidth(40, columns: 0...0)
    sheet.setWidth(12, columns: 1...4)
    sheet.rowHeights[0] = 30
    sheet.frozen = XLSXFreeze(rows: 2, columns: 1)
    sheet.autofilter = XLSXRange(rows: 1...3, columns: 0...4)
    sheet.print.repeatRows = 0...1
    sheet.print.header = "&CDRAFT"
    sheet.print.footer = "&L" + XLSXPrintSetup.escape("Monev 2026-Q3 & co") + "&RHalaman &P dari &N"
    sheet.conditionalFormats.append(XLSXConditionalFormat(range: XLSXRange(rows: 2...3, columns: 3...3), rule: .greaterThanOrEqual(91), style: hijau))
    sheet.conditionalFormats.append(XLSXConditionalFormat(range: XLSXRange(rows: 2...3, columns: 0...0), rule: .textEquals("Sangat \"Tinggi\""), style: hijau))
    sheet.charts.append(XLSXChart(kind: .bar, title: "Capaian", series: [
        .init(name: "Capaian (%)", sheet: "Capaian Indikator", categories: XLSXRange(rows: 2...3, columns: 0...0),
              values: XLSXRange(rows: 2...3, columns: 3...3), color: XLSXColor(0x2F5597)),
    ], anchor: XLSXCellRef(row: 6, column: 0)))

    var second = XLSXSheet(name: "Masalah Data")
    second.set(0, 0, .text("Berkas"), style: header)
    second.set(1, 0, .text("2026-Q3/skp.csv"), style: teks)

    let props = XLSXDocumentProperties(title: "Laporan Monev", company: "SEKRETARIAT DAERAH",
                                       created: XLSXDate(year: 2026, month: 9, day: 30))
    return XLSXWorkbook(styles: styles, sheets: [sheet, second], properties: props)
}

@Suite struct XLSXWriterTests {
    @Test func valuesFormulasAndTextReadBack() throws {
        let scratch = try Scratch()
        let path = scratch.path("a.xlsx")
        try XLSXWriter.write(sampleWorkbook(), to: path)
        let file = try XLSXFile(path: path)
        #expect(try file.sheetNames() == ["Capaian Indikator", "Masalah Data"])
        let sheet = try file.sheet("Capaian Indikator")

        #expect(sheet["A1"]?.string == "JUDUL")
        #expect(sheet["B3"]?.number == 12)
        #expect(sheet["C3"]?.number == 9.12)
        #expect(sheet["E3"]?.number == 170_395_000)
        // A live formula, leading "=" stripped, with its cached value.
        #expect(sheet["D3"]?.formula == "IFERROR(C3/B3*100,\"\")")
        #expect(sheet["D3"]?.number == 76)
        // A formula whose result is text carries t="str" and the cached text.
        #expect(sheet["D4"]?.formula == "IFERROR(C4/B4*100,\"\")")
        #expect(sheet["D4"]?.type == "str")
        #expect(sheet["D4"]?.value == "")
        // Text that looks like a formula stays text.
        #expect(sheet["A3"]?.formula == nil)
        #expect(sheet["A3"]?.string == "=HYPERLINK(\"http://x\")")
        #expect(sheet["A4"]?.string == "+62 indikator")
        // A styled blank is a cell with a style and no value.
        #expect(sheet["E4"]?.value == nil)
        #expect(sheet["E4"]?.styleIndex != nil)
        #expect(try file.sheet("Masalah Data")["A2"]?.string == "2026-Q3/skp.csv")
    }

    @Test func stylesBecomeNumberFormats() throws {
        let scratch = try Scratch()
        let path = scratch.path("a.xlsx")
        try XLSXWriter.write(sampleWorkbook(), to: path)
        let file = try XLSXFile(path: path)
        let sheet = try file.sheet("Capaian Indikator")
        #expect(try file.numberFormat(styleIndex: try #require(sheet["B3"]?.styleIndex)) == "#,##0.00")
        #expect(try file.numberFormat(styleIndex: try #require(sheet["E3"]?.styleIndex)) == "\"Rp \"#,##0")
        #expect(try file.numberFormat(styleIndex: try #require(sheet["A3"]?.styleIndex)) == nil)
    }

    @Test func sheetLayoutAndPrintSetup() throws {
        let scratch = try Scratch()
        let path = scratch.path("a.xlsx")
        try XLSXWriter.write(sampleWorkbook(), to: path)
        let file = try XLSXFile(path: path)
        let sheet = try file.sheet("Capaian Indikator")
        #expect(sheet.xml.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"))
        #expect(sheet.attributes(of: "pageSetUpPr")?["fitToPage"] == "1")
        #expect(sheet.attributes(of: "printOptions")?["horizontalCentered"] == "1")
        #expect(sheet.xml.contains("<oddHeader>&amp;CDRAFT</oddHeader>"))
        #expect(sheet.xml.contains("<oddFooter>&amp;LMonev 2026-Q3 &amp;&amp; co&amp;RHalaman &amp;P dari &amp;N</oddFooter>"))
        let pane = try #require(sheet.attributes(of: "pane"))
        #expect(pane["topLeftCell"] == "B3")
        #expect(pane["state"] == "frozen")
        #expect(sheet.attributes(of: "autoFilter")?["ref"] == "A2:E4")
        #expect(sheet.mergedRanges == ["A1:E1"])
        let row1 = try #require(sheet.elements("row").first)
        #expect(row1.attributes["ht"] == "30")
        #expect(row1.attributes["customHeight"] == "1")
        let cols = sheet.elements("col")
        #expect(cols.first?.attributes["width"] == "40.7109375")
        // Conditional formats: a number rule and a quoted text rule.
        let rules = sheet.elements("cfRule")
        #expect(rules.count == 2)
        #expect(rules.contains { $0.attributes["operator"] == "greaterThanOrEqual" })
        #expect(sheet.xml.contains("<formula>\"Sangat \"\"Tinggi\"\"\"</formula>"))
        // Repeated heading rows are a defined name of the workbook.
        let workbook = try file.entry("xl/workbook.xml")
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Capaian Indikator'!$1:$2</definedName>"))
        // The chart points at the sheet's ranges.
        let chart = try file.entry("xl/charts/chart1.xml")
        #expect(chart.contains("<c:f>'Capaian Indikator'!$A$3:$A$4</c:f>"))
        #expect(chart.contains("<c:f>'Capaian Indikator'!$D$3:$D$4</c:f>"))
        #expect(chart.contains("<c:barDir val=\"bar\"/>"))
    }

    @Test func documentPropertiesUseTheFixedDate() throws {
        let scratch = try Scratch()
        let path = scratch.path("a.xlsx")
        try XLSXWriter.write(sampleWorkbook(), to: path)
        let core = try XLSXFile(path: path).entry("docProps/core.xml")
        #expect(core.contains("<dc:title>Laporan Monev</dc:title>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-09-30T00:00:00Z</dcterms:created>"))
        let app = try XLSXFile(path: path).entry("docProps/app.xml")
        #expect(app.contains("<Company>SEKRETARIAT DAERAH</Company>"))
    }

    @Test func sameModelGivesSameBytes() throws {
        let scratch = try Scratch()
        try XLSXWriter.write(sampleWorkbook(), to: scratch.path("a.xlsx"))
        try XLSXWriter.write(sampleWorkbook(), to: scratch.path("b.xlsx"), temporaryDirectory: scratch.dir)
        let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a.xlsx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: scratch.path("b.xlsx")))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    /// The library alone deflates at zlib's default level; `CXLSXDeflate` makes it level 1. If the
    /// test bundle or monev stops exporting the interposed function, the headers say "normal".
    @Test func everyPartIsDeflatedAtLevel1() throws {
        let scratch = try Scratch()
        let path = scratch.path("a.xlsx")
        try XLSXWriter.write(sampleWorkbook(), to: path)
        let entries = try ZipDirectory(path: path).entries
        #expect(entries.map(\.name) == (try XLSXFile(path: path).entries))
        #expect(entries.contains { $0.name == "xl/worksheets/sheet1.xml" })
        for entry in entries {
            #expect(entry.method == 8, "\(entry.name)")
            #expect(entry.deflateOption == 0b11, "\(entry.name) flags \(entry.flags)")
        }
    }

    @Test func cellOrderInTheModelDoesNotMatter() throws {
        var styles = XLSXStyles()
        let s = styles.define("angka", XLSXStyle(numberFormat: "0.00"))
        var sheet = XLSXSheet(name: "Data")
        // Bottom-up, right-to-left, and one cell set twice (the later value wins).
        for row in stride(from: 199, through: 0, by: -1) {
            for column in stride(from: 3, through: 0, by: -1) {
                sheet.set(row, column, .number(Double(row * 10 + column)), style: s)
            }
        }
        sheet.set(5, 2, .text("ganti"))
        sheet.merge(XLSXRange(rows: 200...201, columns: 0...1), .text("gabung"), style: s)
        sheet.set(200, 3, .text("kanan"))
        sheet.rowHeights[250] = 40
        let scratch = try Scratch()
        let path = scratch.path("order.xlsx")
        try XLSXWriter.write(XLSXWorkbook(styles: styles, sheets: [sheet], properties: .init(created: XLSXDate(year: 2026, month: 1, day: 1))), to: path)
        let read = try XLSXFile(path: path).sheet("Data")
        #expect(read["A1"]?.number == 0)
        #expect(read["D200"]?.number == 1993)
        #expect(read["C6"]?.string == "ganti")
        #expect(read["A201"]?.string == "gabung")
        #expect(read["D201"]?.string == "kanan")
        #expect(read["B202"]?.styleIndex != nil)
        #expect(read.mergedRanges == ["A201:B202"])
        #expect(read.elements("row").last?.attributes["r"] == "251")
    }

    @Test func unwritablePathIsAnErrorNotACrash() throws {
        let err = #expect(throws: XLSXError.self) {
            try XLSXWriter.write(sampleWorkbook(), to: "/nonexistent-dir/sub/a.xlsx")
        }
        #expect(err?.kind == .cannotWriteFile)
        #expect(err?.path == "/nonexistent-dir/sub/a.xlsx")
        #expect(err?.context == "closing the workbook")
    }

    @Test(arguments: ["Ringkasan/2026", "[Unit]", String(repeating: "x", count: 32)])
    func badSheetNamesAreModelErrors(name: String) throws {
        var wb = sampleWorkbook()
        wb.sheets[1].name = name
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("bad.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("bad.xlsx")))
    }

    @Test func duplicateSheetNameIsAnError() throws {
        var wb = sampleWorkbook()
        wb.sheets[1].name = wb.sheets[0].name
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("dup.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
    }

    @Test func styleFromAnotherWorkbookIsAnError() throws {
        var other = XLSXStyles()
        for i in 0..<20 { other.define("s\(i)", XLSXStyle()) }
        var wb = sampleWorkbook()
        wb.sheets[1].set(5, 0, .text("x"), style: other.id(named: "s19"))
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("style.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
        #expect(err?.context == "sheet 'Masalah Data' cell A6")
    }

    @Test func textLongerThanACellHoldsIsAnError() throws {
        var wb = sampleWorkbook()
        wb.sheets[1].set(5, 0, .text(String(repeating: "a", count: 32_768)))
        let scratch = try Scratch()
        let err = #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("long.xlsx")) }
        #expect(err?.kind == .invalidWorkbook)
        #expect(err?.code != 0)
    }

    @Test func emptyWorkbookIsAnError() throws {
        let wb = XLSXWorkbook(styles: XLSXStyles(), sheets: [], properties: .init(created: XLSXDate(year: 2026, month: 1, day: 1)))
        let scratch = try Scratch()
        #expect(throws: XLSXError.self) { try XLSXWriter.write(wb, to: scratch.path("empty.xlsx")) }
    }

    @Test func linksTheExpectedLibrary() {
        #expect(libraryVersion() == "1.1.4")
    }
}

@Suite struct StyleSharingTests {
    /// Two names for the same look become one library format (the library re-hashes duplicate
    /// formats on every cell it writes).
    @Test func identicalStylesShareOneFormat() throws {
        var styles = XLSXStyles()
        let a = styles.define("teks", XLSXStyle(border: .thin))
        let b = styles.define("umum", XLSXStyle(border: .thin))
        let c = styles.define("angka", XLSXStyle(border: .thin, numberFormat: "0.00"))
        var sheet = XLSXSheet(name: "S")
        sheet.set(0, 0, .text("a"), style: a)
        sheet.set(0, 1, .number(1), style: b)
        sheet.set(0, 2, .number(2), style: c)
        let scratch = try Scratch()
        let path = scratch.path("share.xlsx")
        try XLSXWriter.write(XLSXWorkbook(styles: styles, sheets: [sheet], properties: .init(created: XLSXDate(year: 2026, month: 1, day: 1))), to: path)
        let read = try XLSXFile(path: path).sheet("S")
        #expect(read["A1"]?.styleIndex == read["B1"]?.styleIndex)
        #expect(read["A1"]?.styleIndex != read["C1"]?.styleIndex)
    }
}
