import Foundation
import Testing
import XLSX
import XLSXTestSupport

/// A workbook whose first and last sheets are made only after a streamed sheet (`XLSXSheet.later`,
/// `XLSXRowSource(_:finish:)`) must be the very file written in tab order: the library numbers
/// styles in the order rows first use them, so only fixing the numbers beforehand keeps the bytes.
@Suite struct LaterSheetTests {
    /// Four styles, each first used by a different sheet, so any change of order renumbers them.
    struct Styles {
        var table = XLSXStyles()
        let judul: XLSXStyleID, angka: XLSXStyleID, teks: XLSXStyleID, catatan: XLSXStyleID, merah: XLSXStyleID
        init() {
            judul = table.define("judul", XLSXStyle(bold: true, horizontal: .center))
            angka = table.define("angka", XLSXStyle(border: .thin, numberFormat: "0.00"))
            teks = table.define("teks", XLSXStyle(border: .thin))
            catatan = table.define("catatan", XLSXStyle(italic: true))
            merah = table.define("merah", XLSXStyle(fill: XLSXColor(0xFFC7CE)))
        }
    }

    /// The summary over `totals` (placeholder zeros make its preview): a title, one row per unit,
    /// a note in its last row.
    static func ringkasan(_ st: Styles, totals: [Double]) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Ringkasan")
        sheet.merge(XLSXRange(rows: 0...0, columns: 0...1), .text("RINGKASAN"), style: st.judul)
        for (i, total) in totals.enumerated() {
            sheet.set(1 + i, 0, .text("Unit \(i + 1)"), style: st.teks)
            sheet.set(1 + i, 1, .number(total), style: st.angka)
        }
        sheet.conditionalFormats.append(XLSXConditionalFormat(range: XLSXRange(rows: 1...totals.count, columns: 1...1),
                                                              rule: .lessThan(60), style: st.merah))
        sheet.set(1 + totals.count, 0, .text("Jumlah \(totals.reduce(0, +))"), style: st.catatan)
        return sheet
    }

    static func indikator(_ st: Styles) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Capaian Indikator")
        sheet.set(0, 0, .text("Indikator"), style: st.judul)
        sheet.set(1, 0, .text("IKU-1"), style: st.teks)
        sheet.set(2, 0, .text("IKU-2"), style: st.catatan)
        return sheet
    }

    /// Units of `employees[u]` scores, streamed one block per unit; the filter and the red rule
    /// cover the data rows, known once every unit has come.
    static func nilai(_ st: Styles, _ employees: [[Double]], finished: Bool) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Nilai Pegawai")
        sheet.set(0, 0, .text("Nilai"), style: st.judul)
        let starts = employees.reduce(into: [1]) { $0.append($0.last! + $1.count) }
        let block: @Sendable (Int) -> XLSXSheet? = { u in
            guard u < employees.count else { return nil }
            var part = XLSXSheet(name: "Nilai Pegawai")
            for (k, v) in employees[u].enumerated() { part.set(starts[u] + k, 0, .number(v), style: st.angka) }
            return part
        }
        var frame = XLSXSheet(name: "Nilai Pegawai")
        frame.setWidth(14, columns: 0...0)
        frame.autofilter = XLSXRange(rows: 0...(starts.last! - 1), columns: 0...0)
        frame.conditionalFormats.append(XLSXConditionalFormat(range: XLSXRange(rows: 1...(starts.last! - 1), columns: 0...0),
                                                              rule: .lessThan(60), style: st.merah))
        if finished {
            sheet.rowSource = XLSXRowSource(block, finish: { [frame] in frame })
        } else {
            sheet.rowSource = XLSXRowSource(block)
            sheet.columnWidths = frame.columnWidths
            sheet.autofilter = frame.autofilter
            sheet.conditionalFormats = frame.conditionalFormats
        }
        return sheet
    }

    static func masalah(_ st: Styles, count: Int) -> XLSXSheet {
        var sheet = XLSXSheet(name: "Masalah Data")
        sheet.set(0, 0, .text("Masalah"), style: st.judul)
        sheet.set(1, 0, .text("\(count) kesalahan"), style: st.teks)
        return sheet
    }

    static let properties = XLSXDocumentProperties(created: XLSXDate(year: 2026, month: 9, day: 30))
    static let employees: [[Double]] = [[75.5, 58], [91.25], [], [40, 88, 66.5]]

    /// The workbook as written before: every sheet known up front, in tab order.
    static func inOrder() -> XLSXWorkbook {
        let st = Styles()
        let totals = employees.map { $0.reduce(0, +) }
        return XLSXWorkbook(styles: st.table, sheets: [ringkasan(st, totals: totals), indikator(st), nilai(st, employees, finished: false),
                                                       masalah(st, count: 3)], properties: properties)
    }

    /// The same workbook with Ringkasan and Masalah Data made after Nilai Pegawai streamed.
    static func madeLater(preview: [Double]? = nil) -> XLSXWorkbook {
        let st = Styles()
        let totals = employees.map { $0.reduce(0, +) }
        var summary = ringkasan(st, totals: preview ?? totals.map { _ in 0 })
        summary.later = XLSXLaterSheet { ringkasan(st, totals: totals) }
        var problems = XLSXSheet(name: "Masalah Data")
        problems.later = XLSXLaterSheet { masalah(st, count: 3) }
        return XLSXWorkbook(styles: st.table, sheets: [summary, indikator(st), nilai(st, employees, finished: true), problems],
                            properties: properties)
    }

    @Test func sheetsMadeAfterAStreamedSheetGiveTheFileWrittenInOrder() throws {
        let scratch = try Scratch()
        try XLSXWriter.write(Self.inOrder(), to: scratch.path("order.xlsx"))
        try XLSXWriter.write(Self.madeLater(), to: scratch.path("later.xlsx"))
        let order = try Data(contentsOf: URL(fileURLWithPath: scratch.path("order.xlsx")))
        let later = try Data(contentsOf: URL(fileURLWithPath: scratch.path("later.xlsx")))
        #expect(!order.isEmpty)
        #expect(later == order)

        // The made sheets' values are the ones written, under their tabs.
        let file = try XLSXFile(path: scratch.path("later.xlsx"))
        #expect(try file.sheetNames() == ["Ringkasan", "Capaian Indikator", "Nilai Pegawai", "Masalah Data"])
        let ringkasan = try file.sheet("Ringkasan")
        #expect(ringkasan["B2"]?.number == 133.5)
        #expect(ringkasan["B5"]?.number == 194.5)
        #expect(ringkasan["A6"]?.string == "Jumlah 419.25")
        #expect(try file.sheet("Masalah Data")["A2"]?.string == "3 kesalahan")
        let nilai = try file.sheet("Nilai Pegawai")
        #expect(nilai["A7"]?.number == 66.5)
        #expect(nilai.attributes(of: "autoFilter")?["ref"] == "A1:A7")
        // Style numbers in the order of first use in tab order: judul, teks, angka (Ringkasan).
        #expect(ringkasan["A1"]?.styleIndex == 1)
        #expect(ringkasan["A2"]?.styleIndex == 2)
        #expect(ringkasan["B2"]?.styleIndex == 3)
    }

    /// Written out of order without the preview, the angka style (first used by Ringkasan's rows)
    /// would be numbered after Capaian Indikator's and Nilai Pegawai's styles: the check that the
    /// made sheet keeps its preview's order is what guarantees the bytes.
    @Test func aPreviewUsingStylesInAnotherOrderIsRefused() throws {
        let scratch = try Scratch()
        let st = Styles()
        var summary = XLSXSheet(name: "Ringkasan")
        summary.set(0, 0, .text("RINGKASAN"), style: st.teks)
        summary.set(1, 0, .text("-"), style: st.catatan)
        summary.later = XLSXLaterSheet { Self.ringkasan(st, totals: [1, 2]) }
        let workbook = XLSXWorkbook(styles: st.table, sheets: [summary, Self.indikator(st)], properties: Self.properties)
        #expect(throws: XLSXError.self) { try XLSXWriter.write(workbook, to: scratch.path("bad.xlsx")) }
    }
}
