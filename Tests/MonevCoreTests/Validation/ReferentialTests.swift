import Testing
@testable import MonevCore

@Suite("References and duplicates")
struct ReferentialTests {
    @Test("duplicate keys: the later row is rejected and names the earlier line")
    func duplicates() {
        var drop = DropFixture()
        drop.unitKerja += "4.01.01,Bagian Hukum (lama),,,,\n"
        drop.indikator += "4.01.01,IK.01,Jumlah produk hukum,dokumen,positif,kumulatif,40,10,9\n"
        drop.pegawai += "198507122010011003,Budi Santoso,Penata (III/c),Analis,4.01.01,fungsional,\n"
        drop.skp += "198507122010011003,1,Menyusun kajian hukum lagi,,4,naskah,100,12,-,4,100,12,-\n"
        drop.perilaku += "199001012015022005,80,80,80,80,80,\n"
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/unit_kerja.csv", line: 4)?.message == "duplicate kode_unit `4.01.01`: already on line 2; this row is rejected")
        #expect(loaded.only("2026-Q1/indikator.csv", line: 4)?.message == "duplicate indicator `IK.01` of unit `4.01.01`: already on line 2; this row is rejected")
        #expect(loaded.only("2026-Q1/pegawai.csv", line: 5)?.message == "duplicate nip `198507122010011003`: already on line 3; this row is rejected")
        #expect(loaded.only("2026-Q1/skp.csv", line: 5)?.message == "duplicate activity no 1 of nip `198507122010011003`: already on line 3; this row is rejected")
        #expect(loaded.only("2026-Q1/perilaku.csv", line: 5)?.message == "duplicate behaviour scores for nip `199001012015022005`: already on line 4; this row is rejected")
        let drop1 = loaded.inputSet?.current
        #expect(drop1?.units.count == 2 && drop1?.indicators.count == 2 && drop1?.employees.count == 3)
        #expect(drop1?.activities.count == 3 && drop1?.behaviours.count == 3)
        #expect(loaded.errors.count == 5)
    }

    @Test("duplicate SKP numbers are found when an employee's rows are not together")
    func duplicateAcrossRuns() {
        var drop = DropFixture()
        drop.skp += "196003161984032001,2,Rapat koordinasi,,4,kegiatan,100,12,-,4,90,12,-\n"
        drop.skp += "196003161984032001,1,Rapat koordinasi lagi,,4,kegiatan,100,12,-,4,90,12,-\n"
        let loaded = Loaded(drop)
        #expect(loaded.errors.map(\.line) == [6])
        #expect(loaded.errors.first?.message.contains("already on line 2") == true)
        #expect(loaded.inputSet?.current.activities.map(\.source.line) == [2, 3, 4, 5])
    }

    @Test("rows referring to unknown units or employees are rejected")
    func unknownReferences() {
        var drop = DropFixture()
        drop.indikator += "9.99,IK.01,Indikator,persen,positif,terakhir,1,1,1\n"
        drop.pegawai += "198001012005011001,Agus,Penata (III/c),Staf,9.99,pelaksana,\n"
        drop.skp += "197001012000011001,1,Kegiatan,,1,dokumen,100,12,-,1,90,12,-\n"
        drop.perilaku += "197001012000011001,80,80,80,80,80,\n"
        drop.tambahan! += "197001012000011001,tugas_tambahan,Panitia,\n"
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/indikator.csv", line: 4)?.message == "kode_unit `9.99` is not a unit in 2026-Q1/unit_kerja.csv; this row is rejected")
        #expect(loaded.only("2026-Q1/pegawai.csv", line: 5)?.column == "kode_unit")
        for file in ["skp.csv": 5, "perilaku.csv": 5, "tambahan.csv": 4] {
            let d = loaded.only("2026-Q1/\(file.key)", line: file.value)
            #expect(d?.message == "nip `197001012000011001` is not an employee in 2026-Q1/pegawai.csv; this row is rejected")
        }
    }

    @Test("a row that refers to a rejected row says so")
    func rejectedParent() {
        var drop = DropFixture()
        drop.unitKerja = drop.unitKerja.replacingFirst("4.01.02,Bagian Umum,,,,", with: "4.01.02,,,,,")
        let loaded = Loaded(drop)
        #expect(loaded.only("2026-Q1/unit_kerja.csv", line: 3)?.message == "nama_unit is empty")
        #expect(loaded.only("2026-Q1/pegawai.csv", line: 4)?.message
            == "kode_unit `4.01.02` refers to a unit whose row in 2026-Q1/unit_kerja.csv (line 3) was rejected; this row is rejected")
        #expect(loaded.only("2026-Q1/skp.csv", line: 4)?.message
            == "nip `199001012015022005` refers to an employee whose row in 2026-Q1/pegawai.csv (line 4) was rejected; this row is rejected")
    }

    @Test("an appraiser outside the drop is kept with a warning; a malformed one rejects the employee")
    func appraiser() {
        var drop = DropFixture()
        drop.pegawai = drop.pegawai
            .replacingFirst("Analis Hukum Ahli Pertama,4.01.01,fungsional,196003161984032001",
                            with: "Analis Hukum Ahli Pertama,4.01.01,fungsional,197001012000011001")
            .replacingFirst("Pengadministrasi Umum,4.01.02,pelaksana,196003161984032001",
                            with: "Pengadministrasi Umum,4.01.02,pelaksana,1970010120000110")
        let loaded = Loaded(drop)
        let outside = loaded.only("2026-Q1/pegawai.csv", line: 3)
        #expect((outside?.severity, outside?.column) == (.warning, "nip_penilai"))
        #expect(loaded.inputSet?.current.employees.first { $0.nip.digits == DropFixture.analis }?.nipPenilai?.digits == "197001012000011001")
        let malformed = loaded.only("2026-Q1/pegawai.csv", line: 4)
        #expect((malformed?.severity, malformed?.column) == (.error, "nip_penilai"))
    }

    @Test("kepemimpinan: required for struktural, ignored with a warning for the others")
    func leadership() {
        var drop = DropFixture()
        drop.perilaku = drop.perilaku
            .replacingFirst("196003161984032001,85,80,82,78,80,75", with: "196003161984032001,85,80,82,78,80,")
            .replacingFirst("198507122010011003,90,88,85.5,80,82,", with: "198507122010011003,90,88,85.5,80,82,70")
        let loaded = Loaded(drop)
        let missing = loaded.only("2026-Q1/perilaku.csv", line: 2)
        #expect((missing?.severity, missing?.column) == (.error, "kepemimpinan"))
        #expect(missing?.message.contains("required for a struktural employee (2026-Q1/pegawai.csv line 2)") == true)
        let ignored = loaded.only("2026-Q1/perilaku.csv", line: 3)
        #expect((ignored?.severity, ignored?.value) == (.warning, "70"))
        let kept = loaded.inputSet?.current.behaviours
        #expect(kept?.map(\.nip.digits) == [DropFixture.analis, DropFixture.staf])
        #expect(kept?.first?.kepemimpinan == nil)
    }
}
