import Foundation
import MonevCore
import MonevRender
import Testing
import XLSX

/// A full `monev run` hands the consolidated report its employees unit by unit (`EmployeeStream`)
/// instead of all at once; the files must not tell the difference.
@Suite struct EmployeeStreamTests {
    /// The fixture's consolidated model with its employees taken away and handed over per unit,
    /// recording which units were asked for, in which order.
    final class Handover: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [Int] = []
        var order: [Int] { lock.withLock { asked } }
        func record(_ k: Int) { lock.withLock { asked.append(k) } }
    }

    static func streamed(_ handover: Handover) -> ReportModel {
        let whole = ExcelFixture.consolidated(isFinal: false)
        var model = whole
        model.employees = []
        let byUnit = whole.units.map { u in whole.employees.filter { $0.employee.kodeUnit == u.unit.kode } }
        model.employeeStream = EmployeeStream(counts: byUnit.map(\.count), rataNilaiPrestasi: whole.rataNilaiPrestasi,
                                              incomplete: whole.incompleteEmployees) { k in
            handover.record(k)
            return byUnit[k]
        }
        return model
    }

    @Test func consolidatedWorkbookBytesAreTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("employee-stream-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let handover = Handover()
        try XLSXWriter.write(ExcelReport.consolidated(ExcelFixture.consolidated(isFinal: false)), to: "\(dir)/whole.xlsx")
        try XLSXWriter.write(ExcelReport.consolidated(Self.streamed(handover)), to: "\(dir)/streamed.xlsx")
        let whole = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/whole.xlsx"))
        let streamed = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/streamed.xlsx"))
        #expect(whole.count > 5_000)
        #expect(streamed == whole)
        // Writing asks for each unit once, in unit order.
        #expect(handover.order == [0, 1])
    }

    /// One pass (`monev run` scoring each unit once): the workbook is begun from a preview with
    /// placeholder summaries, no diagnostics and no counts; Ringkasan, Masalah Data and the
    /// filter of Nilai Pegawai come from the completed model after the last unit.
    @Test func workbookBegunBeforeTheUnitsAreScoredIsTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("employee-stream-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let handover = Handover()
        let completed = Self.streamed(Handover())
        var preview = Self.streamed(handover)
        preview.units = preview.units.map {
            UnitSummary(unit: $0.unit, jumlahIndikator: 0, rataCapaian: nil, kategori: nil, jumlahPegawai: 0, jumlahPegawaiDinilai: 0,
                        rataNilaiPrestasi: nil, sebutanCounts: [:], jumlahBarisDitolak: 0)
        }
        preview.diagnostics = []
        preview.employeeStream?.counts = preview.units.map { _ in 0 }
        preview.employeeStream?.incomplete = []
        preview.employeeStream?.rataNilaiPrestasi = nil
        #expect(completed.diagnostics.count > 0)
        try XLSXWriter.write(ExcelReport.consolidated(ExcelFixture.consolidated(isFinal: false)), to: "\(dir)/whole.xlsx")
        try XLSXWriter.write(ExcelReport.consolidated(preview) { completed }, to: "\(dir)/one-pass.xlsx")
        let whole = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/whole.xlsx"))
        let onePass = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/one-pass.xlsx"))
        #expect(whole.count > 5_000)
        #expect(onePass == whole)
        #expect(handover.order == [0, 1])
    }

    @Test func markdownReportIsTheSame() {
        let whole = ExcelFixture.consolidated(isFinal: false)
        let streamed = Self.streamed(Handover())
        #expect(whole.incompleteEmployees.count == 2)
        #expect(MarkdownReport.render(streamed) == MarkdownReport.render(whole))
    }

    @Test func csvPiecesJoinToTheWholeFiles() {
        let whole = ExcelFixture.consolidated()
        let scores = PeriodScores(period: whole.period, units: whole.units, indicators: whole.indicators, employees: whole.employees)
        let byUnit = whole.units.map { u in whole.employees.filter { $0.employee.kodeUnit == u.unit.kode } }
        let kegiatan = ResultCSV.nilaiKegiatan([], header: true) + byUnit.map { ResultCSV.nilaiKegiatan($0, header: false) }.joined()
        let pegawai = ResultCSV.nilaiPegawai([], header: true) + byUnit.map { ResultCSV.nilaiPegawai($0, header: false) }.joined()
        #expect(kegiatan == ResultCSV.nilaiKegiatan(scores))
        #expect(pegawai == ResultCSV.nilaiPegawai(scores))
        #expect(kegiatan.split(separator: "\n").count == 1 + whole.employees.reduce(0) { $0 + $1.activities.count })
    }
}
