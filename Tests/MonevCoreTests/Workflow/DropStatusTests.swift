import Testing
import MonevCore

/// A hand-made 2026-Q4 drop part-way through collection: some cells in, some blank, one row with
/// an error that is not a blank.
enum PartlyFilled {
    static let a = "196803151994032004", b = "198203102006042003", c = "199105052015031001", d = "197501012000031002"
    static let q4 = Period(year: 2026, quarter: 4)!

    static let files: [String: String] = [
        "unit_kerja.csv": """
            kode_unit,nama_unit,kode_induk,nama_kepala,nip_kepala,jabatan_kepala
            U01,Bagian Perencanaan,,Dra. Siti Rahmawati,\(a),Kepala Bagian Perencanaan
            U02,Bagian Keuangan,,,,

            """,
        "indikator.csv": """
            kode_unit,kode_indikator,nama_indikator,satuan,polaritas,agregasi,target_tahunan,target_triwulan,realisasi_triwulan
            U01,IK01,Dokumen perencanaan tersusun,persen,positif,kumulatif,100,25,24
            U01,IK02,Waktu layanan rekomendasi,hari,negatif,terakhir,5,5,
            U02,IK01,Penyerapan anggaran,persen,positif,kumulatif,100,25,-

            """,
        "pegawai.csv": """
            nip,nama,pangkat_golongan,jabatan,kode_unit,jenis_jabatan,nip_penilai
            \(a),Dra. Siti Rahmawati,Pembina (IV/a),Kepala Bagian Perencanaan,U01,struktural,
            \(b),Rina,Penata (III/c),Pengelola Data,U01,pelaksana,\(a)
            \(c),Budi Santoso,Penata Muda (III/a),Analis Keuangan,U02,fungsional,
            \(d),Agus Salim,Pengatur (II/c),Pengadministrasi,U02,pelaksana,

            """,
        // Line 2 filled; 3 carried out with a budget but no realisasi_biaya; 4 not carried out
        // (filled); 5 no kualitas; 6 blank; 7 filled but its target_waktu is not a number.
        "skp.csv": """
            nip,no,kegiatan,angka_kredit,target_kuantitas,satuan_kuantitas,target_kualitas,target_waktu,target_biaya,realisasi_kuantitas,realisasi_kualitas,realisasi_waktu,realisasi_biaya
            \(a),1,Menyusun Renja,,12,dokumen,100,12,24000000,12,90,12,22800000
            \(a),2,Menyusun RKA,,1,dokumen,100,12,1000000,1,90,12,
            \(b),1,Pemutakhiran data,,4,laporan,100,12,-,0,,,-
            \(c),1,Rekonsiliasi,,4,laporan,100,12,-,4,,12,-
            \(c),2,Laporan realisasi,,4,laporan,100,12,-,,,,-
            \(c),3,Verifikasi SPJ,,4,laporan,100,dua belas,-,4,100,12,-

            """,
        // The struktural head lacks kepemimpinan; Budi lacks komitmen; Agus has no row.
        "perilaku.csv": """
            nip,orientasi_pelayanan,integritas,komitmen,disiplin,kerja_sama,kepemimpinan
            \(a),80,80,80,80,80,
            \(b),80,80,80,80,80,-
            \(c),80,80,,80,80,

            """,
        "tambahan.csv": "nip,jenis,uraian,tingkat\n",
    ]

    static func input(_ files: [String: String] = files) -> InMemoryInput {
        InMemoryInput(files: Dictionary(uniqueKeysWithValues: files.map { ("2026-Q4/\($0.key)", Array($0.value.utf8)) }))
    }
}

@Suite struct DropStatusTests {
    typealias F = PartlyFilled

    @Test func namesWhatEachUnitHasNotSent() throws {
        let status = try DropStatus.read(period: F.q4, from: F.input())
        #expect(status.units.map(\.unit.kode) == ["U01", "U02"])
        #expect(!status.isComplete)
        let u1 = status.units[0], u2 = status.units[1]
        #expect(u1.indicatorsPending == ["IK02"])
        #expect(u1.skpPending == [DropStatus.PendingSKP(nip: NIP(unchecked: F.a), activities: [2], total: 2)])
        #expect(u1.behaviourPending == [NIP(unchecked: F.a)])
        #expect(u2.indicatorsPending == ["IK01"])
        #expect(u2.skpPending == [DropStatus.PendingSKP(nip: NIP(unchecked: F.d), activities: [], total: 0),
                                  DropStatus.PendingSKP(nip: NIP(unchecked: F.c), activities: [1, 2], total: 3)])
        #expect(u2.behaviourPending == [NIP(unchecked: F.d), NIP(unchecked: F.c)])
    }

    @Test func blanksAreNotErrorsButOtherProblemsAre() throws {
        let status = try DropStatus.read(period: F.q4, from: F.input())
        // Ingestion rejects the blank rows; the status counts only the malformed target.
        #expect(status.otherErrors.count == 1)
        #expect(status.otherErrors.first?.file == "2026-Q4/skp.csv")
        #expect(status.otherErrors.first?.line == 7)
        #expect(status.otherErrors.first?.column == "target_waktu")
    }

    @Test func aUnitWithEverythingInIsComplete() throws {
        var files = F.files
        files["indikator.csv"] = files["indikator.csv"]!.replacingOccurrences(of: "5,5,\n", with: "5,5,4\n")
        files["skp.csv"] = files["skp.csv"]!.replacingOccurrences(of: "1000000,1,90,12,\n", with: "1000000,1,90,12,950000\n")
        files["perilaku.csv"] = files["perilaku.csv"]!.replacingOccurrences(of: "\(F.a),80,80,80,80,80,\n", with: "\(F.a),80,80,80,80,80,85\n")
        let status = try DropStatus.read(period: F.q4, from: F.input(files))
        #expect(status.units[0].isComplete)
        #expect(!status.units[1].isComplete)
        #expect(status.report.contains("U01 Bagian Perencanaan: complete (2 indicators, 2 employees)"))
    }

    @Test func theReportAndTheReminderList() throws {
        let status = try DropStatus.read(period: F.q4, from: F.input())
        let report = status.report
        #expect(report.hasPrefix("2026-Q4: 0 of 2 units have everything in\n"))
        #expect(report.contains("U02 Bagian Keuangan: missing (1 indicator, 2 employees)\n"))
        #expect(report.contains("  indicator realisations (1 of 1): IK01\n"))
        #expect(report.contains("  SKP realisations (2 of 2 employees): \(F.d) (no SKP activity); \(F.c) (no 1, 2)\n"))
        #expect(report.contains("  behaviour scores (2 of 2 employees): \(F.d), \(F.c)\n"))
        #expect(report.contains("1 other error in 2026-Q4 (not blanks; `monev validate` lists them all):\n  2026-Q4/skp.csv:7:target_waktu: error:"))
        let csv = status.csvText.split(separator: "\n").map(String.init)
        #expect(csv.first == "kode_unit,nama_unit,bagian,jumlah,belum_masuk,rincian")
        #expect(csv.contains("U01,Bagian Perencanaan,skp,2,1,\(F.a) (no 2)"))
        #expect(csv.contains("U02,Bagian Keuangan,perilaku,2,2,\(F.d); \(F.c)"))
        #expect(csv.count == 1 + 2 * 3)
    }

    @Test func aFreshTemplateIsAllPendingAndErrorFree() throws {
        let template = DropTemplate(period: F.q4, from: Scoring.exampleInput.current)
        var files: [String: [UInt8]] = [:]
        for f in template.files { files["2026-Q4/\(f.name)"] = Array(f.text.utf8) }
        let status = try DropStatus.read(period: F.q4, from: InMemoryInput(files: files))
        #expect(status.otherErrors.isEmpty)
        #expect(status.units.allSatisfy { $0.indicatorsPending.count == $0.indicatorCount })
        #expect(status.units.allSatisfy { $0.skpPending.count == $0.employeeCount && $0.behaviourPending.count == $0.employeeCount })
        #expect(status.units.first { $0.unit.kode == "U01" }?.skpPending.first?.summary == "all 3 activities")
    }

    @Test func aUnitsOnlyDropChecksIndicatorsOnly() throws {
        let files = F.files.filter { ["unit_kerja.csv", "indikator.csv"].contains($0.key) }
        let status = try DropStatus.read(period: F.q4, from: F.input(files))
        #expect(!status.hasIndividualFiles)
        #expect(status.units.allSatisfy { $0.skpPending.isEmpty && $0.behaviourPending.isEmpty })
        #expect(status.units.map(\.indicatorsPending) == [["IK02"], ["IK01"]])
        #expect(status.report.contains("units only"))
    }

    @Test func aMissingFolderIsIngestionsFailure() {
        #expect(throws: IngestionFailure.periodFolderMissing("2026-Q1")) {
            try DropStatus.read(period: Period(year: 2026, quarter: 1)!, from: F.input())
        }
    }
}
