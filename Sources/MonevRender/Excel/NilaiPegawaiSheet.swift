import Foundation
import MonevCore
import XLSX

/// `Nilai Pegawai`: every employee in scope with the parts of the appraisal (PP 46/2011): SKP
/// (activities' mean, additional tasks, creativity), the behaviour aspects, nilai prestasi and
/// sebutan. Employees that could not be scored are listed with the reason, never as 0.
enum NilaiPegawaiSheet {
    static let name = "Nilai Pegawai"

    /// Where the SKP activities of each employee sit in a `Penilaian Capaian SKP` sheet of the same
    /// workbook, so the mean can be a live formula over them.
    struct ActivityRows {
        var sheet: String
        var nilaiCapaianColumn: Int
        var rowsByNIP: [NIP: ClosedRange<Int>]
    }

    struct Built {
        var sheet: XLSXSheet
        /// Data rows of each unit's employees (employees are sorted by unit, so each is one block).
        var rowsByUnit: [String: ClosedRange<Int>]
        var nilaiPrestasiColumn: Int
        var dataRows: ClosedRange<Int>?
    }

    /// Employees per block of streamed rows: small enough to hold, large enough to be few.
    static let rowsPerBlock = 1024

    static let behaviourHeaders = ["Orientasi Pelayanan", "Integritas", "Komitmen", "Disiplin", "Kerja Sama", "Kepemimpinan"]

    /// `completed` (streamed consolidated workbook only): the context once every unit is scored;
    /// the employees per unit are then known only from it, so the filter, the rules over the
    /// data rows and the note of an empty sheet are taken from it after the last row streamed.
    static func build(_ context: ExcelContext, activityRows: ActivityRows?, completed: (@Sendable () -> ExcelContext)? = nil) -> Built {
        let st = context.styles
        var columns = [
            TableColumn("No", width: 5), TableColumn("NIP", width: 20), TableColumn("Nama", width: 26),
            TableColumn("Pangkat/ Golongan", width: 18), TableColumn("Jabatan", width: 26), TableColumn("Unit", width: 10),
            TableColumn("Jumlah Kegiatan", group: "Sasaran Kerja Pegawai (SKP)", width: 9),
            TableColumn("Rata-rata Capaian", group: "Sasaran Kerja Pegawai (SKP)", width: 10),
            TableColumn("Tugas Tambahan", group: "Sasaran Kerja Pegawai (SKP)", width: 9),
            TableColumn("Kreativitas", group: "Sasaran Kerja Pegawai (SKP)", width: 9),
            TableColumn("Nilai SKP", group: "Sasaran Kerja Pegawai (SKP)", width: 9),
        ]
        let firstBehaviour = columns.count
        for h in behaviourHeaders { columns.append(TableColumn(h, group: "Perilaku Kerja", width: h.count > 10 ? 12 : 10)) }
        columns.append(TableColumn("Nilai Perilaku", group: "Perilaku Kerja", width: 9))
        let prestasi = columns.count
        columns.append(TableColumn("Nilai Prestasi Kerja (60% SKP + 40% Perilaku)", width: 13))
        columns.append(TableColumn("Sebutan", width: 12))
        columns.append(TableColumn("Keterangan", width: 24))
        let letters = columns.indices.map(XLSXCellRef.columnName)
        let quotedActivitySheet = activityRows.map { "'" + $0.sheet + "'!" }

        var table = TableSheet(name: name, title: "NILAI PRESTASI KERJA PEGAWAI \(context.periodTitle)", columns: columns, context: context)
        let byUnitAndNIP: (EmployeeScore, EmployeeScore) -> Bool = { ($0.employee.kodeUnit, $0.employee.nip) < ($1.employee.kodeUnit, $1.employee.nip) }
        // The scores come sorted so already: then the rows are drawn from them, not from a copy.
        let all = context.model.employees
        let employees = zip(all, all.dropFirst()).allSatisfy { !byUnitAndNIP($1, $0) } ? all : all.sorted(by: byUnitAndNIP)
        var rowsByUnit: [String: ClosedRange<Int>] = [:]
        let firstDataRow = table.firstDataRow
        let blocks: @Sendable (Int) -> (start: Int, employees: ArraySlice<EmployeeScore>)?
        let count: Int
        if let stream = context.model.employeeStream {
            // One block per unit, handed over as the unit is scored: the rows are never all held.
            let starts = stream.counts.reduce(into: [0]) { $0.append($0.last! + $1) }
            for (k, u) in context.model.units.enumerated() where stream.counts[k] > 0 {
                rowsByUnit[u.unit.kode] = (firstDataRow + starts[k])...(firstDataRow + starts[k + 1] - 1)
            }
            count = starts.last!
            let units = context.model.units.count
            if completed == nil {
                blocks = { k in k < units ? (starts[k], stream.unit(k)[...]) : nil }
            } else {
                // The counts are known only once every unit is scored: each block starts where
                // the previous one ended (the blocks are made once, in order).
                let next = RowCounter()
                blocks = { k in
                    guard k < units else { return nil }
                    let employees = stream.unit(k)
                    return (next.take(employees.count), employees[...])
                }
            }
        } else {
            for (i, e) in employees.enumerated() {
                let row = firstDataRow + i
                rowsByUnit[e.employee.kodeUnit] = (rowsByUnit[e.employee.kodeUnit]?.lowerBound ?? row)...row
            }
            count = employees.count
            blocks = { block in
                guard block * rowsPerBlock < employees.count else { return nil }
                return (block * rowsPerBlock, employees[(block * rowsPerBlock)..<min((block + 1) * rowsPerBlock, employees.count)])
            }
        }
        let row = firstDataRow + count

        // The rows stream block by block while the file is written: at province scale this sheet
        // is a million cells, which the workbook model would otherwise hold whole.
        let rowTemplate = table
        let block: @Sendable (Int) -> XLSXSheet? = { block in
            guard let (start, slice) = blocks(block) else { return nil }
            var part = rowTemplate
            part.sheet = XLSXSheet(name: name)
            for (k, e) in slice.enumerated() {
                let i = start + k
                let row = firstDataRow + i
                let emp = e.employee
                let r = String(row + 1)
                part.set(row, 0, .number(Double(i + 1)), style: st.teksTengah)
                part.set(row, 1, .text(emp.nip.digits), style: st.teks)
                part.set(row, 2, .text(emp.nama), style: st.teksWrap)
                part.set(row, 3, .text(emp.pangkatGolongan), style: st.teksWrap)
                part.set(row, 4, .text(emp.jabatan), style: st.teksWrap)
                part.set(row, 5, .text(emp.kodeUnit), style: st.teks)
                var lines = max(part.lines(emp.nama, column: 2), part.lines(emp.pangkatGolongan, column: 3), part.lines(emp.jabatan, column: 4))
                part.set(row, 6, .number(Double(e.activities.count)), style: st.bilangan)

                // The SKP mean: a formula over the activities when they are in this workbook.
                let rata: XLSXValue
                if let a = activityRows, let rows = a.rowsByNIP[emp.nip], let value = e.rataCapaianSKP {
                    let col = XLSXCellRef.columnName(a.nilaiCapaianColumn)
                    rata = .formula("AVERAGE(\(quotedActivitySheet!)\(col)\(rows.lowerBound + 1):\(col)\(rows.upperBound + 1))", value)
                } else {
                    rata = .number(e.rataCapaianSKP)
                }
                part.set(row, 7, rata, style: st.angka)
                part.set(row, 8, .number(e.nilaiTugasTambahan), style: st.angka)
                part.set(row, 9, .number(e.nilaiKreativitas), style: st.angka)
                part.set(row, 10, e.nilaiSKP == nil ? .blank : .formula("\(letters[7])\(r)+\(letters[8])\(r)+\(letters[9])\(r)", e.nilaiSKP), style: st.angka)

                let b = e.behaviour
                let aspects: [ExactDecimal?] = [b?.orientasiPelayanan, b?.integritas, b?.komitmen, b?.disiplin, b?.kerjaSama,
                                                emp.jenisJabatan == .struktural ? b?.kepemimpinan : nil]
                for (k, v) in aspects.enumerated() { part.set(row, firstBehaviour + k, .number(v), style: st.angka) }
                let nilaiPerilaku = firstBehaviour + aspects.count
                let behaviourRange = "\(letters[firstBehaviour])\(r):\(letters[nilaiPerilaku - 1])\(r)"
                part.set(row, nilaiPerilaku, e.nilaiPerilaku == nil ? .blank : .formula("AVERAGE(\(behaviourRange))", e.nilaiPerilaku), style: st.angka)
                part.set(row, prestasi, e.nilaiPrestasi == nil ? .blank
                            : .formula("0.6*\(letters[10])\(r)+0.4*\(letters[nilaiPerilaku])\(r)", e.nilaiPrestasi), style: st.angka)
                part.set(row, prestasi + 1, e.sebutan.map { XLSXValue.text($0.rawValue) } ?? .blank, style: st.teksTengah)
                if let reason = e.incomplete {
                    let note = "Tidak dinilai: \(reason.rawValue)"
                    part.set(row, prestasi + 2, .text(note), style: st.tidakLengkap)
                    lines = max(lines, part.lines(note, column: prestasi + 2))
                } else {
                    part.set(row, prestasi + 2, .blank, style: st.teks)
                }
                part.fitRow(row, lines: lines)
            }
            return part.sheet
        }
        if let completed {
            table.sheet.rowSource = XLSXRowSource(block, finish: { build(completed(), activityRows: nil).sheet })
            return Built(sheet: table.sheet, rowsByUnit: [:], nilaiPrestasiColumn: prestasi, dataRows: nil)
        }
        table.sheet.rowSource = XLSXRowSource(block)
        let dataRows = count == 0 ? nil : table.firstDataRow...(row - 1)
        if let dataRows {
            table.sheet.conditionalFormats += st.sebutanFormats(XLSXRange(rows: dataRows, columns: (prestasi + 1)...(prestasi + 1)))
        } else {
            table.set(table.firstDataRow, 0, .text("Tidak ada pegawai."), style: st.catatan)
        }
        table.finish(lastDataRow: dataRows?.upperBound ?? table.firstDataRow, freezeColumns: 3, context: context)
        return Built(sheet: table.sheet, rowsByUnit: rowsByUnit, nilaiPrestasiColumn: prestasi, dataRows: dataRows)
    }
}

/// The next free row of a sheet streamed block by block (blocks are asked for one at a time).
final class RowCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The start of a block of `count` rows.
    func take(_ count: Int) -> Int {
        lock.withLock {
            defer { next += count }
            return next
        }
    }
}
