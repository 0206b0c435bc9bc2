import Testing
@testable import MonevCore

@Suite("Indonesian Excel export")
struct ExcelExportTests {
    /// Fixtures/excel-id is what Indonesian Excel's "CSV" export writes (`;`, decimal commas,
    /// `Rp 33.600.000`, BOM, CRLF, `Kode Unit` headers, `Rata-rata`); Fixtures/plain holds the
    /// same data as a plain comma CSV.
    @Test("an Excel export and the same data as plain CSV read into identical records")
    func sameRecords() throws {
        let excel = Loaded(try URLPath.files(under: URLPath.fixtures + "/excel-id"))
        let plain = Loaded(try URLPath.files(under: URLPath.fixtures + "/plain"))
        #expect(excel.diagnostics.items.isEmpty, "\(excel.diagnostics.items.map(\.description))")
        #expect(plain.diagnostics.items.isEmpty, "\(plain.diagnostics.items.map(\.description))")
        let e = try #require(excel.inputSet?.current), p = try #require(plain.inputSet?.current)
        #expect(e.units == p.units)
        #expect(e.indicators == p.indicators)
        #expect(e.employees == p.employees)
        #expect(e.activities == p.activities)
        #expect(e.behaviours == p.behaviours)
        #expect(e.additionalTasks == p.additionalTasks)
        #expect(excel.inputSet?.rowCounts == plain.inputSet?.rowCounts)

        // And the values are the exact ones meant.
        #expect(e.indicators.map(\.realisasiTriwulan) == ["78.45", "385250000.5", "2.5", 1620])
        #expect(e.indicators.map(\.targetTahunan) == [95, 1_500_000_000, 3, 6000])
        #expect(e.indicators[2].agregasi == .rataRata)
        #expect(e.activities.map(\.targetBiaya) == [33_600_000, nil, nil, "1500000.5"])
        #expect(e.activities.map(\.realisasiBiaya) == [31_920_000, nil, nil, 1_450_000])
        #expect(e.activities[2].kegiatan == "Menyusun reviu Renja; tahap I")
        #expect(e.activities[2].angkaKredit == "1.25")
        #expect(e.activities[3].realisasiWaktu == "9.12")
        #expect(e.activities[3].targetKuantitas == 1200)
        #expect(e.behaviours[1].orientasiPelayanan == "88.5")
        #expect(e.units[0].kepala?.nama == "Drs. H. Ujang Sulaeman, M.Si.")
        #expect(e.additionalTasks.map(\.tingkat) == [nil, .organisasi])
    }
}
