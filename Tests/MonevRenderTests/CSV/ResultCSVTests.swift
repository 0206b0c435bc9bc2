import Testing
import MonevCore
import MonevRender

@Suite struct ResultCSVTests {
    static func example() -> (PeriodScores, [Diagnostic]) {
        var diagnostics = Diagnostics([
            Diagnostic(file: "2026-Q3/skp.csv", line: 9, column: "target_waktu", value: "0", severity: .error,
                       message: "TW must be above 0", kodeUnit: "U01"),
            Diagnostic(file: "2026-Q3/pegawai.csv", line: 6, column: "nama", value: "=HYPERLINK(\"http://x\",\"klik\")",
                       severity: .error, message: "kode_unit \"U9\" is not in unit_kerja.csv"),
        ])
        let scores = Scoring.score(Scoring.exampleInput, options: ScoringOptions(), diagnostics: &diagnostics)
        return (scores, diagnostics.items)
    }

    @Test(arguments: ["capaian_indikator", "nilai_kegiatan", "nilai_pegawai", "ringkasan_unit", "masalah_data"])
    func examplePeriodMatchesGolden(_ name: String) throws {
        let (scores, diagnostics) = Self.example()
        let text: String
        switch name {
        case "capaian_indikator": text = ResultCSV.capaianIndikator(scores)
        case "nilai_kegiatan": text = ResultCSV.nilaiKegiatan(scores)
        case "nilai_pegawai": text = ResultCSV.nilaiPegawai(scores)
        case "ringkasan_unit": text = ResultCSV.ringkasanUnit(scores)
        default: text = ResultCSV.masalahData(diagnostics)
        }
        try Golden.check(text, "example-2026-Q3/\(name).csv")
    }

    @Test func contractColumnsComeFirstInOrder() {
        let (scores, diagnostics) = Self.example()
        func header(_ text: String) -> String { String(text.prefix { $0 != "\n" }) }
        #expect(header(ResultCSV.capaianIndikator(scores)).hasPrefix(
            "kode_unit,kode_indikator,polaritas,agregasi,target_triwulan,realisasi_triwulan,capaian_triwulan,target_kumulatif,realisasi_kumulatif,capaian_kumulatif,capaian_tahunan,kategori,"))
        #expect(header(ResultCSV.nilaiKegiatan(scores)).hasPrefix(
            "nip,no,nilai_kuantitas,nilai_kualitas,nilai_waktu,nilai_biaya,perhitungan,nilai_capaian,"))
        #expect(header(ResultCSV.nilaiPegawai(scores)).hasPrefix(
            "nip,kode_unit,rata_capaian_skp,nilai_tugas_tambahan,nilai_kreativitas,nilai_skp,nilai_perilaku,nilai_prestasi,sebutan,"))
        #expect(header(ResultCSV.ringkasanUnit(scores)).hasPrefix(
            "kode_unit,jumlah_indikator,rata_capaian,kategori,jumlah_pegawai,rata_nilai_prestasi,"))
        #expect(header(ResultCSV.masalahData(diagnostics)).hasPrefix("file,line,column,value,severity,message"))
    }

    @Test func exactRowsToTheCent() {
        let (scores, _) = Self.example()
        let kegiatan = ResultCSV.nilaiKegiatan(scores).split(separator: "\n")
        #expect(kegiatan[1] == "197501012000031002,1,100.00,90.00,76.00,81.00,347.00,86.75,U01,Kegiatan 1")
        #expect(kegiatan[3] == "197501012000031002,3,100.00,95.00,66.67,,261.67,87.22,U01,Kegiatan 3")
        let pegawai = ResultCSV.nilaiPegawai(scores).split(separator: "\n")
        #expect(pegawai[1] == "197501012000031002,U01,85.88,1.00,3.00,89.88,80.00,85.93,Baik,Ir. Ahmad Fauzi,")
        #expect(pegawai[2] == "198203102006042003,U01,92.00,0.00,0.00,92.00,,,,\"'-Rina, S.E.\",tidak ada penilaian perilaku")
        let unit = ResultCSV.ringkasanUnit(scores).split(separator: "\n")
        #expect(unit[1] == "U01,3,106.67,Sangat Tinggi,2,85.93,Bagian Perencanaan,1,0,1,0,0,0,1,1")
        #expect(unit[3] == "U03,0,,,0,,Bagian Umum,0,0,0,0,0,0,0,0")
        let capaian = ResultCSV.capaianIndikator(scores).split(separator: "\n")
        #expect(capaian[4] == "U02,IK01,positif,kumulatif,0.00,5.00,,0.00,5.00,,,,Penyerapan dana hibah,persen,0.00")
        #expect(capaian[5] == "U02,IK02,positif,terakhir,100.00,45.00,45.00,100.00,45.00,45.00,45.00,Sangat Rendah,'=SUM(A1:A9),persen,100.00")
    }

    @Test func negativeNumbersAreNotPrefixedButNegativeLookingTextIs() {
        var input = Scoring.exampleInput
        input.current.activities[0].realisasiWaktu = 24 // 1/1, TW 12, RW 24 → waktu −24
        var diagnostics = Diagnostics()
        let scores = Scoring.score(input, options: ScoringOptions(), diagnostics: &diagnostics)
        let row = ResultCSV.nilaiKegiatan(scores).split(separator: "\n")[1]
        #expect(row == "197501012000031002,1,100.00,90.00,-24.00,81.00,247.00,61.75,U01,Kegiatan 1")
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+62 812", "'+62 812"), ("-", "'-"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=a,b", "\"'=a,b\""), ("ok", "ok"), ("Ümlaut ñ 東京", "Ümlaut ñ 東京"),
    ])
    func textCellsQuotedAndDefused(_ raw: String, _ cell: String) {
        let text = ResultCSV.masalahData([Diagnostic(file: "f.csv", line: 2, column: "c", value: raw, severity: .warning, message: "m")])
        #expect(text == "file,line,column,value,severity,message,kode_unit\nf.csv,2,c,\(cell),warning,m,\n")
    }

    @Test func emptyPeriodIsHeaderOnly() {
        let empty = PeriodScores(period: Period(year: 2026, quarter: 1)!, units: [], indicators: [], employees: [])
        #expect(ResultCSV.nilaiKegiatan(empty) == "nip,no,nilai_kuantitas,nilai_kualitas,nilai_waktu,nilai_biaya,perhitungan,nilai_capaian,kode_unit,kegiatan\n")
        #expect(ResultCSV.masalahData([]) == "file,line,column,value,severity,message,kode_unit\n")
    }

    @Test func diagnosticsAreWrittenInStableOrder() {
        let a = Diagnostic(file: "b.csv", line: 1, severity: .warning, message: "x")
        let b = Diagnostic(file: "a.csv", line: 9, severity: .error, message: "y")
        #expect(ResultCSV.masalahData([a, b]) == ResultCSV.masalahData([b, a]))
    }
}

/// The CSV writer's own 2-place formatting must print exactly what `ExactDecimal.formatted()` prints.
@Suite struct ResultCSVNumberTests {
    static let values: [ExactDecimal] = [
        0, "0.004", "0.005", "-0.004", "-0.005", "-0.015", "85.875", "-2.345", "99.994999999999999999", "99.995", "1234567.891",
        "-24", "0.1", "7", "100000000000000000", "-170000000000000000000", "0.000000000000000001", "-0.000000000000000001",
    ] + (0..<500).map { ExactDecimal(units: Int128($0) * 1_234_567_890_123_457 - 300_000_000_000_000_000) }

    @Test func sameTextAsExactDecimalFormatted() {
        let unit = UnitKerja(kode: "U", nama: "U", source: SourceLocation(file: "u.csv", line: 2))
        let summaries = Self.values.map {
            UnitSummary(unit: unit, jumlahIndikator: 0, rataCapaian: $0, kategori: nil, jumlahPegawai: 0, jumlahPegawaiDinilai: 0,
                        rataNilaiPrestasi: nil, sebutanCounts: [:], jumlahBarisDitolak: 0)
        }
        let csv = ResultCSV.ringkasanUnit(PeriodScores(period: Period(year: 2026, quarter: 1)!, units: summaries, indicators: [], employees: []))
        let cells = csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[2]) }
        #expect(cells == Self.values.map { $0.formatted() })
        #expect(cells.prefix(11) == ["0.00", "0.00", "0.01", "0.00", "-0.01", "-0.02", "85.88", "-2.35", "99.99", "100.00", "1234567.89"])
    }
}
