import Testing
@testable import MonevCore

@Suite struct DropTemplateTests {
    static let q4 = Period(year: 2026, quarter: 4)!
    static let source = Scoring.exampleInput.current

    static func files(_ template: DropTemplate) -> [String: String] {
        Dictionary(uniqueKeysWithValues: template.files.map { ($0.name, $0.text) })
    }

    static func lines(_ text: String?) -> [String] { (text ?? "").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test func theSixFilesInTheContractColumns() {
        let files = Self.files(DropTemplate(period: Self.q4, from: Self.source))
        #expect(files.keys.sorted() == ["indikator.csv", "pegawai.csv", "perilaku.csv", "skp.csv", "tambahan.csv", "unit_kerja.csv"])
        for (name, schema) in [("unit_kerja.csv", TableSchema.unitKerja), ("indikator.csv", .indikator), ("pegawai.csv", .pegawai),
                               ("skp.csv", .skp), ("perilaku.csv", .perilaku), ("tambahan.csv", .tambahan)] {
            let header = Self.lines(files[name]).first?.split(separator: ",").map(String.init) ?? []
            // Every column of the file, required and optional, in the contract's order.
            #expect(Set(header) == Set(schema.all), "\(name)")
        }
        #expect(files["tambahan.csv"] == "nip,jenis,uraian,tingkat\n")
    }

    @Test func everyIndicatorWithItsTargetsAndNoRealisation() {
        let lines = Self.lines(Self.files(DropTemplate(period: Self.q4, from: Self.source))["indikator.csv"])
        #expect(lines.count == 1 + Self.source.indicators.count)
        // Source order, definitions and targets kept, the realisation (last column) empty.
        #expect(lines[1] == "U02,IK02,'=SUM(A1:A9),persen,positif,terakhir,100,100,")
        #expect(lines[2] == "U01,IK01,Dokumen perencanaan tersusun,persen,positif,kumulatif,100,25,")
        #expect(lines[4] == "U01,IK03,Indeks kepuasan,persen,positif,rata_rata,80,80,")
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",") })
    }

    @Test func everyEmployeeWithBlankBehaviourRow() {
        let files = Self.files(DropTemplate(period: Self.q4, from: Self.source))
        let pegawai = Self.lines(files["pegawai.csv"])
        #expect(pegawai.count == 1 + Self.source.employees.count)
        #expect(pegawai[2] == "197501012000031002,Ir. Ahmad Fauzi,Pembina / IV a,Kepala Subbagian Program,U01,struktural,")
        let perilaku = Self.lines(files["perilaku.csv"])
        // Leadership is asked of the struktural employee only; `-` marks it as not applicable.
        #expect(perilaku == [
            "nip,orientasi_pelayanan,integritas,komitmen,disiplin,kerja_sama,kepemimpinan",
            "199105052015031001,,,,,,-",
            "197501012000031002,,,,,,",
            "198203102006042003,,,,,,-",
        ])
    }

    @Test func activitiesKeepTargetsAndLoseRealisations() {
        let skp = Self.lines(Self.files(DropTemplate(period: Self.q4, from: Self.source))["skp.csv"])
        // The orphan activity (its NIP is no employee) is not carried over.
        #expect(skp.count == 1 + 6)
        #expect(!skp.contains { $0.hasPrefix("198001012005011001") })
        // With a budget: realisasi_biaya to fill; without: `-` in both.
        #expect(skp[1] == "197501012000031002,1,Kegiatan 1,,12,dokumen,100,12,24000000,,,,")
        #expect(skp.last == "199105052015031001,1,\"Laporan \"\"realisasi\"\" anggaran\",,4,laporan,100,12,-,,,,-")
    }

    @Test func readsBackAsTheDropItCameFrom() throws {
        let template = DropTemplate(period: Self.q4, from: Self.source)
        var files: [String: [UInt8]] = [:]
        for f in template.files { files["2026-Q4/\(f.name)"] = Array(f.text.utf8) }
        var diagnostics = Diagnostics()
        let drop = try Ingestion.load(period: Self.q4, from: InMemoryInput(files: files), diagnostics: &diagnostics).current

        #expect(drop.units.map(\.kode) == Self.source.units.map(\.kode))
        #expect(drop.units.map(\.kepala) == Self.source.units.map(\.kepala))
        #expect(drop.units.map(\.kodeInduk) == Self.source.units.map(\.kodeInduk))
        #expect(drop.indicators.map(\.key) == Self.source.indicators.map(\.key))
        #expect(drop.indicators.map(\.targetTahunan) == Self.source.indicators.map(\.targetTahunan))
        #expect(drop.indicators.map(\.targetTriwulan) == Self.source.indicators.map(\.targetTriwulan))
        #expect(drop.indicators.allSatisfy { $0.realisasiTriwulan == nil })
        // Text that would run as a formula in a spreadsheet keeps the defusing quote (CSVText).
        #expect(drop.indicators[0].nama == "'=SUM(A1:A9)")
        #expect(drop.employees.map(\.nip) == Self.source.employees.map(\.nip))
        #expect(drop.employees.map(\.jenisJabatan) == Self.source.employees.map(\.jenisJabatan))
        #expect(drop.employees.map(\.nipPenilai) == Self.source.employees.map(\.nipPenilai))
        // The only errors are the blanks the units are to fill.
        let errors = diagnostics.items.filter { $0.severity == .error }
        #expect(errors.count == 6 + 3 * 5)
        #expect(errors.allSatisfy { ["realisasi_kuantitas", "orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama", "kepemimpinan"].contains($0.column ?? "") })
    }

    @Test(arguments: ["1.234", "0.5", "170395000", "9.12", "0.333333333333333333", "12.3456", "-2.125", "1000.001"])
    func numbersAreWrittenSoTheReaderReadsThemExactly(_ text: String) throws {
        let value = try #require(ExactDecimal(text))
        var csv = CSVText(header: ["x"], expectedRows: 1)
        csv.exact(value)
        csv.endRow()
        let written = Self.lines(csv.output)[1]
        #expect(NumberParser.parse(written, decimalComma: false) == .value(value), "\(written)")
    }

    @Test func aNewYearLeavesIndicatorTargetsEmpty() {
        let template = DropTemplate(period: Period(year: 2027, quarter: 1)!, from: Self.source)
        #expect(template.startsNewYear)
        #expect(Self.lines(Self.files(template)["indikator.csv"])[2] == "U01,IK01,Dokumen perencanaan tersusun,persen,positif,kumulatif,,,")
        // SKP targets stay: the activities are what each employee is appraised on.
        #expect(template.activities.map(\.targetKuantitas) == Self.source.activities.dropLast().map(\.targetKuantitas))
        #expect(!DropTemplate(period: Self.q4, from: Self.source).startsNewYear)
    }

    @Test func onePartPerUnit() throws {
        let template = DropTemplate(period: Self.q4, from: Self.source)
        let part = try #require(template.unit("U01"))
        #expect(part.units.map(\.kode) == ["U01"])
        #expect(part.indicators.map(\.kode) == ["IK01", "IK02", "IK03"])
        #expect(part.employees.map(\.nama) == ["Ir. Ahmad Fauzi", "-Rina, S.E."])
        #expect(Set(part.activities.map(\.nip)) == Set(part.employees.map(\.nip)))
        #expect(template.unit("U99") == nil)
    }
}
