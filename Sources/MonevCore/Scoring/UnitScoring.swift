/// A unit's line in the summary (rules.md B, last two bullets).
public enum UnitScoring {
    /// Mean over the indicators that have a capaian kumulatif, each clamped to
    /// [unitClampLower, unitClampUpper] so one runaway indicator (say 900%) cannot hide failures.
    /// nil when no indicator has one.
    public static func rataCapaian(_ capaianKumulatif: [ExactDecimal?], options: ScoringOptions) -> ExactDecimal? {
        ExactDecimal.mean(capaianKumulatif.compactMap { $0.map { min(max($0, options.unitClampLower), options.unitClampUpper) } })
    }

    static func summary(of unit: UnitKerja, indicators: [IndicatorAchievement], employees: [EmployeeScore],
                        rejectedRows: Int, options: ScoringOptions) -> UnitSummary {
        let rata = rataCapaian(indicators.map(\.capaianKumulatif), options: options)
        let prestasi = employees.compactMap(\.nilaiPrestasi)
        var counts = Dictionary(uniqueKeysWithValues: Sebutan.allCases.map { ($0, 0) })
        for e in employees { if let s = e.sebutan { counts[s, default: 0] += 1 } }
        return UnitSummary(unit: unit, jumlahIndikator: indicators.count, rataCapaian: rata,
                           kategori: rata.map { Bands.kategori($0, reading: options.bandReading) },
                           jumlahPegawai: employees.count, jumlahPegawaiDinilai: prestasi.count,
                           rataNilaiPrestasi: ExactDecimal.mean(prestasi), sebutanCounts: counts, jumlahBarisDitolak: rejectedRows)
    }
}

extension UnitScoring {
    /// One worked example of a unit mean: the indicators' capaian kumulatif (nil = not computable)
    /// and the expected rata capaian to the cent under the default clamp [0, 120].
    public struct Example: Sendable, CustomStringConvertible {
        public var name: String
        public var capaianKumulatif: [ExactDecimal?]
        public var expected: String?
        public var description: String { name }
    }

    public static let examples: [Example] = [
        Example(name: "plain mean", capaianKumulatif: [80, 90, "95.5"], expected: "88.50"),
        Example(name: "a runaway indicator is clamped to 120", capaianKumulatif: [900, 60], expected: "90.00"),
        Example(name: "a negative achievement counts as 0", capaianKumulatif: [-50, 80], expected: "40.00"),
        Example(name: "not computable indicators are left out", capaianKumulatif: [nil, 70, nil], expected: "70.00"),
        Example(name: "nothing computable", capaianKumulatif: [nil], expected: nil),
        Example(name: "no indicators", capaianKumulatif: [], expected: nil),
        Example(name: "thirds", capaianKumulatif: [100, 100, 101], expected: "100.33"),
    ]
}
