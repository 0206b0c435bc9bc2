/// The score of one SKP activity (rules.md A; PP 46/2011 art. 8 and the Perka BKN 1/2013 form
/// "Penilaian Capaian SKP").
///
/// The formulas are written in the order the rules print them (`RW / TW × 100`, then `100 −` that)
/// so that exact decimal arithmetic reproduces the regulation's boundary cases: TW 12 / RW 9.12
/// gives an efficiency of exactly 24, which falls in the first branch and scores exactly 100.
public enum ActivityScoring {
    /// The 1.76 factor of the waktu/biaya formula: realising on target scores 76, the start of "Baik".
    static let factor: ExactDecimal = "1.76"
    /// Efficiency above this many percent switches to the "saving" branch.
    static let efficiencyThreshold: ExactDecimal = 24

    public static func score(_ activity: SKPActivity) -> ActivityScore {
        let a = activity
        // Not carried out (RO = 0): every aspect is 0; the divisor still follows the budget target.
        let carriedOut = !a.realisasiKuantitas.isZero
        let kuantitas = carriedOut ? a.realisasiKuantitas / a.targetKuantitas * 100 : .zero
        let kualitas = carriedOut ? a.realisasiKualitas / a.targetKualitas * 100 : .zero
        let waktu = carriedOut ? efficiencyScore(target: a.targetWaktu, realisasi: a.realisasiWaktu) : .zero
        var biaya: ExactDecimal?
        if let tb = a.targetBiaya, a.hasBudget {
            biaya = carriedOut ? efficiencyScore(target: tb, realisasi: a.realisasiBiaya ?? .zero) : .zero
        }
        let perhitungan = kuantitas + kualitas + waktu + (biaya ?? .zero)
        let nilaiCapaian = perhitungan / (biaya == nil ? 3 : 4)
        return ActivityScore(activity: a, kuantitas: kuantitas, kualitas: kualitas, waktu: waktu, biaya: biaya,
                             perhitungan: perhitungan, nilaiCapaian: nilaiCapaian)
    }

    /// The waktu (months) or biaya (rupiah) aspect: target `t` > 0, realisation `r`.
    /// No floor and no cap: late or over-budget work goes below 76 and below 0 once r > 1.76·t.
    public static func efficiencyScore(target t: ExactDecimal, realisasi r: ExactDecimal) -> ExactDecimal {
        let efisiensi = ExactDecimal.hundred - r / t * 100
        let dasar = (factor * t - r) / t * 100
        return efisiensi <= efficiencyThreshold ? dasar : 76 - (dasar - 100)
    }
}

extension ActivityScoring {
    /// One worked example of rules.md A: inputs and the expected aspect scores, each to the cent.
    public struct Example: Sendable, CustomStringConvertible {
        public var name: String
        public var kuantitas: (target: ExactDecimal, realisasi: ExactDecimal)
        public var kualitas: (target: ExactDecimal, realisasi: ExactDecimal)
        public var waktu: (target: ExactDecimal, realisasi: ExactDecimal)
        public var biaya: (target: ExactDecimal, realisasi: ExactDecimal)?
        /// Expected nilai kuantitas, kualitas, waktu, biaya (nil = not assessed) and nilai capaian, 2 decimals.
        public var expected: (kuantitas: String, kualitas: String, waktu: String, biaya: String?, nilai: String)

        public var description: String { name }

        /// The example as a validated record (a fixed test NIP, activity no 1).
        public var activity: SKPActivity {
            SKPActivity(nip: NIP(unchecked: "199001012015031001"), no: 1, kegiatan: name,
                        targetKuantitas: kuantitas.target, satuanKuantitas: "dokumen", targetKualitas: kualitas.target,
                        targetWaktu: waktu.target, targetBiaya: biaya?.target, realisasiKuantitas: kuantitas.realisasi,
                        realisasiKualitas: kualitas.realisasi, realisasiWaktu: waktu.realisasi, realisasiBiaya: biaya?.realisasi,
                        source: SourceLocation(file: "examples/skp.csv", line: 2))
        }
    }

    /// rules.md's table of worked examples, then the boundaries the rules call out.
    public static let examples: [Example] = [
        Example(name: "rules.md row 1: on target, with budget", kuantitas: (1, 1), kualitas: (100, 90), waktu: (12, 12),
                biaya: (170_395_000, 170_395_000), expected: ("100.00", "90.00", "76.00", "76.00", "85.50")),
        Example(name: "rules.md row 2: half the time", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, 6),
                biaya: nil, expected: ("100.00", "100.00", "50.00", nil, "83.33")),
        Example(name: "rules.md row 3: one month late", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, 13),
                biaya: nil, expected: ("100.00", "100.00", "67.67", nil, "89.22")),
        Example(name: "rules.md row 4: 30% budget saving", kuantitas: (10, 10), kualitas: (100, 95), waktu: (12, 12),
                biaya: (100_000_000, 70_000_000), expected: ("100.00", "95.00", "76.00", "70.00", "85.25")),
        Example(name: "rules.md row 5: efficiency exactly 24", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, "9.12"),
                biaya: nil, expected: ("100.00", "100.00", "100.00", nil, "100.00")),
        Example(name: "rules.md row 6: double the output", kuantitas: (1, 2), kualitas: (100, 90), waktu: (12, 12),
                biaya: nil, expected: ("200.00", "90.00", "76.00", nil, "122.00")),
        Example(name: "efficiency just above 24 takes the saving branch", kuantitas: (1, 1), kualitas: (100, 100),
                waktu: (12, "9.11"), biaya: nil, expected: ("100.00", "100.00", "75.92", nil, "91.97")),
        Example(name: "efficiency just below 24", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, "9.13"),
                biaya: nil, expected: ("100.00", "100.00", "99.92", nil, "99.97")),
        Example(name: "realisation 1.76 x target scores 0", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, "21.12"),
                biaya: nil, expected: ("100.00", "100.00", "0.00", nil, "66.67")),
        Example(name: "realisation above 1.76 x target goes negative", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, 24),
                biaya: (1_000_000, 2_000_000), expected: ("100.00", "100.00", "-24.00", "-24.00", "38.00")),
        Example(name: "RW = 0 scored by the formula", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, 0),
                biaya: nil, expected: ("100.00", "100.00", "0.00", nil, "66.67")),
        Example(name: "not carried out, no budget: / 3", kuantitas: (5, 0), kualitas: (100, 80), waktu: (12, 12),
                biaya: nil, expected: ("0.00", "0.00", "0.00", nil, "0.00")),
        Example(name: "not carried out, with budget: biaya 0, / 4", kuantitas: (5, 0), kualitas: (100, 80), waktu: (12, 12),
                biaya: (5_000_000, 0), expected: ("0.00", "0.00", "0.00", "0.00", "0.00")),
        Example(name: "budget target 0 is no cost aspect", kuantitas: (1, 1), kualitas: (100, 100), waktu: (12, 12),
                biaya: (0, 0), expected: ("100.00", "100.00", "76.00", nil, "92.00")),
        Example(name: "a half cent rounds up when written", kuantitas: (8, 7), kualitas: (100, 100), waktu: (12, 12),
                biaya: (1_000, 1_000), expected: ("87.50", "100.00", "76.00", "76.00", "84.88")),
    ]
}
