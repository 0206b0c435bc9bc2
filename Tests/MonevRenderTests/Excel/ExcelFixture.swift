import MonevCore

/// A hand-built report for 2026-Q3: two units, five indicators, five employees, the worked
/// examples of rules.md as activities, and diagnostics with formula-looking values. Scores are
/// written as the rules state them (aspect values, then sums and quotients in exact arithmetic)
/// so the tests do not depend on the scoring code.
enum ExcelFixture {
    static let period = Period(year: 2026, quarter: 3)!
    static let headNIP = NIP(unchecked: "196003161984032001")

    static var organisation: Organisation {
        var o = Organisation()
        o.pemerintah = "PEMERINTAH KABUPATEN CONTOH"
        o.instansi = "SEKRETARIAT DAERAH"
        o.alamat = "Jalan Merdeka No. 1, Contoh 12345, Telepon (0123) 456789"
        o.tempat = "Contoh"
        o.penandatangan = Official(nama: "Drs. H. Bambang Sutrisno, M.M.", nip: NIP(unchecked: "196507121990031004"),
                                   jabatan: "Sekretaris Daerah Kabupaten Contoh")
        return o
    }

    static func source(_ file: String, _ line: Int) -> SourceLocation { SourceLocation(file: "2026-Q3/\(file)", line: line) }

    static let perencanaan = UnitKerja(kode: "BAG-REN", nama: "Bagian Perencanaan dan Keuangan",
                                       kepala: Official(nama: "Dra. Sri Wahyuni, M.Si.", nip: headNIP, jabatan: "Kepala Bagian Perencanaan dan Keuangan"),
                                       source: source("unit_kerja.csv", 2))
    static let umum = UnitKerja(kode: "BAG-UMUM", nama: "Bagian Umum", source: source("unit_kerja.csv", 3))

    // MARK: Indicators

    static func quarter(_ q: Int, _ t: ExactDecimal?, _ r: ExactDecimal?) -> QuarterValue {
        QuarterValue(period: Period(year: 2026, quarter: q)!, target: t, realisasi: r)
    }

    static func indicator(_ unit: String, _ kode: String, _ nama: String, _ satuan: String, _ pol: Polarity, _ agg: Aggregation,
                          tahunan: ExactDecimal?, _ quarters: [QuarterValue], line: Int) -> Indicator {
        let q3 = quarters[2]
        return Indicator(kodeUnit: unit, kode: kode, nama: nama, satuan: satuan, polaritas: pol, agregasi: agg, targetTahunan: tahunan,
                         targetTriwulan: q3.target, realisasiTriwulan: q3.realisasi, source: source("indikator.csv", line))
    }

    static let indicators: [IndicatorAchievement] = [
        // positif, kumulatif: 9/9 = 100 (Sangat Tinggi); quarter 4/3; annual 9/12.
        IndicatorAchievement(
            indicator: indicator("BAG-REN", "IK-01", "Persentase dokumen perencanaan yang disusun tepat waktu", "dokumen", .positif, .kumulatif,
                                 tahunan: 12, [quarter(1, 3, 3), quarter(2, 3, 2), quarter(3, 3, 4)], line: 2),
            quarters: [quarter(1, 3, 3), quarter(2, 3, 2), quarter(3, 3, 4)], targetKumulatif: 9, realisasiKumulatif: 9,
            capaianTriwulan: ExactDecimal(400) / 3, capaianKumulatif: 100, capaianTahunan: 75, kategori: .sangatTinggi),
        // negatif, terakhir: (2·5 − 6)/5 = 80 (Tinggi).
        IndicatorAchievement(
            indicator: indicator("BAG-REN", "IK-02", "Rata-rata hari penyelesaian telaahan Renja", "hari", .negatif, .terakhir,
                                 tahunan: 5, [quarter(1, 6, 7), quarter(2, 6, 6), quarter(3, 5, 6)], line: 3),
            quarters: [quarter(1, 6, 7), quarter(2, 6, 6), quarter(3, 5, 6)], targetKumulatif: 5, realisasiKumulatif: 6,
            capaianTriwulan: 80, capaianKumulatif: 80, capaianTahunan: 80, kategori: .tinggi),
        // positif, rata_rata with Q1 missing: mean 61.25/80 = 76.5625 (Tinggi).
        IndicatorAchievement(
            indicator: indicator("BAG-REN", "IK-03", "Indeks kepuasan layanan perencanaan", "indeks", .positif, .rataRata,
                                 tahunan: 80, [quarter(1, nil, nil), quarter(2, 80, 60), quarter(3, 80, "62.5")], line: 4),
            quarters: [quarter(1, nil, nil), quarter(2, 80, 60), quarter(3, 80, "62.5")], targetKumulatif: 80, realisasiKumulatif: "61.25",
            capaianTriwulan: "78.125", capaianKumulatif: "76.5625", capaianTahunan: "76.5625", kategori: .tinggi),
        // Q3 target 0: quarter achievement not computable; cumulative 24/20 = 120.
        IndicatorAchievement(
            indicator: indicator("BAG-UMUM", "IK-01", "Jumlah pengaduan yang ditindaklanjuti", "pengaduan", .positif, .kumulatif,
                                 tahunan: 40, [quarter(1, 10, 12), quarter(2, 10, 9), quarter(3, 0, 3)], line: 5),
            quarters: [quarter(1, 10, 12), quarter(2, 10, 9), quarter(3, 0, 3)], targetKumulatif: 20, realisasiKumulatif: 24,
            capaianTriwulan: nil, capaianKumulatif: 120, capaianTahunan: 60, kategori: .sangatTinggi),
        // 135/300 = 45 (Sangat Rendah).
        IndicatorAchievement(
            indicator: indicator("BAG-UMUM", "IK-02", "Persentase arsip yang didigitalkan", "%", .positif, .kumulatif,
                                 tahunan: 400, [quarter(1, 100, 40), quarter(2, 100, 45), quarter(3, 100, 50)], line: 6),
            quarters: [quarter(1, 100, 40), quarter(2, 100, 45), quarter(3, 100, 50)], targetKumulatif: 300, realisasiKumulatif: 135,
            capaianTriwulan: 50, capaianKumulatif: 45, capaianTahunan: "33.75", kategori: .sangatRendah),
    ]

    // MARK: Employees

    static func activity(_ nip: NIP, _ no: Int, _ kegiatan: String, to: ExactDecimal, ro: ExactDecimal, tk: ExactDecimal = 100, rk: ExactDecimal,
                         tw: ExactDecimal = 12, rw: ExactDecimal, tb: ExactDecimal? = nil, rb: ExactDecimal? = nil, satuan: String = "dokumen",
                         scores: (kuant: ExactDecimal, kual: ExactDecimal, waktu: ExactDecimal, biaya: ExactDecimal?), line: Int) -> ActivityScore {
        let a = SKPActivity(nip: nip, no: no, kegiatan: kegiatan, angkaKredit: nil, targetKuantitas: to, satuanKuantitas: satuan,
                            targetKualitas: tk, targetWaktu: tw, targetBiaya: tb, realisasiKuantitas: ro, realisasiKualitas: rk,
                            realisasiWaktu: rw, realisasiBiaya: rb, source: source("skp.csv", line))
        let perhitungan = scores.kuant + scores.kual + scores.waktu + (scores.biaya ?? 0)
        return ActivityScore(activity: a, kuantitas: scores.kuant, kualitas: scores.kual, waktu: scores.waktu, biaya: scores.biaya,
                             perhitungan: perhitungan, nilaiCapaian: perhitungan / (scores.biaya == nil ? 3 : 4))
    }

    static func employee(_ nip: String, _ nama: String, _ pangkat: String, _ jabatan: String, _ unit: String, _ jenis: JenisJabatan,
                         activities: (NIP) -> [ActivityScore], behaviour: [ExactDecimal]?, tugasTambahan: Int = 0, kreativitas: ExactDecimal = 0,
                         line: Int) -> EmployeeScore {
        let n = NIP(unchecked: nip)
        let emp = Employee(nip: n, nama: nama, pangkatGolongan: pangkat, jabatan: jabatan, kodeUnit: unit, jenisJabatan: jenis,
                           source: source("pegawai.csv", line))
        let acts = activities(n)
        let tasks = (0..<tugasTambahan).map { AdditionalTask(nip: n, jenis: .tugasTambahan, uraian: "Tugas tambahan \($0 + 1)", tingkat: nil,
                                                             source: source("tambahan.csv", line + $0)) }
        let b = behaviour.map {
            BehaviourScores(nip: n, orientasiPelayanan: $0[0], integritas: $0[1], komitmen: $0[2], disiplin: $0[3], kerjaSama: $0[4],
                            kepemimpinan: $0.count > 5 ? $0[5] : nil, source: source("perilaku.csv", line))
        }
        let rata = ExactDecimal.mean(acts.map(\.nilaiCapaian))
        let nilaiTT: ExactDecimal = tugasTambahan == 0 ? 0 : tugasTambahan <= 3 ? 1 : tugasTambahan <= 6 ? 2 : 3
        let skp = rata.map { $0 + nilaiTT + kreativitas }
        let perilaku = behaviour.flatMap { ExactDecimal.mean($0) }
        var prestasi: ExactDecimal?
        let sixTenths: ExactDecimal = "0.6", fourTenths: ExactDecimal = "0.4"
        if let skp, let perilaku { prestasi = skp * sixTenths + perilaku * fourTenths }
        let incomplete: IncompleteReason? = rata == nil && b == nil ? .neither : rata == nil ? .noSKP : b == nil ? .noBehaviour : nil
        return EmployeeScore(employee: emp, activities: acts, behaviour: b, additionalTasks: tasks, rataCapaianSKP: rata,
                             nilaiTugasTambahan: nilaiTT, nilaiKreativitas: kreativitas, nilaiSKP: skp, nilaiPerilaku: perilaku,
                             nilaiPrestasi: prestasi, sebutan: prestasi.map { Bands.sebutan($0) }, incomplete: incomplete)
    }

    static let employees: [EmployeeScore] = [
        // rules.md's whole example: mean 85.8796, SKP 89.88, behaviour 80, prestasi 85.93 Baik.
        employee("196003161984032001", "Dra. Sri Wahyuni, M.Si.", "Pembina Tk. I (IV/b)", "Kepala Bagian Perencanaan dan Keuangan", "BAG-REN", .struktural,
                 activities: { n in [
                     activity(n, 1, "Menyusun Rencana Kerja (Renja) Sekretariat Daerah", to: 12, ro: 12, rk: 90, rw: 12, tb: 24_000_000, rb: 22_800_000,
                              scores: (100, 90, 76, 81), line: 2),
                     activity(n, 2, "Menelaah usulan kegiatan dari unit kerja", to: 50, ro: 45, rk: 85, rw: 12, scores: (90, 85, 76, nil), line: 3),
                     activity(n, 3, "Menyusun laporan kinerja triwulanan", to: 4, ro: 4, rk: 95, tw: 6, rw: 4,
                              satuan: "laporan", scores: (100, 95, ExactDecimal(200) / 3, nil), line: 4),
                 ] },
                 behaviour: [85, 80, 82, 78, 80, 75], tugasTambahan: 2, kreativitas: 3, line: 2),
        // The worked-example table's rows 1, 2, 3 and 5.
        employee("198507222010012003", "Rina Marlina, S.E., M.Ak.", "Penata (III/c)", "Perencana Ahli Muda", "BAG-REN", .fungsional,
                 activities: { n in [
                     activity(n, 1, "Menyusun Rencana Kerja dan Anggaran (RKA)", to: 1, ro: 1, rk: 90, rw: 12, tb: 170_395_000, rb: 170_395_000,
                              scores: (100, 90, 76, 76), line: 5),
                     activity(n, 2, "Menyusun dokumen pelaksanaan anggaran", to: 1, ro: 1, rk: 100, rw: 6, scores: (100, 100, 50, nil), line: 6),
                     activity(n, 3, "Menyusun laporan realisasi anggaran", to: 1, ro: 1, rk: 100, rw: 13,
                              scores: (100, 100, ExactDecimal(812) / 12, nil), line: 7),
                     activity(n, 4, "Memutakhirkan data SIPD", to: 1, ro: 1, rk: 100, rw: "9.12", scores: (100, 100, 100, nil), line: 8),
                 ] },
                 behaviour: [90, 88, 85, 90, 87], line: 3),
        // Output beyond target (200) and no behaviour row: listed as incomplete.
        employee("199203142019031005", "Agus Salim", "Pengatur (II/c)", "Pengadministrasi Perencanaan", "BAG-REN", .pelaksana,
                 activities: { n in [
                     activity(n, 1, "Mengagendakan surat masuk perencanaan", to: 1, ro: 2, rk: 90, rw: 12, satuan: "berkas",
                              scores: (200, 90, 76, nil), line: 9),
                 ] },
                 behaviour: nil, line: 4),
        // A name that looks like a formula stays text; one activity not carried out (RO = 0).
        employee("197812052005012002", "=HYPERLINK(\"http://contoh\",\"Siti\")", "Penata Muda (III/a)", "Pengelola Barang Milik Daerah", "BAG-UMUM", .pelaksana,
                 activities: { n in [
                     activity(n, 1, "Menginventarisasi barang milik daerah", to: 10, ro: 10, rk: 95, rw: 12, tb: 100_000_000, rb: 70_000_000,
                              satuan: "laporan", scores: (100, 95, 76, 70), line: 10),
                     activity(n, 2, "+ Menghapus barang rusak berat", to: 5, ro: 0, rk: 0, rw: 0, tb: 1_000_000, rb: 0, satuan: "unit",
                              scores: (0, 0, 0, 0), line: 11),
                 ] },
                 behaviour: [70, 70, 70, 70, 70], tugasTambahan: 1, line: 5),
        // Behaviour but no SKP rows: incomplete.
        employee("199901012022022001", "Dewi Lestari, A.Md.", "Pengatur (II/c)", "Arsiparis Terampil", "BAG-UMUM", .fungsional,
                 activities: { _ in [] }, behaviour: [80, 80, 80, 80, 80], line: 6),
    ]

    // MARK: Units, diagnostics, models

    static func summary(_ unit: UnitKerja) -> UnitSummary {
        let inds = indicators.filter { $0.indicator.kodeUnit == unit.kode }
        let clamped = inds.compactMap(\.capaianKumulatif).map { min(max($0, 0), 120) }
        let rata = ExactDecimal.mean(clamped)
        let emps = employees.filter { $0.employee.kodeUnit == unit.kode }
        let scored = emps.compactMap(\.nilaiPrestasi)
        var counts: [Sebutan: Int] = [:]
        for s in Sebutan.allCases { counts[s] = emps.filter { $0.sebutan == s }.count }
        return UnitSummary(unit: unit, jumlahIndikator: inds.count, rataCapaian: rata, kategori: rata.map { Bands.kategori($0) },
                           jumlahPegawai: emps.count, jumlahPegawaiDinilai: scored.count, rataNilaiPrestasi: ExactDecimal.mean(scored),
                           sebutanCounts: counts, jumlahBarisDitolak: 0)
    }

    static let diagnostics: [Diagnostic] = [
        Diagnostic(file: "2026-Q3/pegawai.csv", line: 5, column: "nama", value: "=HYPERLINK(\"http://contoh\",\"Siti\")", severity: .warning,
                   message: "the name looks like a formula; it is kept as text"),
        Diagnostic(file: "2026-Q3/skp.csv", line: 14, column: "target_kuantitas", value: "1.234", severity: .error,
                   message: "'1.234' could mean 1234 or 1.234; write 1234 or 1,234 with a decimal comma in a ';' file"),
        Diagnostic(file: "2026-Q3/tambahan.csv", line: 3, column: "tingkat", value: "@provinsi", severity: .error,
                   message: "tingkat must be unit_kerja, organisasi or nasional"),
    ]

    static func consolidated(isFinal: Bool = true) -> ReportModel {
        ReportModel(period: period, scope: .consolidated, organisation: organisation, scoring: ScoringOptions(),
                    units: [perencanaan, umum].map(summary), indicators: indicators, employees: employees, diagnostics: diagnostics,
                    previousUnits: nil, signatory: organisation.penandatangan, isFinal: isFinal)
    }

    static func unit(_ unit: UnitKerja, isFinal: Bool = true) -> ReportModel {
        ReportModel(period: period, scope: .unit(unit), organisation: organisation, scoring: ScoringOptions(), units: [summary(unit)],
                    indicators: indicators.filter { $0.indicator.kodeUnit == unit.kode },
                    employees: employees.filter { $0.employee.kodeUnit == unit.kode },
                    diagnostics: unit.kode == "BAG-UMUM" ? Array(diagnostics.prefix(1)) : [],
                    previousUnits: nil, signatory: unit.kepala, isFinal: isFinal)
    }
}
