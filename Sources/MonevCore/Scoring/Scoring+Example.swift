extension Scoring {
    /// A small worked period (2026-Q3, drops Q1–Q3, three units) that exercises every rule of
    /// rules.md at least once: the whole-employee example, incomplete employees, each agregasi and
    /// polaritas, an indicator missing from one earlier drop, one discontinued, zero targets, and
    /// text that looks like a spreadsheet formula. Tests of scoring, report models and the result
    /// files share it so they agree on one set of hand-checked numbers.
    public static var exampleInput: InputSet {
        let q1 = Period(year: 2026, quarter: 1)!, q2 = Period(year: 2026, quarter: 2)!, q3 = Period(year: 2026, quarter: 3)!
        func at(_ p: Period, _ file: String, _ line: Int) -> SourceLocation { SourceLocation(file: "\(p)/\(file).csv", line: line) }
        func ind(_ p: Period, _ line: Int, _ unit: String, _ kode: String, _ nama: String, _ pol: Polarity, _ agr: Aggregation,
                 _ tahunan: ExactDecimal?, _ t: ExactDecimal?, _ r: ExactDecimal?) -> Indicator {
            Indicator(kodeUnit: unit, kode: kode, nama: nama, satuan: pol == .negatif ? "hari" : "persen", polaritas: pol, agregasi: agr,
                      targetTahunan: tahunan, targetTriwulan: t, realisasiTriwulan: r, source: at(p, "indikator", line))
        }
        let kepala = Official(nama: "Dra. Siti Rahmawati, M.Si", nip: NIP(unchecked: "196803151994032004"), jabatan: "Kepala Bagian Perencanaan")
        let units = [
            UnitKerja(kode: "U02", nama: "Bagian Keuangan", source: at(q3, "unit_kerja", 3)),
            UnitKerja(kode: "U01", nama: "Bagian Perencanaan", kepala: kepala, source: at(q3, "unit_kerja", 2)),
            UnitKerja(kode: "U03", nama: "Bagian Umum", kodeInduk: "U01", source: at(q3, "unit_kerja", 4)),
        ]

        var d1 = QuarterDrop(period: q1)
        d1.indicators = [
            ind(q1, 2, "U01", "IK01", "Dokumen perencanaan tersusun", .positif, .kumulatif, 100, 20, 18),
            ind(q1, 3, "U01", "IK02", "Waktu layanan rekomendasi", .negatif, .terakhir, 5, 5, 6),
            ind(q1, 4, "U01", "IK03", "Indeks kepuasan", .positif, .rataRata, 80, 80, 70),
            ind(q1, 5, "U02", "IK01", "Penyerapan dana hibah", .positif, .kumulatif, 0, 0, 0),
            ind(q1, 6, "U02", "IK02", "=SUM(A1:A9)", .positif, .terakhir, 100, 100, 30),
            ind(q1, 7, "U02", "IK09", "Indikator lama", .positif, .kumulatif, 10, 5, 5),
        ]
        var d2 = QuarterDrop(period: q2)
        d2.indicators = [
            ind(q2, 2, "U01", "IK01", "Dokumen perencanaan tersusun", .positif, .kumulatif, 100, 30, 33),
            ind(q2, 3, "U01", "IK02", "Waktu layanan rekomendasi", .negatif, .terakhir, 5, 5, 5),
            ind(q2, 4, "U02", "IK01", "Penyerapan dana hibah", .positif, .kumulatif, 0, 0, 0),
            ind(q2, 5, "U02", "IK02", "=SUM(A1:A9)", .positif, .terakhir, 100, 100, 40),
        ]
        var d3 = QuarterDrop(period: q3)
        d3.units = units
        d3.indicators = [
            ind(q3, 6, "U02", "IK02", "=SUM(A1:A9)", .positif, .terakhir, 100, 100, 45),
            ind(q3, 2, "U01", "IK01", "Dokumen perencanaan tersusun", .positif, .kumulatif, 100, 25, 24),
            ind(q3, 3, "U01", "IK02", "Waktu layanan rekomendasi", .negatif, .terakhir, 5, 5, 4),
            ind(q3, 4, "U01", "IK03", "Indeks kepuasan", .positif, .rataRata, 80, 80, 90),
            ind(q3, 5, "U02", "IK01", "Penyerapan dana hibah", .positif, .kumulatif, 0, 0, 5),
        ]

        let whole = EmployeeScoring.examples[0]
        let nipB = NIP(unchecked: "198203102006042003"), nipC = NIP(unchecked: "199105052015031001"), orphan = NIP(unchecked: "198001012005011001")
        func skp(_ nip: NIP, _ no: Int, _ line: Int, _ kegiatan: String, _ to: ExactDecimal, _ ro: ExactDecimal,
                 _ tw: ExactDecimal, _ rw: ExactDecimal) -> SKPActivity {
            SKPActivity(nip: nip, no: no, kegiatan: kegiatan, targetKuantitas: to, satuanKuantitas: "laporan", targetKualitas: 100,
                        targetWaktu: tw, targetBiaya: nil, realisasiKuantitas: ro, realisasiKualitas: 100, realisasiWaktu: rw,
                        realisasiBiaya: nil, source: at(q3, "skp", line))
        }
        d3.employees = [
            Employee(nip: nipC, nama: "Budi Santoso", pangkatGolongan: "Penata Muda / III a", jabatan: "Analis Keuangan",
                     kodeUnit: "U02", jenisJabatan: .fungsional, source: at(q3, "pegawai", 4)),
            Employee(nip: whole.employee.nip, nama: "Ir. Ahmad Fauzi", pangkatGolongan: "Pembina / IV a", jabatan: "Kepala Subbagian Program",
                     kodeUnit: "U01", jenisJabatan: .struktural, source: at(q3, "pegawai", 2)),
            Employee(nip: nipB, nama: "-Rina, S.E.", pangkatGolongan: "Penata / III c", jabatan: "Pengelola Data",
                     kodeUnit: "U01", jenisJabatan: .pelaksana, source: at(q3, "pegawai", 3)),
        ]
        d3.activities = whole.activities.enumerated().map { i, a in
            var a = a
            a.source = at(q3, "skp", i + 2)
            return a
        } + [
            skp(nipB, 1, 5, "Pemutakhiran data", 12, 12, 12, 12),
            skp(nipC, 2, 7, "Rekonsiliasi, bulanan", 12, 0, 12, 12),
            skp(nipC, 1, 6, "Laporan \"realisasi\" anggaran", 4, 4, 12, 6),
            skp(orphan, 1, 8, "Kegiatan tanpa pegawai", 1, 1, 12, 12),
        ]
        d3.behaviours = [
            BehaviourScores(nip: whole.employee.nip, orientasiPelayanan: 85, integritas: 80, komitmen: 82, disiplin: 78,
                            kerjaSama: 80, kepemimpinan: 75, source: at(q3, "perilaku", 2)),
            BehaviourScores(nip: nipC, orientasiPelayanan: 90, integritas: 90, komitmen: 85, disiplin: 85, kerjaSama: 88,
                            kepemimpinan: nil, source: at(q3, "perilaku", 3)),
        ]
        d3.additionalTasks = whole.additionalTasks.enumerated().map { i, t in
            var t = t
            t.source = at(q3, "tambahan", i + 2)
            return t
        }
        return InputSet(period: q3, current: d3, history: [d1, d2],
                        rowCounts: ["2026-Q1/indikator.csv": 6, "2026-Q2/indikator.csv": 4, "2026-Q3/indikator.csv": 5,
                                    "2026-Q3/unit_kerja.csv": 3, "2026-Q3/pegawai.csv": 3, "2026-Q3/skp.csv": 7,
                                    "2026-Q3/perilaku.csv": 2, "2026-Q3/tambahan.csv": 3])
    }
}
