import MonevCore
import XLSX

/// `Ringkasan`: the page the Sekretaris reads. Letterhead, title, one row per unit (indicators,
/// mean achievement, kategori, employees, mean nilai prestasi, counts per sebutan), a chart, and
/// the signature block. Means are live formulas over the detail sheets.
enum RingkasanSheet {
    static let name = "Ringkasan"

    static let columns: [TableColumn] = [
        TableColumn("No", width: 5), TableColumn("Kode Unit", width: 10), TableColumn("Unit Kerja", width: 34),
        TableColumn("Jumlah", group: "Indikator Kinerja", width: 9),
        TableColumn("Rata-rata Capaian (%)", group: "Indikator Kinerja", width: 11),
        TableColumn("Kategori", group: "Indikator Kinerja", width: 13),
        TableColumn("Jumlah", group: "Pegawai", width: 9), TableColumn("Dinilai", group: "Pegawai", width: 9),
        TableColumn("Rata-rata Nilai Prestasi", group: "Pegawai", width: 11),
    ] + Sebutan.allCases.map { TableColumn($0.rawValue, group: "Jumlah Pegawai menurut Sebutan", width: 9) }

    static let rataCapaian = 4, kategori = 5, rataPrestasi = 8, firstSebutan = 9

    static func build(_ context: ExcelContext, indicators: CapaianIndikatorSheet.Built, employees: NilaiPegawaiSheet.Built) -> XLSXSheet {
        let model = context.model
        let st = context.styles
        let asOf = "keadaan sampai dengan \(context.period.endDateIndonesian)"
        let subtitle: String
        switch model.scope {
        case .consolidated: subtitle = "Keadaan sampai dengan \(context.period.endDateIndonesian)"
        case .unit(let unit): subtitle = "Unit Kerja: \(unit.nama) (\(unit.kode)) — \(asOf)"
        }
        var table = TableSheet(name: name, title: "LAPORAN MONITORING DAN EVALUASI CAPAIAN KINERJA \(context.periodTitle)",
                               subtitle: subtitle, letterhead: true, columns: columns, context: context)
        let indicatorColumn = XLSXCellRef.columnName(indicators.clampedColumn)
        let prestasiColumn = XLSXCellRef.columnName(employees.nilaiPrestasiColumn)

        var row = table.firstDataRow
        for (i, u) in model.units.enumerated() {
            table.set(row, 0, .number(Double(i + 1)), style: st.teksTengah)
            table.set(row, 1, .text(u.unit.kode), style: st.teks)
            table.set(row, 2, .text(u.unit.nama), style: st.teksWrap)
            table.fitRow(row, lines: table.lines(u.unit.nama, column: 2))
            table.set(row, 3, .number(Double(u.jumlahIndikator)), style: st.bilangan)
            let capaian: XLSXValue = indicators.rowsByUnit[u.unit.kode].map {
                .formula("IFERROR(AVERAGE('\(CapaianIndikatorSheet.name)'!\(indicatorColumn)\($0.lowerBound + 1):\(indicatorColumn)\($0.upperBound + 1)),\"\")",
                         u.rataCapaian)
            } ?? .number(u.rataCapaian)
            table.set(row, rataCapaian, capaian, style: st.angka)
            table.set(row, kategori, u.kategori.map { XLSXValue.text($0.rawValue) } ?? .blank, style: st.teksTengah)
            table.set(row, 6, .number(Double(u.jumlahPegawai)), style: st.bilangan)
            table.set(row, 7, .number(Double(u.jumlahPegawaiDinilai)), style: st.bilangan)
            let prestasi: XLSXValue = employees.rowsByUnit[u.unit.kode].map {
                .formula("IFERROR(AVERAGE('\(NilaiPegawaiSheet.name)'!\(prestasiColumn)\($0.lowerBound + 1):\(prestasiColumn)\($0.upperBound + 1)),\"\")",
                         u.rataNilaiPrestasi)
            } ?? .number(u.rataNilaiPrestasi)
            table.set(row, rataPrestasi, prestasi, style: st.angka)
            for (k, s) in Sebutan.allCases.enumerated() {
                table.set(row, firstSebutan + k, .number(Double(u.sebutanCounts[s] ?? 0)), style: st.bilangan)
            }
            row += 1
        }
        let unitRows = table.firstDataRow...max(table.firstDataRow, row - 1)
        if model.units.isEmpty {
            table.set(row, 0, .text("Tidak ada unit kerja."), style: st.catatan)
            row += 1
        } else {
            table.sheet.conditionalFormats += st.kategoriFormats(XLSXRange(rows: unitRows, columns: kategori...kategori))
        }
        if model.units.count > 1 {
            row = totals(&table, row: row, unitRows: unitRows, employees: employees, context: context)
        }
        table.finish(lastDataRow: unitRows.upperBound, freezeColumns: 0, context: context)

        row += 1
        for note in notes(context) {
            table.sheet.merge(XLSXRange(rows: row...row, columns: 0...table.lastColumn), .text(note), style: st.catatan)
            row += 1
        }
        row += 1
        if let chart = chart(context, anchorRow: row, unitRows: unitRows, indicators: indicators) {
            table.sheet.charts.append(chart)
            row += chart.height / 20 + 2
        }
        _ = OfficialBlocks.signature(&table.sheet, row: row, columns: OfficialBlocks.signatureColumns(columns), context: context)
        return table.sheet
    }

    /// The office-wide line: sums of counts, the mean of the unit means, and the mean nilai
    /// prestasi of every scored employee. Returns the next free row.
    private static func totals(_ table: inout TableSheet, row: Int, unitRows: ClosedRange<Int>, employees: NilaiPegawaiSheet.Built,
                               context: ExcelContext) -> Int {
        let st = context.styles
        let units = context.model.units
        let L = columns.indices.map(XLSXCellRef.columnName)
        func sum(_ column: Int, _ value: Int) -> XLSXValue {
            .formula("SUM(\(L[column])\(unitRows.lowerBound + 1):\(L[column])\(unitRows.upperBound + 1))", cached: Double(value))
        }
        table.sheet.merge(XLSXRange(rows: row...row, columns: 0...2), .text("JUMLAH / RATA-RATA"), style: st.totalTeks)
        table.set(row, 3, sum(3, units.reduce(0) { $0 + $1.jumlahIndikator }), style: st.totalBilangan)
        let meanCapaian = ExactDecimal.mean(units.compactMap(\.rataCapaian))
        table.set(row, rataCapaian, .formula("IFERROR(AVERAGE(\(L[rataCapaian])\(unitRows.lowerBound + 1):\(L[rataCapaian])\(unitRows.upperBound + 1)),\"\")",
                                             meanCapaian), style: st.totalAngka)
        table.set(row, kategori, meanCapaian.map { XLSXValue.text(Bands.kategori($0, reading: context.model.scoring.bandReading).rawValue) } ?? .blank,
                  style: st.totalTeks)
        table.set(row, 6, sum(6, units.reduce(0) { $0 + $1.jumlahPegawai }), style: st.totalBilangan)
        table.set(row, 7, sum(7, units.reduce(0) { $0 + $1.jumlahPegawaiDinilai }), style: st.totalBilangan)
        let meanPrestasi = context.model.rataNilaiPrestasi
        if let rows = employees.dataRows {
            let c = XLSXCellRef.columnName(employees.nilaiPrestasiColumn)
            table.set(row, rataPrestasi, .formula("IFERROR(AVERAGE('\(NilaiPegawaiSheet.name)'!\(c)\(rows.lowerBound + 1):\(c)\(rows.upperBound + 1)),\"\")",
                                                  meanPrestasi), style: st.totalAngka)
        } else {
            table.set(row, rataPrestasi, .blank, style: st.totalAngka)
        }
        for (k, s) in Sebutan.allCases.enumerated() {
            table.set(row, firstSebutan + k, sum(firstSebutan + k, units.reduce(0) { $0 + ($1.sebutanCounts[s] ?? 0) }), style: st.totalBilangan)
        }
        table.sheet.conditionalFormats += st.kategoriFormats(XLSXRange(rows: row...row, columns: kategori...kategori))
        return row + 1
    }

    /// How to read the table, and how much of the input was rejected.
    private static func notes(_ context: ExcelContext) -> [String] {
        let s = context.model.scoring
        let errors = context.model.diagnostics.filter { $0.severity == .error }.count
        let warnings = context.model.diagnostics.count - errors
        return [
            "Rata-rata capaian unit: rata-rata capaian kumulatif indikatornya, tiap capaian dibatasi \(s.unitClampLower)–\(s.unitClampUpper) (KMK 467/2014). "
                + "Kategori menurut Permendagri 86/2017; sebutan menurut PP 46/2011.",
            "Masalah data: \(errors) kesalahan (baris ditolak) dan \(warnings) peringatan; rinciannya pada lembar \(MasalahDataSheet.name).",
        ]
    }

    /// Consolidated: each unit's mean achievement. Unit report: each indicator's cumulative
    /// achievement. Nil when there is nothing to draw.
    private static func chart(_ context: ExcelContext, anchorRow: Int, unitRows: ClosedRange<Int>,
                              indicators: CapaianIndikatorSheet.Built) -> XLSXChart? {
        let series: XLSXChart.Series
        let title: String
        let count: Int
        switch context.model.scope {
        case .consolidated:
            count = context.model.units.count
            guard count > 0 else { return nil }
            title = "Rata-rata Capaian Kinerja Unit Kerja (%)"
            series = .init(name: "Rata-rata capaian (%)", sheet: name, categories: XLSXRange(rows: unitRows, columns: 2...2),
                           values: XLSXRange(rows: unitRows, columns: rataCapaian...rataCapaian), color: XLSXColor(0x2F5597))
        case .unit:
            let rows = indicators.rowsByUnit.values.reduce(nil as ClosedRange<Int>?) { acc, r in
                acc.map { min($0.lowerBound, r.lowerBound)...max($0.upperBound, r.upperBound) } ?? r
            }
            guard let rows else { return nil }
            count = rows.count
            title = "Capaian Kumulatif Indikator Kinerja (%)"
            series = .init(name: "Capaian kumulatif (%)", sheet: CapaianIndikatorSheet.name,
                           categories: XLSXRange(rows: rows, columns: indicators.kodeColumn...indicators.kodeColumn),
                           values: XLSXRange(rows: rows, columns: indicators.capaianKumulatifColumn...indicators.capaianKumulatifColumn),
                           color: XLSXColor(0x2F5597))
        }
        return XLSXChart(kind: .bar, title: title, series: [series], anchor: XLSXCellRef(row: anchorRow, column: 1),
                         width: 760, height: max(240, 22 * count + 90), valueAxisMin: 0, numberFormat: "0.00")
    }
}
