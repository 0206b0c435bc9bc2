import Testing
@testable import MonevCore

/// A rejected row leaves no record behind, so the unit it belongs to must be told by the reading
/// stage itself; otherwise a unit's report could not list its own rejected rows.
@Suite("Unit of a rejected row")
struct UnitOfRejectedRowTests {
    @Test("row-level and cross-row rejections carry the unit their row belongs to")
    func rejectedRowsNameTheirUnit() {
        var drop = DropFixture()
        drop.indikator += "4.01.02,IK.02,Indikator rusak,persen,naik,terakhir,1,1,1\n"             // line 4: bad polaritas
        drop.pegawai += "198801012012011004,Andi,Penata (III/c),Analis,4.01.02,honorer,\n"          // line 5: bad jenis_jabatan
        drop.skp += "198507122010011003,2,Menyusun telaahan,,abc,naskah,100,12,-,4,100,12,-\n"     // line 5: non-numeric TO
        drop.skp += "199001012015022005,1,Mengagendakan surat lagi,,5,surat,100,12,,5,80,12,\n"   // line 6: duplicate no
        drop.perilaku += "198801012012011004,80,80,80,80,80,\n"                                     // line 5: its employee was rejected
        let loaded = Loaded(drop)
        let unitByRow = Dictionary(uniqueKeysWithValues: loaded.errors.map { ("\($0.file):\($0.line ?? 0)", $0.kodeUnit) })
        #expect(unitByRow["2026-Q1/indikator.csv:4"] == "4.01.02")
        #expect(unitByRow["2026-Q1/pegawai.csv:5"] == "4.01.02")
        #expect(unitByRow["2026-Q1/skp.csv:5"] == "4.01.01")
        #expect(unitByRow["2026-Q1/skp.csv:6"] == "4.01.02")
        // The employee of this behaviour row was itself rejected: no unit can be told from kept data.
        #expect(unitByRow["2026-Q1/perilaku.csv:5"] == .some(nil))
        #expect(loaded.errors.count == 5)
    }

    @Test("a unit's summary counts its own rejected rows")
    func summaryCountsRejectedRows() throws {
        var drop = DropFixture()
        drop.skp += "198507122010011003,2,Menyusun telaahan,,abc,naskah,100,12,-,4,100,12,-\n"
        drop.skp += "198507122010011003,3,Menyusun telaahan lain,,-1,naskah,100,12,-,4,100,12,-\n"
        drop.pegawai += "198801012012011004,Andi,Penata (III/c),Analis,4.01.02,honorer,\n"
        var diagnostics = Diagnostics()
        let input = try Ingestion.load(period: Period("2026-Q1")!, from: InMemoryInput(files: drop.files()), diagnostics: &diagnostics)
        let scores = Scoring.score(input, options: ScoringOptions(), diagnostics: &diagnostics)
        let rejected = Dictionary(uniqueKeysWithValues: scores.units.map { ($0.unit.kode, $0.jumlahBarisDitolak) })
        #expect(rejected == ["4.01.01": 2, "4.01.02": 1])
    }
}
