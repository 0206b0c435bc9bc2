/// The whole appraisal of one employee (rules.md A "Whole SKP", behaviour and nilai prestasi kerja;
/// PP 46/2011 arts. 15 and 17, Perka BKN 1/2013 for additional tasks and creativity).
public enum EmployeeScoring {
    /// Scores `employee` from its own rows. An employee with no SKP row or no behaviour row is
    /// `incomplete` and gets no nilai prestasi: scoring it as 0 would rank a missing form as a failure.
    public static func score(_ employee: Employee, activities: [SKPActivity], behaviour: BehaviourScores?,
                             additionalTasks: [AdditionalTask], bandReading: BandReading) -> EmployeeScore {
        let scored = activities.sorted { ($0.no, $0.source.line) < ($1.no, $1.source.line) }.map(ActivityScoring.score)
        let rataCapaianSKP = ExactDecimal.mean(scored.map(\.nilaiCapaian))
        let tugasTambahan = nilaiTugasTambahan(count: additionalTasks.count(where: { $0.jenis == .tugasTambahan }))
        let kreativitas = nilaiKreativitas(additionalTasks.filter { $0.jenis == .kreativitas }.compactMap(\.tingkat))
        let nilaiSKP = rataCapaianSKP.map { $0 + tugasTambahan + kreativitas }
        let perilaku = behaviour.map { nilaiPerilaku($0, jenisJabatan: employee.jenisJabatan) }

        var prestasi: ExactDecimal?
        var incomplete: IncompleteReason?
        switch (nilaiSKP, perilaku) {
        case let (skp?, p?): prestasi = nilaiPrestasi(nilaiSKP: skp, nilaiPerilaku: p)
        case (nil, nil): incomplete = .neither
        case (nil, _): incomplete = .noSKP
        case (_, nil): incomplete = .noBehaviour
        }
        return EmployeeScore(employee: employee, activities: scored, behaviour: behaviour, additionalTasks: additionalTasks,
                             rataCapaianSKP: rataCapaianSKP, nilaiTugasTambahan: tugasTambahan, nilaiKreativitas: kreativitas,
                             nilaiSKP: nilaiSKP, nilaiPerilaku: perilaku, nilaiPrestasi: prestasi,
                             sebutan: prestasi.map { Bands.sebutan($0, reading: bandReading) }, incomplete: incomplete)
    }

    /// Points for the number of `tugas_tambahan` rows: 0 → 0, 1–3 → 1, 4–6 → 2, 7 or more → 3.
    public static func nilaiTugasTambahan(count: Int) -> ExactDecimal {
        switch count {
        case ...0: return 0
        case 1...3: return 1
        case 4...6: return 2
        default: return 3
        }
    }

    /// Sum of the creativity findings' points (unit kerja 3, organisasi 6, nasional 12), no cap.
    public static func nilaiKreativitas(_ levels: [CreativityLevel]) -> ExactDecimal {
        levels.reduce(.zero) { $0 + $1.poin }
    }

    /// Mean of the five aspects, plus kepemimpinan for `struktural` only. A kepemimpinan value on a
    /// non-structural employee is ignored here whatever the validator kept; a structural row without
    /// one is rejected by the validator, so the five-aspect mean below is never its score in a run.
    public static func nilaiPerilaku(_ b: BehaviourScores, jenisJabatan: JenisJabatan) -> ExactDecimal {
        var aspects = [b.orientasiPelayanan, b.integritas, b.komitmen, b.disiplin, b.kerjaSama]
        if jenisJabatan == .struktural, let k = b.kepemimpinan { aspects.append(k) }
        return ExactDecimal.mean(aspects)!
    }

    /// 60% SKP + 40% behaviour, from the unrounded parts (PP 46/2011 art. 15).
    public static func nilaiPrestasi(nilaiSKP: ExactDecimal, nilaiPerilaku: ExactDecimal) -> ExactDecimal {
        nilaiSKP * ExactDecimal("0.6") + nilaiPerilaku * ExactDecimal("0.4")
    }
}

extension CreativityLevel {
    /// Perka BKN 1/2013: a finding adopted by the unit 3, the organisation 6, nationally 12.
    public var poin: ExactDecimal {
        switch self {
        case .unitKerja: return 3
        case .organisasi: return 6
        case .nasional: return 12
        }
    }
}

extension EmployeeScoring {
    /// One worked example: an employee's rows and the expected scores to the cent.
    public struct Example: Sendable, CustomStringConvertible {
        /// TO/RO, TK/RK, TW/RW and optional TB/RB of one activity.
        public typealias Activity = (to: ExactDecimal, ro: ExactDecimal, tk: ExactDecimal, rk: ExactDecimal,
                                     tw: ExactDecimal, rw: ExactDecimal, tb: ExactDecimal?, rb: ExactDecimal?)
        public struct Expected: Sendable {
            public var rataCapaianSKP: String?
            public var nilaiTugasTambahan: String
            public var nilaiKreativitas: String
            public var nilaiSKP: String?
            public var nilaiPerilaku: String?
            public var nilaiPrestasi: String?
            public var sebutan: Sebutan?
            public var incomplete: IncompleteReason?
        }

        public var name: String
        public var jenisJabatan: JenisJabatan
        public var activityRows: [Activity]
        /// orientasi pelayanan, integritas, komitmen, disiplin, kerja sama[, kepemimpinan]; nil = no behaviour row.
        public var behaviourRow: [ExactDecimal]?
        public var tugasTambahan: Int
        public var kreativitas: [CreativityLevel]
        public var expected: Expected

        public var description: String { name }

        static let nip = NIP(unchecked: "197501012000031002")

        public var employee: Employee {
            Employee(nip: Self.nip, nama: "Contoh Pegawai", pangkatGolongan: "Penata / III c", jabatan: "Analis",
                     kodeUnit: "U01", jenisJabatan: jenisJabatan, source: SourceLocation(file: "examples/pegawai.csv", line: 2))
        }

        public var activities: [SKPActivity] {
            activityRows.enumerated().map { i, a in
                SKPActivity(nip: Self.nip, no: i + 1, kegiatan: "Kegiatan \(i + 1)", targetKuantitas: a.to, satuanKuantitas: "dokumen",
                            targetKualitas: a.tk, targetWaktu: a.tw, targetBiaya: a.tb, realisasiKuantitas: a.ro,
                            realisasiKualitas: a.rk, realisasiWaktu: a.rw, realisasiBiaya: a.rb,
                            source: SourceLocation(file: "examples/skp.csv", line: i + 2))
            }
        }

        public var behaviour: BehaviourScores? {
            behaviourRow.map { v in
                BehaviourScores(nip: Self.nip, orientasiPelayanan: v[0], integritas: v[1], komitmen: v[2], disiplin: v[3],
                                kerjaSama: v[4], kepemimpinan: v.count > 5 ? v[5] : nil,
                                source: SourceLocation(file: "examples/perilaku.csv", line: 2))
            }
        }

        public var additionalTasks: [AdditionalTask] {
            let tasks = (0..<tugasTambahan).map { i in
                AdditionalTask(nip: Self.nip, jenis: .tugasTambahan, uraian: "Tugas \(i + 1)", tingkat: nil,
                               source: SourceLocation(file: "examples/tambahan.csv", line: i + 2))
            }
            let findings = kreativitas.enumerated().map { i, level in
                AdditionalTask(nip: Self.nip, jenis: .kreativitas, uraian: "Temuan \(i + 1)", tingkat: level,
                               source: SourceLocation(file: "examples/tambahan.csv", line: tugasTambahan + i + 2))
            }
            return tasks + findings
        }
    }

    public static let examples: [Example] = [
        Example(name: "rules.md whole example", jenisJabatan: .struktural,
                activityRows: [(12, 12, 100, 90, 12, 12, 24_000_000, 22_800_000), (50, 45, 100, 85, 12, 12, nil, nil),
                               (4, 4, 100, 95, 6, 4, nil, nil)],
                behaviourRow: [85, 80, 82, 78, 80, 75], tugasTambahan: 2, kreativitas: [.unitKerja],
                expected: .init(rataCapaianSKP: "85.88", nilaiTugasTambahan: "1.00", nilaiKreativitas: "3.00", nilaiSKP: "89.88",
                                nilaiPerilaku: "80.00", nilaiPrestasi: "85.93", sebutan: .baik, incomplete: nil)),
        Example(name: "kepemimpinan of a non-structural employee is ignored", jenisJabatan: .fungsional,
                activityRows: [(1, 1, 100, 100, 12, 12, nil, nil)], behaviourRow: [80, 80, 80, 80, 80, 20],
                tugasTambahan: 0, kreativitas: [],
                expected: .init(rataCapaianSKP: "92.00", nilaiTugasTambahan: "0.00", nilaiKreativitas: "0.00", nilaiSKP: "92.00",
                                nilaiPerilaku: "80.00", nilaiPrestasi: "87.20", sebutan: .baik, incomplete: nil)),
        Example(name: "a not-done activity counts in the mean; 7 tasks and two findings", jenisJabatan: .pelaksana,
                activityRows: [(1, 1, 100, 100, 12, 12, nil, nil), (2, 0, 100, 100, 12, 12, nil, nil)],
                behaviourRow: [70, 70, 70, 70, 70], tugasTambahan: 7, kreativitas: [.nasional, .organisasi],
                expected: .init(rataCapaianSKP: "46.00", nilaiTugasTambahan: "3.00", nilaiKreativitas: "18.00", nilaiSKP: "67.00",
                                nilaiPerilaku: "70.00", nilaiPrestasi: "68.20", sebutan: .cukup, incomplete: nil)),
        Example(name: "nilai prestasi 90.50 has not reached Sangat Baik", jenisJabatan: .pelaksana,
                activityRows: [(1, 1, 100, 100, 12, 12, nil, nil)], behaviourRow: ["88.25", "88.25", "88.25", "88.25", "88.25"],
                tugasTambahan: 0, kreativitas: [],
                expected: .init(rataCapaianSKP: "92.00", nilaiTugasTambahan: "0.00", nilaiKreativitas: "0.00", nilaiSKP: "92.00",
                                nilaiPerilaku: "88.25", nilaiPrestasi: "90.50", sebutan: .baik, incomplete: nil)),
        Example(name: "no SKP rows: incomplete, never 0", jenisJabatan: .pelaksana,
                activityRows: [], behaviourRow: [90, 90, 90, 90, 90], tugasTambahan: 1, kreativitas: [],
                expected: .init(rataCapaianSKP: nil, nilaiTugasTambahan: "1.00", nilaiKreativitas: "0.00", nilaiSKP: nil,
                                nilaiPerilaku: "90.00", nilaiPrestasi: nil, sebutan: nil, incomplete: .noSKP)),
        Example(name: "no behaviour row: incomplete", jenisJabatan: .fungsional,
                activityRows: [(1, 1, 100, 100, 12, 6, nil, nil)], behaviourRow: nil, tugasTambahan: 4, kreativitas: [],
                expected: .init(rataCapaianSKP: "83.33", nilaiTugasTambahan: "2.00", nilaiKreativitas: "0.00", nilaiSKP: "85.33",
                                nilaiPerilaku: nil, nilaiPrestasi: nil, sebutan: nil, incomplete: .noBehaviour)),
        Example(name: "neither SKP nor behaviour", jenisJabatan: .struktural,
                activityRows: [], behaviourRow: nil, tugasTambahan: 0, kreativitas: [],
                expected: .init(rataCapaianSKP: nil, nilaiTugasTambahan: "0.00", nilaiKreativitas: "0.00", nilaiSKP: nil,
                                nilaiPerilaku: nil, nilaiPrestasi: nil, sebutan: nil, incomplete: .neither)),
    ]

    /// Additional-task counts and their points.
    public static let tugasTambahanExamples: [(count: Int, poin: ExactDecimal)] = [
        (0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (20, 3),
    ]
}
