import Foundation
import MonevCore
import XLSX

/// The workbooks the planning subdivision attaches to official letters. Pure functions from the
/// report model to a workbook model; `XLSXWriter` writes the file.
public enum ExcelReport {
    /// `monev-YYYY-QN.xlsx` for the Sekretaris: Ringkasan, Capaian Indikator, Nilai Pegawai,
    /// Masalah Data.
    public static func consolidated(_ model: ReportModel) -> XLSXWorkbook {
        let context = ExcelContext(model)
        let indicators = CapaianIndikatorSheet.build(context)
        let employees = NilaiPegawaiSheet.build(context, activityRows: nil)
        let summary = RingkasanSheet.build(context, indicators: indicators, employees: employees)
        return XLSXWorkbook(styles: context.styles.table,
                            sheets: [summary, indicators.sheet, employees.sheet, MasalahDataSheet.build(context)],
                            properties: context.documentProperties)
    }

    /// The same workbook while its units are still being scored: `preview` has every unit (with
    /// placeholder summaries), every indicator and the employee stream; `completed` gives the
    /// model once the stream has handed over its last unit. Nilai Pegawai streams first; Ringkasan
    /// and Masalah Data, which need every unit, are made from `completed` afterwards
    /// (`XLSXSheet.later`), Ringkasan's preview fixing the style order so the bytes do not change.
    public static func consolidated(_ preview: ReportModel, completed: @escaping @Sendable () -> ReportModel) -> XLSXWorkbook {
        let context = ExcelContext(preview)
        let final = Completed(completed)
        let indicators = CapaianIndikatorSheet.build(context)
        let employees = NilaiPegawaiSheet.build(context, activityRows: nil) { final.context }
        var summary = RingkasanSheet.build(context, indicators: indicators, employees: employees)
        summary.later = XLSXLaterSheet {
            let context = final.context
            return RingkasanSheet.build(context, indicators: CapaianIndikatorSheet.build(context),
                                        employees: NilaiPegawaiSheet.build(context, activityRows: nil))
        }
        var problems = XLSXSheet(name: MasalahDataSheet.name)
        problems.later = XLSXLaterSheet { MasalahDataSheet.build(final.context) }
        return XLSXWorkbook(styles: context.styles.table, sheets: [summary, indicators.sheet, employees.sheet, problems],
                            properties: context.documentProperties)
    }

    /// The completed model's context, made once when first asked for.
    private final class Completed: @unchecked Sendable {
        private let lock = NSLock()
        private let make: @Sendable () -> ReportModel
        private var made: ExcelContext?

        init(_ make: @escaping @Sendable () -> ReportModel) { self.make = make }

        var context: ExcelContext {
            lock.withLock {
                if let made { return made }
                let context = ExcelContext(make())
                made = context
                return context
            }
        }
    }

    /// `units/CODE/monev-CODE-YYYY-QN.xlsx`: the unit's Ringkasan, its indicators, its employees,
    /// the Penilaian Capaian SKP form signed by the unit's head, and its data problems.
    public static func unit(_ model: ReportModel) -> XLSXWorkbook {
        let context = ExcelContext(model)
        let indicators = CapaianIndikatorSheet.build(context)
        let skp = PenilaianSKPSheet.build(context)
        let employees = NilaiPegawaiSheet.build(context, activityRows: skp.activityRows)
        let summary = RingkasanSheet.build(context, indicators: indicators, employees: employees)
        return XLSXWorkbook(styles: context.styles.table,
                            sheets: [summary, indicators.sheet, employees.sheet, skp.sheet, MasalahDataSheet.build(context)],
                            properties: context.documentProperties)
    }
}
