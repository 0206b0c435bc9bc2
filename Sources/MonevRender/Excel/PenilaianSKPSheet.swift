import MonevCore
import XLSX

/// `Penilaian Capaian SKP`: every SKP activity in the columns of the official form (Perka BKN
/// 1/2013): target and realisation of output, quality, time and cost, the penghitungan per aspect
/// and the nilai capaian, all scores as live formulas. Signed by the unit's head.
enum PenilaianSKPSheet {
    static let name = "Penilaian Capaian SKP"

    struct Built {
        var sheet: XLSXSheet
        var activityRows: NilaiPegawaiSheet.ActivityRows
    }

    // Column positions (the official order).
    static let no = 0, nip = 1, nama = 2, kegiatan = 3, ak = 4
    static let tKuant = 5, tSatuan = 6, tKual = 7, tWaktu = 8, tBiaya = 9
    static let rKuant = 10, rKual = 11, rWaktu = 12, rBiaya = 13
    static let nKuant = 14, nKual = 15, nWaktu = 16, nBiaya = 17, penghitungan = 18, nilaiCapaian = 19

    /// The form's columns; `biaya` is the width of the two rupiah columns.
    static func columns(biaya: Double) -> [TableColumn] { [
        TableColumn("No", width: 5), TableColumn("NIP", width: 20), TableColumn("Nama Pegawai", width: 22),
        TableColumn("Kegiatan Tugas Jabatan", width: 40), TableColumn("AK", width: 6),
        TableColumn("Kuant/ Output", group: "Target", width: 8), TableColumn("Satuan", group: "Target", width: 10),
        TableColumn("Kual/ Mutu", group: "Target", width: 8), TableColumn("Waktu (Bln)", group: "Target", width: 7),
        TableColumn("Biaya", group: "Target", width: biaya),
        TableColumn("Kuant/ Output", group: "Realisasi", width: 8), TableColumn("Kual/ Mutu", group: "Realisasi", width: 8),
        TableColumn("Waktu (Bln)", group: "Realisasi", width: 7), TableColumn("Biaya", group: "Realisasi", width: biaya),
        TableColumn("Kuantitas", group: "Penghitungan", width: 9), TableColumn("Kualitas", group: "Penghitungan", width: 9),
        TableColumn("Waktu", group: "Penghitungan", width: 9), TableColumn("Biaya", group: "Penghitungan", width: 9),
        TableColumn("Jumlah", group: "Penghitungan", width: 9),
        TableColumn("Nilai Capaian SKP", width: 10),
    ] }

    static func build(_ context: ExcelContext) -> Built {
        let st = context.styles
        var biaya = 12.0
        for e in context.model.employees {
            for s in e.activities {
                for case let v? in [s.activity.targetBiaya, s.activity.realisasiBiaya] {
                    biaya = max(biaya, Double(NumberWidth.characters(v, decimals: 0, prefix: 3) + 2))
                }
            }
        }
        let columns = columns(biaya: biaya)
        var table = TableSheet(name: name, title: "PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI \(context.periodTitle)", columns: columns, context: context)
        let L = columns.indices.map(XLSXCellRef.columnName)
        // The score formulas differ from row to row only in the row number: made once here.
        let ro = { (r: String) in L[rKuant] + r }
        let kuantitas = XLSXRowFormula { r in "\(ro(r))/\(L[tKuant])\(r)*100" }
        let kualitas = XLSXRowFormula { r in "IF(\(ro(r))=0,0,\(L[rKual])\(r)/\(L[tKual])\(r)*100)" }
        let waktu = XLSXRowFormula { r in ExcelFormula.efisiensi(target: L[tWaktu] + r, realisasi: L[rWaktu] + r, kuantitas: ro(r)) }
        let biayaScore = XLSXRowFormula { r in ExcelFormula.efisiensi(target: L[tBiaya] + r, realisasi: L[rBiaya] + r, kuantitas: ro(r)) }
        let jumlah = XLSXRowFormula { r in "SUM(\(L[nKuant])\(r):\(L[nBiaya])\(r))" }
        // The divisor follows the budget target, even for an activity not carried out.
        let nilaiWithBudget = XLSXRowFormula { r in "\(L[penghitungan])\(r)/4" }
        let nilaiWithoutBudget = XLSXRowFormula { r in "\(L[penghitungan])\(r)/3" }
        let employees = context.model.employees.inOrder { ($0.employee.kodeUnit, $0.employee.nip) < ($1.employee.kodeUnit, $1.employee.nip) }
        var rowsByNIP: [NIP: ClosedRange<Int>] = [:]
        var row = table.firstDataRow
        for e in employees where !e.activities.isEmpty {
            let first = row
            // The same on each of the employee's rows: made once.
            let nipDigits: XLSXValue = .text(e.employee.nip.digits)
            let namaPegawai: XLSXValue = .text(e.employee.nama)
            let namaLines = table.lines(e.employee.nama, column: nama)
            for score in e.activities.inOrder(by: { $0.activity.no < $1.activity.no }) {
                let a = score.activity
                table.set(row, no, .number(Double(a.no)), style: st.teksTengah)
                table.set(row, nip, nipDigits, style: st.teks)
                table.set(row, nama, namaPegawai, style: st.teksWrap)
                table.set(row, kegiatan, .text(a.kegiatan), style: st.teksWrap)
                table.fitRow(row, lines: max(namaLines, table.lines(a.kegiatan, column: kegiatan)))
                table.set(row, ak, .number(a.angkaKredit), style: st.umum)
                table.set(row, tKuant, .number(a.targetKuantitas), style: st.umum)
                table.set(row, tSatuan, .text(a.satuanKuantitas), style: st.teks)
                table.set(row, tKual, .number(a.targetKualitas), style: st.umum)
                table.set(row, tWaktu, .number(a.targetWaktu), style: st.umum)
                table.set(row, tBiaya, .number(a.targetBiaya), style: st.rupiah)
                table.set(row, rKuant, .number(a.realisasiKuantitas), style: st.umum)
                table.set(row, rKual, .number(a.realisasiKualitas), style: st.umum)
                table.set(row, rWaktu, .number(a.realisasiWaktu), style: st.umum)
                table.set(row, rBiaya, .number(a.realisasiBiaya), style: st.rupiah)

                table.set(row, nKuant, kuantitas, score.kuantitas, style: st.angka)
                table.set(row, nKual, kualitas, score.kualitas, style: st.angka)
                table.set(row, nWaktu, waktu, score.waktu, style: st.angka)
                if score.biaya == nil {
                    table.set(row, nBiaya, .blank, style: st.angka)
                } else {
                    table.set(row, nBiaya, biayaScore, score.biaya, style: st.angka)
                }
                table.set(row, penghitungan, jumlah, score.perhitungan, style: st.angka)
                table.set(row, nilaiCapaian, a.hasBudget ? nilaiWithBudget : nilaiWithoutBudget, score.nilaiCapaian, style: st.angka)
                row += 1
            }
            rowsByNIP[e.employee.nip] = first...(row - 1)
        }
        let lastData = row - 1
        if row == table.firstDataRow {
            table.set(row, 0, .text("Tidak ada kegiatan SKP."), style: st.catatan)
            row += 1
        }
        table.finish(lastDataRow: max(lastData, table.firstDataRow), freezeColumns: 4, context: context)
        _ = OfficialBlocks.signature(&table.sheet, row: row + 1, columns: OfficialBlocks.signatureColumns(columns), context: context)
        return Built(sheet: table.sheet, activityRows: .init(sheet: name, nilaiCapaianColumn: nilaiCapaian, rowsByNIP: rowsByNIP))
    }
}
