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
