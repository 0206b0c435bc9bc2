import Testing
@testable import MonevCore

/// The fixture with one SKP row appended for the kepala (no 2), read back.
private func withActivity(_ row: String) -> Loaded {
    var drop = DropFixture()
    drop.skp += "196003161984032001,2,\(row)\n"
    return Loaded(drop)
}

@Suite("Row rules")
struct RowRulesTests {
    @Test("the fixture reads clean into exact values")
    func clean() throws {
        let loaded = Loaded(DropFixture())
        #expect(loaded.diagnostics.items.isEmpty)
        let drop = try #require(loaded.inputSet?.current)
        #expect(drop.units.count == 2)
        #expect(drop.units[0].kepala == Official(nama: "Siti Rahayu, S.H., M.H.", nip: NIP(unchecked: DropFixture.kepala), jabatan: "Kepala Bagian Hukum"))
        #expect(drop.units[1].kepala == nil)
        #expect(drop.indicators[1].agregasi == .terakhir)
        #expect(drop.indicators[1].realisasiTriwulan == "18.75")
        #expect(drop.employees.map(\.jenisJabatan) == [.struktural, .fungsional, .pelaksana])
        #expect(drop.employees[1].nipPenilai == NIP(unchecked: DropFixture.kepala))
        let a = drop.activities
        #expect(a[0].targetBiaya == 170_395_000 && a[0].hasBudget)
        #expect(a[1].angkaKredit == "0.5")
        #expect(a[1].realisasiWaktu == "9.12")
        #expect(a[1].targetBiaya == nil && a[2].targetBiaya == nil && !a[2].hasBudget)
        #expect(drop.behaviours[0].kepemimpinan == 75)
        #expect(drop.behaviours[1].komitmen == "85.5")
        #expect(drop.additionalTasks.map(\.tingkat) == [nil, .unitKerja])
        #expect(loaded.inputSet?.rowCounts == ["2026-Q1/unit_kerja.csv": 2, "2026-Q1/indikator.csv": 2, "2026-Q1/pegawai.csv": 3,
                                               "2026-Q1/skp.csv": 3, "2026-Q1/perilaku.csv": 3, "2026-Q1/tambahan.csv": 2])
    }

    @Test("SKP rows that rules.md A rejects, each located at its column", arguments: [
        ("Kegiatan,,0,dokumen,100,12,-,1,90,12,-", "target_kuantitas", "target_kuantitas is 0; a target must be more than 0"),
        ("Kegiatan,,1,dokumen,,12,-,1,90,12,-", "target_kualitas", "target_kualitas is required but not set"),
        ("Kegiatan,,1,dokumen,100,-,-,1,90,12,-", "target_waktu", "target_waktu is required but not set"),
        ("Kegiatan,,-1,dokumen,100,12,-,1,90,12,-", "target_kuantitas", "target_kuantitas `-1` is negative"),
        ("Kegiatan,,1,dokumen,100,12,-,1,101,12,-", "realisasi_kualitas", "realisasi_kualitas `101` is above 100"),
        ("Kegiatan,,1,dokumen,100,12,-5000,1,90,12,-", "target_biaya", "target_biaya `-5000` is negative"),
        ("Kegiatan,,1,dokumen,100,12,-,,90,12,-", "realisasi_kuantitas", "realisasi_kuantitas is required but not set"),
        ("Kegiatan,,1,dokumen,100,12,-,1,,12,-", "realisasi_kualitas", "realisasi_kualitas is required when the activity was carried out (realisasi_kuantitas > 0)"),
        ("Kegiatan,,1,dokumen,100,12,5000000,1,90,12,", "realisasi_biaya", "realisasi_biaya is required when the activity has a budget (target_biaya) and was carried out"),
        ("Kegiatan,,satu,dokumen,100,12,-,1,90,12,-", "target_kuantitas", "target_kuantitas: `satu` is not a number"),
        ("Kegiatan,,1,dokumen,100,12,1.500,1,90,12,1.500", "target_biaya", "target_biaya: `1.500` is ambiguous"),
        (",,1,dokumen,100,12,-,1,90,12,-", "kegiatan", "kegiatan is empty"),
    ])
    func rejected(_ row: String, _ column: String, _ message: String) {
        let loaded = withActivity(row)
        let errors = loaded.errors.filter { $0.column == column }
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.hasPrefix(message) == true, "\(loaded.errors.map(\.message))")
        #expect(loaded.inputSet?.current.activities.map(\.source.line) == [2, 3, 4])
    }

    @Test("a non-numeric or ambiguous number names its line, column and value; the next rows are still read")
    func badNumbersKeepReading() {
        var drop = DropFixture()
        drop.skp += "196003161984032001,2,Kegiatan,,dua,dokumen,100,12,-,2,90,12,-\n"
        drop.skp += "196003161984032001,3,Kegiatan,,1,dokumen,100,12,-,1,90,12,1,234\n"
        drop.skp += "196003161984032001,4,Kegiatan,,1,dokumen,100,12,-,1,90,\"1,234\",-\n"
        drop.skp += "196003161984032001,5,Kegiatan,,1,dokumen,100,12,-,1,90,12,-\n"
        let loaded = Loaded(drop)
        let nonNumeric = loaded.only("2026-Q1/skp.csv", line: 5)
        #expect((nonNumeric?.column, nonNumeric?.value) == ("target_kuantitas", "dua"))
        #expect(loaded.only("2026-Q1/skp.csv", line: 6)?.column == "14")
        let ambiguous = loaded.only("2026-Q1/skp.csv", line: 7)
        #expect((ambiguous?.column, ambiguous?.value) == ("realisasi_waktu", "1,234"))
        #expect(ambiguous?.message.contains("ambiguous") == true)
        #expect(loaded.inputSet?.current.activities.map(\.no) == [1, 1, 1, 5])
    }

    @Test("RW = 0, or RB = 0 with a budget, while carried out: kept and flagged suspicious")
    func suspicious() throws {
        let time = withActivity("Kegiatan,,1,dokumen,100,12,-,1,90,0,-")
        #expect(time.errors.isEmpty)
        #expect(time.only("2026-Q1/skp.csv", line: 5)?.column == "realisasi_waktu")
        #expect(time.warnings.first?.message.hasPrefix("suspicious") == true)
        #expect(time.inputSet?.current.activities.last?.realisasiWaktu == 0)

        let cost = withActivity("Kegiatan,,1,dokumen,100,12,5000000,1,90,12,0")
        #expect(cost.errors.isEmpty)
        #expect(cost.only("2026-Q1/skp.csv", line: 5)?.column == "realisasi_biaya")
        #expect(cost.inputSet?.current.activities.last?.realisasiBiaya == 0)
    }

    @Test("not carried out (RO = 0): empty realisations read as 0, nothing is suspicious")
    func notCarriedOut() throws {
        let loaded = withActivity("Kegiatan,,3,dokumen,100,12,24000000,0,,,")
        #expect(loaded.diagnostics.items.isEmpty)
        let a = try #require(loaded.inputSet?.current.activities.last)
        #expect((a.realisasiKuantitas, a.realisasiKualitas, a.realisasiWaktu) == (0, 0, 0))
        #expect(a.realisasiBiaya == nil && a.hasBudget)
    }

    @Test("a realised cost without a budget target is ignored with a warning")
    func costWithoutBudget() {
        let loaded = withActivity("Kegiatan,,1,dokumen,100,12,-,1,90,12,500000")
        #expect(loaded.errors.isEmpty)
        #expect(loaded.only("2026-Q1/skp.csv", line: 5)?.message.contains("no budget target") == true)
    }

    @Test("enumerations accept Excel's spelling and reject anything else, listing the choices")
    func enumerations() {
        var drop = DropFixture()
        drop.indikator += "4.01.01,IK.02,Rata-rata waktu,hari,Negatif,Rata-rata,3,3,2.5\n"
        drop.indikator += "4.01.01,IK.03,Indeks,nilai,naik,kumulatif,1,1,1\n"
        drop.indikator += "4.01.01,IK.04,Indeks,nilai,positif,total,1,1,1\n"
        let loaded = Loaded(drop)
        #expect(loaded.inputSet?.current.indicators.map(\.kode) == ["IK.01", "IK.01", "IK.02"])
        #expect(loaded.inputSet?.current.indicators.last?.agregasi == .rataRata)
        #expect(loaded.inputSet?.current.indicators.last?.polaritas == .negatif)
        #expect(loaded.only("2026-Q1/indikator.csv", line: 5)?.message == "polaritas `naik` is not one of: positif, negatif")
        #expect(loaded.only("2026-Q1/indikator.csv", line: 6)?.message == "agregasi `total` is not one of: kumulatif, terakhir, rata_rata")
    }

    @Test("jenis_jabatan outside the three kinds rejects the employee")
    func jenisJabatan() {
        var drop = DropFixture()
        drop.pegawai += "198001012005011001,Agus,Penata (III/c),Staf,4.01.02,honorer,\n"
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/pegawai.csv", line: 5)?.message == "jenis_jabatan `honorer` is not one of: struktural, fungsional, pelaksana")
        #expect(loaded.inputSet?.current.employees.count == 3)
    }

    @Test("behaviour aspects: 0–100, every required aspect present")
    func behaviour() {
        var drop = DropFixture()
        drop.perilaku = drop.perilaku
            .replacingFirst("198507122010011003,90,88,85.5,80,82,", with: "198507122010011003,90,88,,80,82,")
            .replacingFirst("199001012015022005,76,80,80,81,79,", with: "199001012015022005,76,80,80,101,79,")
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/perilaku.csv", line: 3)?.column == "komitmen")
        #expect(loaded.only("2026-Q1/perilaku.csv", line: 3)?.message == "komitmen is required but not set")
        #expect(loaded.only("2026-Q1/perilaku.csv", line: 4)?.message == "disiplin `101` is outside 0–100")
        #expect(loaded.inputSet?.current.behaviours.map(\.nip.digits) == [DropFixture.kepala])
    }

    @Test("kreativitas needs a tingkat; tugas_tambahan ignores one with a warning")
    func additionalTasks() {
        var drop = DropFixture()
        drop.tambahan! += "198507122010011003,kreativitas,Dasbor anggaran,\n"
        drop.tambahan! += "198507122010011003,Tugas Tambahan,Pejabat Pengadaan,nasional\n"
        drop.tambahan! += "198507122010011003,Kreativitas,Layanan keliling,Nasional\n"
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/tambahan.csv", line: 4)?.message == "tingkat is empty; expected one of: unit_kerja, organisasi, nasional")
        #expect(loaded.only("2026-Q1/tambahan.csv", line: 5)?.severity == .warning)
        #expect(loaded.inputSet?.current.additionalTasks.map(\.tingkat) == [nil, .unitKerja, nil, .nasional])
    }

    @Test("an invalid head-of-unit NIP keeps the unit and blanks the NIP, with a warning")
    func headNIP() {
        var drop = DropFixture()
        drop.unitKerja = drop.unitKerja.replacingFirst(",196003161984032001,", with: ",19600316198403200,")
        let loaded = Loaded(drop)
        let d = loaded.only("2026-Q1/unit_kerja.csv", line: 2)
        #expect((d?.severity, d?.column) == (.warning, "nip_kepala"))
        #expect(loaded.inputSet?.current.units.first?.kepala?.nip == nil)
        #expect(loaded.inputSet?.current.units.first?.kepala?.nama == "Siti Rahayu, S.H., M.H.")
    }
}
