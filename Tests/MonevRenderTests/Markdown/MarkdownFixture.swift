import MonevCore

/// A hand-built report model for 2026-Q3, standing in for the pipeline in renderer tests: three
/// units (one whose name carries `|` and `*`, one without a head in the unit file), indicators of
/// every polaritas and agregasi (one whose target is 0, so its capaian is not computable), an
/// employee of every sebutan plus one who cannot be scored, errors and warnings, and the previous
/// quarter's unit means. Achievements are worked out here from the quarter values with the
/// rules' formulas, so the numbers in the golden files can be checked by hand.
enum MarkdownFixture {
    static let period = Period(year: 2026, quarter: 3)!
    static let hukumName = "Bagian Hukum | *Khusus*"

    static var organisation: Organisation {
        var org = Organisation()
        org.penandatangan = Official(nama: "Dr. H. Bambang Sutrisno, S.H., M.Si.", nip: NIP(unchecked: "196803151993031004"),
                                     jabatan: "Sekretaris Daerah")
        return org
    }

    static let umum = UnitKerja(kode: "UM", nama: "Bagian Umum",
                                kepala: Official(nama: "Ahmad Fauzi, S.Sos.", nip: NIP(unchecked: "197503122000031002"), jabatan: "Kepala Bagian Umum"),
                                source: SourceLocation(file: "2026-Q3/unit_kerja.csv", line: 2))
    static let hukum = UnitKerja(kode: "HK", nama: hukumName,
                                 kepala: Official(nama: "Rina Marlina, S.H., M.H.", nip: NIP(unchecked: "198001052005012003"), jabatan: "Kepala Bagian Hukum"),
                                 source: SourceLocation(file: "2026-Q3/unit_kerja.csv", line: 3))
    static let pengadaan = UnitKerja(kode: "PBJ", nama: "Bagian Pengadaan Barang/Jasa",
                                     source: SourceLocation(file: "2026-Q3/unit_kerja.csv", line: 4))

    // MARK: Indicators

    static func pct(_ r: ExactDecimal, _ t: ExactDecimal) -> ExactDecimal { r / t * 100 }
    /// Lower is better: (2T − R) / T × 100 (PermenPANRB 8/2021).
    static func pctNegatif(_ r: ExactDecimal, _ t: ExactDecimal) -> ExactDecimal { (t * 2 - r) / t * 100 }

    /// One indicator with its three quarters (target, realisasi) and the cumulative pair the
    /// agregasi gives; achievements per polaritas; nil where the target is 0.
    static func achievement(_ unit: UnitKerja, _ kode: String, _ nama: String, _ satuan: String, _ polaritas: Polarity,
                            _ agregasi: Aggregation, tahunan: ExactDecimal, _ quarters: [(ExactDecimal, ExactDecimal)],
                            line: Int) -> IndicatorAchievement {
        let (tw, rw) = quarters[quarters.count - 1]
        let targets = quarters.map(\.0), reals = quarters.map(\.1)
        let (tk, rk): (ExactDecimal, ExactDecimal) = switch agregasi {
        case .kumulatif: (targets.reduce(.zero, +), reals.reduce(.zero, +))
        case .terakhir: (tw, rw)
        case .rataRata: (ExactDecimal.mean(targets)!, ExactDecimal.mean(reals)!)
        }
        func capaian(_ r: ExactDecimal, _ t: ExactDecimal) -> ExactDecimal? {
            t.isZero ? nil : (polaritas == .positif ? pct(r, t) : pctNegatif(r, t))
        }
        let kumulatif = capaian(rk, tk)
        let indicator = Indicator(kodeUnit: unit.kode, kode: kode, nama: nama, satuan: satuan, polaritas: polaritas, agregasi: agregasi,
                                  targetTahunan: tahunan, targetTriwulan: tw, realisasiTriwulan: rw,
                                  source: SourceLocation(file: "2026-Q3/indikator.csv", line: line))
        return IndicatorAchievement(
            indicator: indicator,
            quarters: quarters.enumerated().map { QuarterValue(period: Period(year: 2026, quarter: $0.offset + 1)!, target: $0.element.0, realisasi: $0.element.1) },
            targetKumulatif: tk, realisasiKumulatif: rk, capaianTriwulan: capaian(rw, tw), capaianKumulatif: kumulatif,
            capaianTahunan: capaian(rk, tahunan), kategori: kumulatif.map { Bands.kategori($0) })
    }

    static let indicators: [IndicatorAchievement] = [
        achievement(umum, "UM-01", "Persentase surat masuk yang didisposisi tepat waktu", "%", .positif, .terakhir, tahunan: 95,
                    [(95, 90), (95, 92), (95, 93)], line: 2),
        achievement(umum, "UM-02", "Jumlah kegiatan pemeliharaan gedung kantor", "kegiatan", .positif, .kumulatif, tahunan: 40,
                    [(10, 9), (10, 11), (10, 10)], line: 3),
        achievement(umum, "UM-03", "Rata-rata waktu penyelesaian permintaan ATK", "hari", .negatif, .rataRata, tahunan: 5,
                    [(5, 6), (5, 5), (5, 4)], line: 4),
        achievement(hukum, "HK-01", "Jumlah rancangan peraturan daerah yang diselesaikan", "dokumen", .positif, .kumulatif, tahunan: 20,
                    [(5, 2), (5, 3), (5, 4)], line: 5),
        achievement(hukum, "HK-02", "Persentase produk hukum yang dipublikasikan di JDIH", "%", .positif, .terakhir, tahunan: 100,
                    [(100, 40), (100, 45), (100, 48)], line: 6),
        achievement(hukum, "HK-03", "Jumlah sengketa hukum yang belum terselesaikan", "perkara", .negatif, .kumulatif, tahunan: 8,
                    [(2, 3), (2, 3), (2, 2)], line: 7),
        achievement(pengadaan, "PBJ-01", "Persentase paket tender yang selesai tepat waktu", "%", .positif, .rataRata, tahunan: 90,
                    [(90, 85), (90, 88), (90, 92)], line: 9),
        achievement(pengadaan, "PBJ-02", "Jumlah pengaduan penyedia", "pengaduan", .negatif, .terakhir, tahunan: 0,
                    [(0, 1), (0, 0), (0, 2)], line: 10),
        achievement(pengadaan, "PBJ-03", "Nilai efisiensi belanja pengadaan", "rupiah", .positif, .kumulatif, tahunan: 2_000_000_000,
                    [(500_000_000, 450_000_000), (500_000_000, 700_000_000), (500_000_000, 380_000_000)], line: 12),
    ]

    // MARK: Employees

    static func employee(_ unit: UnitKerja, _ nip: String, _ nama: String, _ pangkat: String, _ jabatan: String, _ jenis: JenisJabatan,
                         skp: ExactDecimal, perilaku: ExactDecimal?, line: Int) -> EmployeeScore {
        let e = Employee(nip: NIP(unchecked: nip), nama: nama, pangkatGolongan: pangkat, jabatan: jabatan, kodeUnit: unit.kode,
                         jenisJabatan: jenis, source: SourceLocation(file: "2026-Q3/pegawai.csv", line: line))
        let prestasi = perilaku.map { skp * "0.6" + $0 * "0.4" }
        return EmployeeScore(employee: e, activities: [], behaviour: nil, additionalTasks: [], rataCapaianSKP: skp,
                             nilaiTugasTambahan: 0, nilaiKreativitas: 0, nilaiSKP: skp, nilaiPerilaku: perilaku,
                             nilaiPrestasi: prestasi, sebutan: prestasi.map { Bands.sebutan($0) },
                             incomplete: perilaku == nil ? .noBehaviour : nil)
    }

    static let employees: [EmployeeScore] = [
        employee(umum, "197503122000031002", "Ahmad Fauzi, S.Sos.", "Pembina (IV/a)", "Kepala Bagian Umum", .struktural,
                 skp: "94.2", perilaku: 90, line: 2),
        employee(umum, "198807202015032001", "Dewi Lestari", "Penata Muda (III/a)", "Pengadministrasi Umum", .pelaksana,
                 skp: 85, perilaku: 82, line: 3),
        employee(umum, "199102142019031005", "Budi Santoso", "Penata Muda (III/a)", "Arsiparis Ahli Pertama", .fungsional,
                 skp: 80, perilaku: nil, line: 4),
        employee(hukum, "198001052005012003", "Rina Marlina, S.H., M.H.", "Pembina (IV/a)", "Kepala Bagian Hukum", .struktural,
                 skp: 80, perilaku: "75.5", line: 5),
        employee(hukum, "198512102010011007", "Yusuf Hidayat", "Penata (III/c)", "Perancang Peraturan Perundang-undangan Ahli Muda",
                 .fungsional, skp: 66, perilaku: 64, line: 7),
        employee(hukum, "199003032014021002", "Hendra Gunawan", "Pengatur (II/c)", "Pengadministrasi Hukum", .pelaksana,
                 skp: 55, perilaku: 53, line: 8),
        employee(pengadaan, "198209172008011004", "Agus Salim", "Penata Tk. I (III/d)", "Pengelola Pengadaan Barang/Jasa Ahli Muda",
                 .fungsional, skp: 92, perilaku: 89, line: 9),
        employee(pengadaan, "199206252018012001", "Lina Marlina", "Pengatur Muda (II/a)", "Pengadministrasi Pengadaan", .pelaksana,
                 skp: 45, perilaku: 50, line: 10),
    ]

    // MARK: Units, diagnostics, models

    static func summary(_ unit: UnitKerja, rejected: Int) -> UnitSummary {
        let own = indicators.filter { $0.indicator.kodeUnit == unit.kode }
        let rata = ExactDecimal.mean(own.compactMap { $0.capaianKumulatif.map { min(max($0, 0), 120) } })
        let staff = employees.filter { $0.employee.kodeUnit == unit.kode }
        let scored = staff.filter { $0.nilaiPrestasi != nil }
        var counts = Dictionary(uniqueKeysWithValues: Sebutan.allCases.map { ($0, 0) })
        for e in scored { counts[e.sebutan!]! += 1 }
        return UnitSummary(unit: unit, jumlahIndikator: own.count, rataCapaian: rata, kategori: rata.map { Bands.kategori($0) },
                           jumlahPegawai: staff.count, jumlahPegawaiDinilai: scored.count,
                           rataNilaiPrestasi: ExactDecimal.mean(scored.compactMap(\.nilaiPrestasi)), sebutanCounts: counts,
                           jumlahBarisDitolak: rejected)
    }

    static let units = [summary(umum, rejected: 0), summary(hukum, rejected: 1), summary(pengadaan, rejected: 1)]

    static func previous(_ unit: UnitKerja, _ rata: ExactDecimal) -> UnitSummary {
        UnitSummary(unit: unit, jumlahIndikator: 3, rataCapaian: rata, kategori: Bands.kategori(rata), jumlahPegawai: 0,
                    jumlahPegawaiDinilai: 0, rataNilaiPrestasi: nil, sebutanCounts: [:], jumlahBarisDitolak: 0)
    }

    static let previousUnits = [previous(umum, "97.5"), previous(hukum, "67.1"), previous(pengadaan, 95)]

    /// In `Diagnostics.sorted` order. Rejected: indikator.csv lines 8 (PBJ) and 11 (unknown unit,
    /// attributable to none), pegawai.csv line 6 (HK).
    static let diagnostics: [Diagnostic] = [
        Diagnostic(file: "2026-Q3/indikator.csv", line: 8, column: "realisasi_triwulan", value: "1.234", severity: .error,
                   message: "angka 1.234 ambigu (seribu dua ratus tiga puluh empat atau 1,234); tulis 1234 atau 1,234"),
        Diagnostic(file: "2026-Q3/indikator.csv", line: 10, column: "target_triwulan", value: "0", severity: .warning,
                   message: "target 0: capaian indikator PBJ-02 tidak dapat dihitung"),
        Diagnostic(file: "2026-Q3/indikator.csv", line: 11, column: "kode_unit", value: "HK|*", severity: .error,
                   message: "kode unit HK|* tidak ada di unit_kerja.csv"),
        Diagnostic(file: "2026-Q3/pegawai.csv", line: 6, column: "nip", value: "19850101201001100", severity: .error,
                   message: "NIP harus 18 digit, ditemukan 17"),
        Diagnostic(file: "2026-Q3/perilaku.csv", line: 4, column: "kepemimpinan", value: "80", severity: .warning,
                   message: "kepemimpinan hanya dinilai untuk jabatan struktural; nilai diabaikan"),
        Diagnostic(file: "2026-Q3/skp.csv", line: 14, column: "realisasi_waktu", value: "0", severity: .warning,
                   message: "realisasi waktu 0 dengan realisasi kuantitas 1: dinilai dengan rumus (0), periksa kembali"),
        Diagnostic(file: "2026-Q3/tambahan.csv", severity: .warning,
                   message: "berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252"),
    ]

    static func consolidated(isFinal: Bool = true) -> ReportModel {
        ReportModel(period: period, scope: .consolidated, organisation: organisation, scoring: ScoringOptions(), units: units,
                    indicators: indicators, employees: employees, diagnostics: diagnostics, previousUnits: previousUnits,
                    signatory: organisation.penandatangan, isFinal: isFinal)
    }

    /// The Bagian Hukum report as the builder scopes it: its indicators, employees and diagnostics.
    static func hukumReport(isFinal: Bool = false) -> ReportModel {
        ReportModel(period: period, scope: .unit(hukum), organisation: organisation, scoring: ScoringOptions(),
                    units: units.filter { $0.unit.kode == "HK" },
                    indicators: indicators.filter { $0.indicator.kodeUnit == "HK" },
                    employees: employees.filter { $0.employee.kodeUnit == "HK" },
                    diagnostics: diagnostics.filter { $0.file.hasSuffix("pegawai.csv") },
                    previousUnits: previousUnits.filter { $0.unit.kode == "HK" }, signatory: hukum.kepala, isFinal: isFinal)
    }

    /// The Pengadaan report: a unit whose file names no head (blank signature).
    static func pengadaanReport() -> ReportModel {
        ReportModel(period: period, scope: .unit(pengadaan), organisation: organisation, scoring: ScoringOptions(),
                    units: units.filter { $0.unit.kode == "PBJ" },
                    indicators: indicators.filter { $0.indicator.kodeUnit == "PBJ" },
                    employees: employees.filter { $0.employee.kodeUnit == "PBJ" },
                    diagnostics: diagnostics.filter { $0.file.hasSuffix("indikator.csv") && $0.line != 11 },
                    previousUnits: previousUnits.filter { $0.unit.kode == "PBJ" }, signatory: nil, isFinal: true)
    }
}
