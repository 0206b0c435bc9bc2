import Testing
@testable import MonevCore

/// `StreamedDrop` reads the employee files piece by piece and unit by unit; what it gives must be
/// what `Ingestion.load` gives for the whole drop: the same records, the same diagnostics.
@Suite("Streamed drops, unit by unit")
struct StreamedDropTests {
    static let other = "198802022012022002"  // an employee of 4.01.02, added below
    static let unknown = "199912312020121001"

    /// The fixture with problems of every kind, rows of the two units interleaved, and a quoted
    /// line break in a kegiatan, so that small pieces cut records in every place.
    static var drop: DropFixture {
        var d = DropFixture()
        d.pegawai = """
            nip,nama,pangkat_golongan,jabatan,kode_unit,jenis_jabatan,nip_penilai
            196003161984032001,"Siti Rahayu, S.H., M.H.",Pembina (IV/a),Kepala Bagian Hukum,4.01.01,struktural,
            199001012015022005,Dewi Lestari,Pengatur (II/c),Pengadministrasi Umum,4.01.02,pelaksana,196003161984032001
            198507122010011003,Budi Santoso,Penata (III/c),Analis Hukum Ahli Pertama,4.01.01,fungsional,196003161984032001
            198507122010011003,Budi Kembar,Penata (III/c),Analis,4.01.02,fungsional,
            197001012000011001,Tanpa Unit,Penata (III/c),Analis,9.99,fungsional,
            \(other),Rina Wati,Penata (III/c),Analis,4.01.02,pelaksana,199901012020011009

            """
        d.skp = """
            nip,no,kegiatan,angka_kredit,target_kuantitas,satuan_kuantitas,target_kualitas,target_waktu,target_biaya,realisasi_kuantitas,realisasi_kualitas,realisasi_waktu,realisasi_biaya
            196003161984032001,1,Mengoordinasikan penyusunan produk hukum,,12,dokumen,100,12,170395000,12,90,12,170395000
            199001012015022005,1,Mengagendakan surat,,500,surat,100,12,,450,80,12,
            198507122010011003,1,"Menyusun kajian
            hukum",0.5,4,naskah,100,12,-,4,100,9.12,-
            \(unknown),1,Tidak dikenal,,1,dokumen,100,12,,1,90,12,
            197001012000011001,1,Unitnya ditolak,,1,dokumen,100,12,,1,90,12,
            \(other),1,Menyusun laporan,,2,laporan,100,12,,2,90,12,
            198507122010011003,1,Nomor kembar,,1,naskah,100,12,,1,90,12,
            199001012015022005,2,Target nol,,0,surat,100,12,,1,80,12,
            19900101201502200X,1,NIP rusak,,1,surat,100,12,,1,80,12,
            199001012015022005,3,Terlalu banyak,,1,surat,100,12,,1,80,12,,lebih
            196003161984032001,2,Membina staf,,4,kegiatan,100,12,,4,85,12,

            """
        d.perilaku += "\(other),80,80,80,80,80,\n\(unknown),80,80,80,80,80,\n198507122010011003,70,70,70,70,70,\n"
        d.tambahan = (d.tambahan ?? "") + "\(unknown),tugas_tambahan,Tidak dikenal,\n\(other),kreativitas,Temuan,organisasi\n"
        return d
    }

    struct Streamed {
        var drop: StreamedDrop
        var unitDrops: [QuarterDrop]
        var diagnostics: Diagnostics
    }

    static func stream(_ fixture: DropFixture, pieceSize: Int) throws -> Streamed {
        let source = InMemoryInput(files: fixture.files())
        var diagnostics = Diagnostics()
        let drop = try StreamedDrop.index(period: Period("2026-Q1")!, from: source, diagnostics: &diagnostics, pieceSize: pieceSize)
        let unitDrops = drop.units.indices.map { drop.unitDrop($0, from: source, diagnostics: &diagnostics) }
        return Streamed(drop: drop, unitDrops: unitDrops, diagnostics: diagnostics)
    }

    @Test("the records and diagnostics equal a whole-file load, whatever the piece size", arguments: [40, 97, 256, 1 << 20])
    func equalsWholeLoad(pieceSize: Int) throws {
        let whole = Loaded(Self.drop)
        let input = try #require(whole.inputSet)
        let streamed = try Self.stream(Self.drop, pieceSize: pieceSize)
        #expect(streamed.diagnostics.sorted == whole.diagnostics.sorted)
        #expect(streamed.drop.rowCounts == input.rowCounts)
        let byLine = { (a: MonevCore.SourceLocation, b: MonevCore.SourceLocation) in a.line < b.line }
        #expect(streamed.unitDrops.flatMap(\.employees).sorted { byLine($0.source, $1.source) } == input.current.employees)
        #expect(streamed.unitDrops.flatMap(\.activities).sorted { byLine($0.source, $1.source) } == input.current.activities)
        #expect(streamed.unitDrops.flatMap(\.behaviours).sorted { byLine($0.source, $1.source) } == input.current.behaviours)
        #expect(streamed.unitDrops.flatMap(\.additionalTasks).sorted { byLine($0.source, $1.source) } == input.current.additionalTasks)
    }

    @Test("rows in any order are filed under the unit of the employee they name")
    func rowsFiledByUnit() throws {
        let streamed = try Self.stream(Self.drop, pieceSize: 64)
        #expect(streamed.drop.units.map(\.kode) == ["4.01.01", "4.01.02"])
        let hukum = streamed.unitDrops[0], umum = streamed.unitDrops[1]
        #expect(hukum.employees.map(\.nip.digits) == [DropFixture.kepala, DropFixture.analis])
        #expect(umum.employees.map(\.nip.digits) == [DropFixture.staf, Self.other])
        // Lines 2, 4 (the quoted line break spans 4–5) and 13 of skp.csv are 4.01.01's; 3 and 8 are 4.01.02's.
        #expect(hukum.activities.map(\.source.line) == [2, 4, 13])
        #expect(hukum.activities.map(\.kegiatan) == ["Mengoordinasikan penyusunan produk hukum", "Menyusun kajian\nhukum", "Membina staf"])
        #expect(umum.activities.map(\.source.line) == [3, 8])
        #expect(umum.additionalTasks.map(\.uraian) == ["Temuan"])
        #expect(hukum.indicators.map(\.kode) == ["IK.01"] && hukum.indicators[0].kodeUnit == "4.01.01")
    }

    @Test("rows naming no kept employee are reported once, with no unit, when the file is filed")
    func rowsOfNoUnit() throws {
        let source = InMemoryInput(files: Self.drop.files())
        var diagnostics = Diagnostics()
        _ = try StreamedDrop.index(period: Period("2026-Q1")!, from: source, diagnostics: &diagnostics, pieceSize: 50)
        let skp = diagnostics.sorted.filter { $0.file == "2026-Q1/skp.csv" }
        #expect(skp.map(\.line) == [6, 7, 11, 12])
        #expect(skp[0].message == "nip `\(Self.unknown)` is not an employee in 2026-Q1/pegawai.csv; this row is rejected")
        #expect(skp[1].message == "nip `197001012000011001` refers to an employee whose row in 2026-Q1/pegawai.csv (line 6) was rejected; this row is rejected")
        #expect(skp[2].column == "nip" && skp[3].column == "14")
        #expect(skp.allSatisfy { $0.kodeUnit == nil })
    }

    @Test("a unit scored on its own equals its share of the whole office's scores")
    func scoreUnitEqualsScore() throws {
        let whole = Loaded(Self.drop)
        var wholeDiagnostics = whole.diagnostics
        let scores = Scoring.score(try #require(whole.inputSet), options: ScoringOptions(), diagnostics: &wholeDiagnostics)

        let source = InMemoryInput(files: Self.drop.files())
        var shared = Diagnostics()
        let drop = try StreamedDrop.index(period: Period("2026-Q1")!, from: source, diagnostics: &shared, pieceSize: 64)
        let indicators = Scoring.indicatorAchievements(drop.frame, options: ScoringOptions(), diagnostics: &shared)
        #expect(indicators == scores.indicators)
        var all = shared.items
        var summaries: [UnitSummary] = []
        var employees: [EmployeeScore] = []
        for u in drop.units.indices {
            var own = Diagnostics()
            let unitDrop = drop.unitDrop(u, from: source, diagnostics: &own)
            let scored = Scoring.scoreUnit(unitDrop, indicators: indicators.filter { $0.indicator.kodeUnit == drop.units[u].kode },
                                           shared: shared.items, own: &own, options: ScoringOptions())
            for i in scored.claimed { all[i].kodeUnit = drop.units[u].kode }
            all += own.items
            summaries.append(scored.summary)
            employees += scored.employees
        }
        #expect(summaries == scores.units)
        // 4.01.01: the duplicate activity no and behaviour row; 4.01.02: the duplicate NIP and the zero target.
        #expect(summaries.map(\.jumlahBarisDitolak) == [2, 2])
        #expect(employees == scores.employees)
        #expect(Diagnostics(all).sorted == wholeDiagnostics.sorted)
    }
}
