import Testing
@testable import MonevCore

@Suite("Headers")
struct HeaderNameTests {
    @Test("headers fold case, spaces, `/`, `-` and `.`",
          arguments: [("Kode Unit", "kode_unit"), ("KODE_UNIT", "kode_unit"), ("kode-unit", "kode_unit"), (" Kode  Unit ", "kode_unit"),
                      ("Pangkat/Golongan", "pangkat_golongan"), ("No.", "no"), ("Kode.Unit", "kode_unit"), ("Realisasi - Biaya", "realisasi_biaya"),
                      ("NIP\u{A0}Penilai", "nip_penilai"), ("Jenis Jabatan", "jenis_jabatan")])
    func normalise(_ raw: String, _ expected: String) {
        #expect(HeaderName.normalise(raw) == expected)
    }

    @Test("English aliases map to the canonical columns of their file")
    func aliases() {
        #expect(TableSchema.unitKerja.canonical("unit_code") == "kode_unit")
        #expect(TableSchema.unitKerja.canonical(HeaderName.normalise("Unit Name")) == "nama_unit")
        #expect(TableSchema.indikator.canonical("target") == "target_triwulan")
        #expect(TableSchema.indikator.canonical("realisation") == "realisasi_triwulan")
        #expect(TableSchema.indikator.canonical("realization") == "realisasi_triwulan")
        #expect(TableSchema.indikator.canonical("annual_target") == "target_tahunan")
        #expect(TableSchema.pegawai.canonical("employee_id") == "nip")
        #expect(TableSchema.pegawai.canonical("name") == "nama")
        #expect(TableSchema.skp.canonical("target_quantity") == "target_kuantitas")
        #expect(TableSchema.skp.canonical("realization_cost") == "realisasi_biaya")
        #expect(TableSchema.skp.canonical("target") == nil)
        #expect(TableSchema.perilaku.canonical("leadership") == "kepemimpinan")
        #expect(TableSchema.tambahan.canonical("level") == "tingkat")
    }

    @Test("a file with English headers reads like one with canonical headers")
    func englishHeaders() {
        var drop = DropFixture()
        drop.indikator = """
            Unit Code,Indicator Code,Indicator Name,Unit of Measure,Polarity,Aggregation,Annual Target,Target,Realisation,Notes
            4.01.01,IK.01,Jumlah produk hukum,dokumen,positif,kumulatif,40,10,9,anything
            4.01.02,IK.01,Persentase realisasi anggaran,persen,positif,terakhir,95,20,18.75,

            """
        let english = Loaded(drop)
        let canonical = Loaded(DropFixture())
        #expect(english.diagnostics.items.isEmpty)
        #expect(english.inputSet?.current.indicators == canonical.inputSet?.current.indicators)
        #expect(english.inputSet?.current.indicators.last?.realisasiTriwulan == "18.75")
    }

    @Test("missing required columns: one error naming them all, with a did-you-mean hint")
    func missingColumns() {
        var drop = DropFixture()
        drop.skp = """
            NIP,No,Kegiatan,Target Kuantitas,Satuan Kuantitas,Target Kualitas,Target Wktu,Realisasi Kuantitas,Realisasi Kualitas
            196003161984032001,1,Menyusun,1,dokumen,100,12,1,90

            """
        let loaded = Loaded(drop)
        let errors = loaded.diagnostics.items.filter { $0.file == "2026-Q1/skp.csv" }
        #expect(errors.count == 1)
        #expect(errors.first?.line == 1)
        #expect(errors.first?.message
            == "missing required columns: target_waktu (did you mean `Target Wktu`, column 7?), realisasi_waktu")
        #expect(loaded.inputSet?.current.activities.isEmpty == true)
        #expect(loaded.inputSet?.current.employees.count == 3)
    }

    @Test("a column given twice: the first is used, the second reported")
    func duplicateColumn() {
        var drop = DropFixture()
        drop.unitKerja = "kode_unit,nama_unit,Unit Name\n4.01.01,Bagian Hukum,Legal\n4.01.02,Bagian Umum,General\n"
        let loaded = Loaded(drop)
        #expect(loaded.inputSet?.current.units.map(\.nama) == ["Bagian Hukum", "Bagian Umum"])
        let d = loaded.only("2026-Q1/unit_kerja.csv", line: 1)
        #expect(d?.severity == .warning)
        #expect(d?.column == "3")
    }

    @Test("edit distance")
    func editDistance() {
        #expect(HeaderName.editDistance("target_waktu", "target_wktu") == 1)
        #expect(HeaderName.editDistance("nip", "nip") == 0)
        #expect(HeaderName.editDistance("", "abc") == 3)
        #expect(HeaderName.editDistance("kitten", "sitting") == 3)
    }
}
