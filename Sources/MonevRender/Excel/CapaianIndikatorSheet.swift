import MonevCore
import XLSX

/// `Capaian Indikator`: every indicator with each quarter's target and realisation so far, the
/// year-to-date values, quarter/cumulative/annual achievement and kategori (a Permendagri 86/2017
/// E.81-like matrix). Cumulative values and achievements are live formulas.
enum CapaianIndikatorSheet {
    static let name = "Capaian Indikator"

    struct Built {
        var sheet: XLSXSheet
        /// Data rows of each unit's indicators (indicators are sorted by unit, so each is one block).
        var rowsByUnit: [String: ClosedRange<Int>]
        /// Column of the kode indikator and of the cumulative achievement (for charts).
        var kodeColumn: Int
        var capaianKumulatifColumn: Int
        /// Column of the clamped achievement unit means average.
        var clampedColumn: Int
    }

    static func build(_ context: ExcelContext) -> Built {
        let model = context.model
        let st = context.styles
        let n = model.period.quarter
        let roman = ["I", "II", "III", "IV"]

        let indicators = model.indicators.sorted { $0.indicator.key < $1.indicator.key }
        let values = indicators.lazy.flatMap { a in
            [a.indicator.targetTahunan, a.targetKumulatif, a.realisasiKumulatif] + a.quarters.flatMap { [$0.target, $0.realisasi] }
        }
        let w = NumberWidth.width(values, decimals: 2, minimum: 11)

        var columns = [
            TableColumn("No", width: 5), TableColumn("Kode Unit", width: 10), TableColumn("Kode Indikator", width: 11),
            TableColumn("Indikator Kinerja", width: 42), TableColumn("Satuan", width: 10), TableColumn("Polaritas", width: 9),
            TableColumn("Agregasi", width: 10), TableColumn("Target Tahunan", width: max(w, 12)),
        ]
        let firstQuarterColumn = columns.count
        for q in 1...n {
            columns.append(TableColumn("Target", group: "Triwulan \(roman[q - 1])", width: w))
            columns.append(TableColumn("Realisasi", group: "Triwulan \(roman[q - 1])", width: w))
        }
        let cumulativeGroup = "Kumulatif s.d. Triwulan \(roman[n - 1])"
        let targetKumulatif = columns.count
        columns.append(TableColumn("Target", group: cumulativeGroup, width: w))
        columns.append(TableColumn("Realisasi", group: cumulativeGroup, width: w))
        let capaianTriwulan = columns.count
        columns.append(TableColumn("Triwulan \(roman[n - 1])", group: "Capaian (%)", width: 10))
        columns.append(TableColumn("Kumulatif", group: "Capaian (%)", width: 10))
        columns.append(TableColumn("Tahunan", group: "Capaian (%)", width: 10))
        let kategoriColumn = columns.count
        columns.append(TableColumn("Kategori", width: 13))
        let clampedColumn = columns.count
        let lower = model.scoring.unitClampLower
        let upper = model.scoring.unitClampUpper
        columns.append(TableColumn("Capaian untuk Rata-rata Unit (\(lower)–\(upper))", width: 12))

        var table = TableSheet(name: name, title: "CAPAIAN INDIKATOR KINERJA \(context.periodTitle)", columns: columns, context: context)
        let letters = columns.indices.map(XLSXCellRef.columnName)
        var rowsByUnit: [String: ClosedRange<Int>] = [:]
        var row = table.firstDataRow

        for (i, a) in indicators.enumerated() {
            let ind = a.indicator
            let r = String(row + 1)
            func ref(_ column: Int) -> String { letters[column] + r }
            table.set(row, 0, .number(Double(i + 1)), style: st.teksTengah)
            table.set(row, 1, .text(ind.kodeUnit), style: st.teks)
            table.set(row, 2, .text(ind.kode), style: st.teks)
            table.set(row, 3, .text(ind.nama), style: st.teksWrap)
            table.fitRow(row, lines: table.lines(ind.nama, column: 3))
            table.set(row, 4, .text(ind.satuan), style: st.teks)
            table.set(row, 5, .text(ind.polaritas.rawValue), style: st.teks)
            table.set(row, 6, .text(ind.agregasi.rawValue), style: st.teks)
            table.set(row, 7, .number(ind.targetTahunan), style: st.angka)

            var quarterTargets: [String] = []
            var quarterRealisations: [String] = []
            for q in 1...n {
                let value = a.quarters.first { $0.period.quarter == q }
                let tc = firstQuarterColumn + 2 * (q - 1)
                table.set(row, tc, .number(value?.target), style: st.angka)
                table.set(row, tc + 1, .number(value?.realisasi), style: st.angka)
                quarterTargets.append(ref(tc))
                quarterRealisations.append(ref(tc + 1))
            }
            table.set(row, targetKumulatif, cumulative(ind.agregasi, quarterTargets, a.targetKumulatif), style: st.angka)
            table.set(row, targetKumulatif + 1, cumulative(ind.agregasi, quarterRealisations, a.realisasiKumulatif), style: st.angka)

            let current = a.quarters.first { $0.period.quarter == n }
            let achievements: [(target: String, targetValue: ExactDecimal?, realisasi: String, realisasiValue: ExactDecimal?, result: ExactDecimal?)] = [
                (quarterTargets[n - 1], current?.target, quarterRealisations[n - 1], current?.realisasi, a.capaianTriwulan),
                (ref(targetKumulatif), a.targetKumulatif, ref(targetKumulatif + 1), a.realisasiKumulatif, a.capaianKumulatif),
                (ref(7), ind.targetTahunan, ref(targetKumulatif + 1), a.realisasiKumulatif, a.capaianTahunan),
            ]
            for (k, x) in achievements.enumerated() {
                // A formula only where both operands exist; a missing input leaves the cell empty.
                let value: XLSXValue = x.targetValue == nil || x.realisasiValue == nil ? .blank
                    : .formula(ExcelFormula.capaian(target: x.target, realisasi: x.realisasi, polaritas: ind.polaritas,
                                                    negatif: model.scoring.negativeFormula), x.result)
                table.set(row, capaianTriwulan + k, value, style: st.angka)
            }
            table.set(row, kategoriColumn, a.kategori.map { XLSXValue.text($0.rawValue) } ?? .blank, style: st.teksTengah)
            let clamped = a.capaianKumulatif.map { min(max($0, lower), upper) }
            table.set(row, clampedColumn, a.targetKumulatif == nil || a.realisasiKumulatif == nil ? .blank
                    : .formula(ExcelFormula.clamp(ref(capaianTriwulan + 1), lower: lower, upper: upper), clamped), style: st.angka)

            let start = rowsByUnit[ind.kodeUnit]?.lowerBound ?? row
            rowsByUnit[ind.kodeUnit] = start...row
            row += 1
        }
        let lastRow = max(row - 1, table.firstDataRow)
        if indicators.isEmpty {
            table.sheet.set(table.firstDataRow, 0, .text("Tidak ada indikator."), style: st.catatan)
        } else {
            table.sheet.conditionalFormats += st.kategoriFormats(XLSXRange(rows: table.firstDataRow...lastRow, columns: kategoriColumn...kategoriColumn))
        }
        table.finish(lastDataRow: lastRow, freezeColumns: 4, context: context)
        return Built(sheet: table.sheet, rowsByUnit: rowsByUnit, kodeColumn: 2, capaianKumulatifColumn: capaianTriwulan + 1,
                     clampedColumn: clampedColumn)
    }

    /// Year-to-date value as KMK 467/2014 adds quarters up: sum, latest, or mean (quarters the
    /// drop lacked are blank and ignored by SUM and AVERAGE, as in the scoring).
    static func cumulative(_ agregasi: Aggregation, _ refs: [String], _ value: ExactDecimal?) -> XLSXValue {
        guard let value else { return .blank }
        switch agregasi {
        case .kumulatif: return .formula("SUM(" + refs.joined(separator: ",") + ")", cached: value.cached)
        case .terakhir: return .formula(refs[refs.count - 1], cached: value.cached)
        case .rataRata: return .formula("AVERAGE(" + refs.joined(separator: ",") + ")", cached: value.cached)
        }
    }
}
