import Testing
@testable import MonevCore

@Suite("Ingestion of quarterly drops")
struct IngestionTests {
    @Test("a missing period folder fails before anything is read")
    func missingPeriodFolder() {
        let loaded = Loaded(DropFixture().files(period: "2026-Q1"), period: "2026-Q2")
        #expect(loaded.failure == .periodFolderMissing("2026-Q2"))
    }

    @Test("missing required files fail, naming every one")
    func missingRequired() {
        var drop = DropFixture()
        drop.unitKerja = ""
        var files = drop.files()
        files["2026-Q1/unit_kerja.csv"] = nil
        files["2026-Q1/indikator.csv"] = nil
        #expect(Loaded(files).failure == .requiredFilesMissing(["2026-Q1/unit_kerja.csv", "2026-Q1/indikator.csv"]))
    }

    @Test("pegawai, skp and perilaku go together: some without the others is a failure")
    func partialIndividual() {
        var files = DropFixture().files()
        files["2026-Q1/skp.csv"] = nil
        files["2026-Q1/perilaku.csv"] = nil
        #expect(Loaded(files).failure == .requiredFilesMissing(["2026-Q1/skp.csv", "2026-Q1/perilaku.csv"]))
    }

    @Test("without pegawai, skp and perilaku the run is units-only, with a warning")
    func unitsOnly() {
        var files = DropFixture().files()
        for name in ["pegawai.csv", "skp.csv", "perilaku.csv", "tambahan.csv"] { files["2026-Q1/\(name)"] = nil }
        let loaded = Loaded(files)
        #expect(loaded.failure == nil)
        #expect(loaded.warnings.map(\.file) == ["2026-Q1"])
        #expect(loaded.inputSet?.current.indicators.count == 2)
        #expect(loaded.inputSet?.current.employees.isEmpty == true)
        #expect(loaded.inputSet?.rowCounts.keys.sorted() == ["2026-Q1/indikator.csv", "2026-Q1/unit_kerja.csv"])
    }

    @Test("tambahan.csv is optional")
    func noAdditionalTasks() {
        var drop = DropFixture()
        drop.tambahan = nil
        let loaded = Loaded(drop)
        #expect(loaded.diagnostics.items.isEmpty)
        #expect(loaded.inputSet?.current.additionalTasks.isEmpty == true)
    }

    @Test("earlier quarters: their indicators are read; a missing one is a warning and listed")
    func history() throws {
        let drop = DropFixture()
        var files = drop.files(period: "2026-Q3")
        // Q1 has only indikator.csv (checked against Q3's units); Q2 is missing.
        files["2026-Q1/indikator.csv"] = Array(drop.indikator.replacingFirst(",18.75", with: ",17").utf8)
        let loaded = Loaded(files, period: "2026-Q3")
        let set = try #require(loaded.inputSet)
        #expect(set.history.map(\.period) == [Period("2026-Q1")!])
        #expect(set.history.first?.indicators.last?.realisasiTriwulan == 17)
        #expect(set.history.first?.indicators.last?.source == SourceLocation(file: "2026-Q1/indikator.csv", line: 3))
        #expect(set.missingHistory == [Period("2026-Q2")!])
        let warning = loaded.only("2026-Q2", line: nil)
        #expect(warning?.severity == .warning)
        #expect(warning?.message == "the 2026-Q2 drop is missing: cumulative indicators of 2026-Q3 have no values for 2026-Q2")
        #expect(set.rowCounts["2026-Q1/indikator.csv"] == 2)
        #expect(set.rowCounts["2026-Q1/skp.csv"] == nil)
    }

    @Test("an earlier quarter's indicators are checked against that quarter's own units when it has them")
    func historyUnits() throws {
        let drop = DropFixture()
        var files = drop.files(period: "2026-Q2")
        files["2026-Q1/unit_kerja.csv"] = Array("kode_unit,nama_unit\n4.01.01,Bagian Hukum\n".utf8)
        files["2026-Q1/indikator.csv"] = Array(drop.indikator.utf8)
        let loaded = Loaded(files, period: "2026-Q2")
        #expect(loaded.only("2026-Q1/indikator.csv", line: 3)?.message
            == "kode_unit `4.01.02` is not a unit in 2026-Q1/unit_kerja.csv; this row is rejected")
        #expect(loaded.inputSet?.history.first?.indicators.count == 1)
        #expect(loaded.inputSet?.history.first?.units.count == 1)
    }

    @Test("an earlier drop without indikator.csv counts as missing history")
    func historyWithoutIndicators() {
        var files = DropFixture().files(period: "2026-Q2")
        files["2026-Q1/unit_kerja.csv"] = Array("kode_unit,nama_unit\n4.01.01,Bagian Hukum\n".utf8)
        let loaded = Loaded(files, period: "2026-Q2")
        #expect(loaded.inputSet?.missingHistory == [Period("2026-Q1")!])
        #expect(loaded.only("2026-Q1/indikator.csv", line: nil)?.severity == .warning)
    }

    @Test("a file that cannot be read is reported and counts as missing")
    func unreadable() {
        struct Failing: InputSource {
            struct Denied: Error, CustomStringConvertible { var description: String { "permission denied" } }
            let inner: InMemoryInput
            func directoryExists(_ path: String) -> Bool { inner.directoryExists(path) }
            func read(_ path: String) throws -> [UInt8]? {
                if path.hasSuffix("indikator.csv") { throw Denied() }
                return try inner.read(path)
            }
        }
        var diagnostics = Diagnostics()
        let source = Failing(inner: InMemoryInput(files: DropFixture().files()))
        #expect(throws: IngestionFailure.requiredFilesMissing(["2026-Q1/indikator.csv"])) {
            try Ingestion.load(period: Period("2026-Q1")!, from: source, diagnostics: &diagnostics)
        }
        #expect(diagnostics.items.map(\.description) == ["2026-Q1/indikator.csv: error: cannot be read: permission denied"])
    }

    @Test("the committed sample reads without errors")
    func committedSample() throws {
        let root = URLPath.repository + "/input"
        let loaded = Loaded(try URLPath.files(under: root), period: "2026-Q3")
        #expect(loaded.errors.isEmpty, "\(loaded.errors.prefix(3).map(\.description))")
        let set = try #require(loaded.inputSet)
        #expect(set.history.count == 2 && set.missingHistory.isEmpty)
        #expect((40...80).contains(set.current.employees.count))
        #expect(Set(set.current.indicators.map(\.agregasi)) == Set(Aggregation.allCases))
        #expect(Set(set.current.indicators.map(\.polaritas)) == Set(Polarity.allCases))
        #expect(Set(set.current.employees.map(\.jenisJabatan)) == Set(JenisJabatan.allCases))
        #expect(set.current.activities.contains { $0.hasBudget })
        #expect(set.current.additionalTasks.contains { $0.jenis == .kreativitas })
    }
}
