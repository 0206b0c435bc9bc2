import MonevCore
import XLSX

/// `Masalah Data`: every diagnostic of the run (for a unit report, those about the unit's data),
/// located so the unit that sent the data can fix it. Values from the input stay text, even
/// when they look like formulas.
enum MasalahDataSheet {
    static let name = "Masalah Data"

    static func build(_ context: ExcelContext) -> XLSXSheet {
        let st = context.styles
        let columns = [
            TableColumn("No", width: 5), TableColumn("Berkas", width: 22), TableColumn("Baris", width: 7),
            TableColumn("Kolom", width: 18), TableColumn("Nilai", width: 24), TableColumn("Tingkat", width: 12),
            TableColumn("Pesan", width: 70),
        ]
        var table = TableSheet(name: name, title: "MASALAH DATA MASUKAN \(context.periodTitle)", columns: columns, context: context)
        var row = table.firstDataRow
        for (i, d) in context.model.diagnostics.enumerated() {
            table.set(row, 0, .number(Double(i + 1)), style: st.teksTengah)
            table.set(row, 1, .text(d.file), style: st.teks)
            table.set(row, 2, d.line.map { .number(Double($0)) } ?? .blank, style: st.teksTengah)
            table.set(row, 3, d.column.map(XLSXValue.text) ?? .blank, style: st.teks)
            table.set(row, 4, d.value.map(XLSXValue.text) ?? .blank, style: st.teksWrap)
            table.set(row, 5, .text(label(d.severity)), style: st.teksTengah)
            table.set(row, 6, .text(d.message), style: st.teksWrap)
            table.fitRow(row, lines: max(table.lines(d.value ?? "", column: 4), table.lines(d.message, column: 6)))
            row += 1
        }
        let last = max(row - 1, table.firstDataRow)
        if context.model.diagnostics.isEmpty {
            table.set(row, 0, .text("Tidak ada masalah data."), style: st.catatan)
            row += 1
        } else {
            let severity = XLSXRange(rows: table.firstDataRow...last, columns: 5...5)
            table.sheet.conditionalFormats.append(XLSXConditionalFormat(range: severity, rule: .textEquals(label(.error)), style: st.kesalahan))
            table.sheet.conditionalFormats.append(XLSXConditionalFormat(range: severity, rule: .textEquals(label(.warning)), style: st.peringatan))
        }
        table.finish(lastDataRow: last, freezeColumns: 0, context: context)
        table.sheet.merge(XLSXRange(rows: row + 1...row + 1, columns: 0...table.lastColumn),
                          .text("Kesalahan: baris ditolak dan tidak ikut dinilai. Peringatan: baris dinilai, tetapi datanya perlu diperiksa."),
                          style: st.catatan)
        return table.sheet
    }

    static func label(_ severity: Severity) -> String {
        switch severity {
        case .error: return "Kesalahan"
        case .warning: return "Peringatan"
        }
    }
}
