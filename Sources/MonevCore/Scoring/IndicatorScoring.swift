/// Unit indicator achievement over the quarters of the year so far (rules.md B; KMK 467/2014 for
/// how quarters add up, Permendagri 86/2017 for the bands).
public enum IndicatorScoring {
    /// Year-to-date target and realisation by `agregasi`. Quarters without a value (a drop that
    /// lacked the indicator, or an unset cell) contribute nothing: they are not counted as 0 in a
    /// sum or a mean, since that would punish a unit for a missing file rather than for its work.
    public static func kumulatif(_ quarters: [QuarterValue], agregasi: Aggregation) -> (target: ExactDecimal?, realisasi: ExactDecimal?) {
        switch agregasi {
        case .kumulatif:
            return (sum(quarters.compactMap(\.target)), sum(quarters.compactMap(\.realisasi)))
        case .terakhir:
            return (quarters.last?.target, quarters.last?.realisasi)
        case .rataRata:
            return (ExactDecimal.mean(quarters.compactMap(\.target)), ExactDecimal.mean(quarters.compactMap(\.realisasi)))
        }
    }

    private static func sum(_ values: [ExactDecimal]) -> ExactDecimal? {
        values.isEmpty ? nil : values.reduce(.zero, +)
    }

    /// Achievements of `indicators` (the requested quarter's rows) for `period`, following each
    /// indicator through `drops` (the drops of the year found so far, the requested one included).
    /// Gaps and non-computable achievements are reported as warnings into `diagnostics`, except a
    /// missing drop listed in `reportedMissing`: the reading stage has said so already.
    static func achievements(of indicators: [Indicator], period: Period, drops: [Period: QuarterDrop], reportedMissing: [Period],
                             options: ScoringOptions, diagnostics: inout Diagnostics) -> [IndicatorAchievement] {
        let earlier = period.quartersOfYearSoFar.dropLast()
        var byQuarter: [Period: [IndicatorKey: Indicator]] = [:]
        for q in earlier {
            guard let drop = drops[q] else { continue }
            byQuarter[q] = Dictionary(drop.indicators.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
        if !indicators.isEmpty {
            for q in earlier where drops[q] == nil && !reportedMissing.contains(q) {
                diagnostics.warning("\(q)/indikator.csv",
                                    "the \(q) drop is missing: every indicator's year-to-date values leave quarter \(q.quarter) out")
            }
        }
        reportDiscontinued(indicators: indicators, period: period, byQuarter: byQuarter, quarters: Array(earlier), diagnostics: &diagnostics)

        return indicators.sorted { ($0.key, $0.source.line) < ($1.key, $1.source.line) }.map { ind in
            var quarters: [QuarterValue] = []
            for q in earlier {
                guard let table = byQuarter[q] else {
                    quarters.append(QuarterValue(period: q, target: nil, realisasi: nil))
                    continue
                }
                if let row = table[ind.key] {
                    quarters.append(QuarterValue(period: q, target: row.targetTriwulan, realisasi: row.realisasiTriwulan, source: row.source))
                } else {
                    quarters.append(QuarterValue(period: q, target: nil, realisasi: nil))
                    diagnostics.append(Diagnostic(
                        file: ind.source.file, line: ind.source.line, column: "kode_indikator", value: ind.kode, severity: .warning,
                        message: "indicator \(ind.kode) of unit \(ind.kodeUnit) is missing from \(q)/indikator.csv: quarter \(q.quarter) contributes nothing to its year-to-date values",
                        kodeUnit: ind.kodeUnit))
                }
            }
            quarters.append(QuarterValue(period: period, target: ind.targetTriwulan, realisasi: ind.realisasiTriwulan, source: ind.source))
            return achievement(ind, quarters: quarters, options: options, diagnostics: &diagnostics)
        }
    }

    /// One indicator's achievements from its quarter values (the last one being the requested quarter).
    static func achievement(_ ind: Indicator, quarters: [QuarterValue], options: ScoringOptions,
                            diagnostics: inout Diagnostics) -> IndicatorAchievement {
        let (tk, rk) = kumulatif(quarters, agregasi: ind.agregasi)
        let f = options.negativeFormula
        let p = ind.polaritas
        let triwulan = Achievement.capaian(target: ind.targetTriwulan, realisasi: ind.realisasiTriwulan, polaritas: p, formula: f)
        let kum = Achievement.capaian(target: tk, realisasi: rk, polaritas: p, formula: f)
        let tahunan = Achievement.capaian(target: ind.targetTahunan, realisasi: rk, polaritas: p, formula: f)

        // Blame each non-computable achievement on the input column that holds the zero; one warning per column.
        var blamed: [(column: String, value: ExactDecimal?, what: [String])] = []
        func blame(_ what: String, _ t: ExactDecimal?, _ r: ExactDecimal?, targetColumn: String, targetValue: ExactDecimal?) {
            guard let z = Achievement.zeroDivisor(target: t, realisasi: r, polaritas: p, formula: f) else { return }
            let (column, value) = z == .target ? (targetColumn, targetValue) : ("realisasi_triwulan", ind.realisasiTriwulan)
            if let i = blamed.firstIndex(where: { $0.column == column }) { blamed[i].what.append(what) } else { blamed.append((column, value, [what])) }
        }
        blame("capaian_triwulan", ind.targetTriwulan, ind.realisasiTriwulan, targetColumn: "target_triwulan", targetValue: ind.targetTriwulan)
        blame("capaian_kumulatif", tk, rk, targetColumn: "target_triwulan", targetValue: ind.targetTriwulan)
        blame("capaian_tahunan", ind.targetTahunan, rk, targetColumn: "target_tahunan", targetValue: ind.targetTahunan)
        for b in blamed {
            let reason = b.column.hasPrefix("target") ? "the target is 0" : "the realisation is 0 and the T/R formula divides by it"
            diagnostics.append(Diagnostic(
                file: ind.source.file, line: ind.source.line, column: b.column, value: b.value.map(\.description), severity: .warning,
                message: "indicator \(ind.kode) of unit \(ind.kodeUnit): \(b.what.joined(separator: ", ")) not computable (\(reason)); left empty",
                kodeUnit: ind.kodeUnit))
        }

        return IndicatorAchievement(indicator: ind, quarters: quarters, targetKumulatif: tk, realisasiKumulatif: rk,
                                    capaianTriwulan: triwulan, capaianKumulatif: kum, capaianTahunan: tahunan,
                                    kategori: kum.map { Bands.kategori($0, reading: options.bandReading) })
    }

    /// An indicator reported earlier in the year but absent from the requested quarter is not
    /// scored (its definition now is unknown); say so once, at its latest row.
    private static func reportDiscontinued(indicators: [Indicator], period: Period, byQuarter: [Period: [IndicatorKey: Indicator]],
                                           quarters: [Period], diagnostics: inout Diagnostics) {
        let current = Set(indicators.map(\.key))
        var latest: [IndicatorKey: Indicator] = [:]
        for q in quarters {
            for (key, row) in byQuarter[q] ?? [:] where !current.contains(key) { latest[key] = row }
        }
        for (key, row) in latest.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(
                file: row.source.file, line: row.source.line, column: "kode_indikator", value: key.kode, severity: .warning,
                message: "indicator \(key.kode) of unit \(key.kodeUnit) is not in \(period)/indikator.csv: it is not scored for \(period)",
                kodeUnit: key.kodeUnit))
        }
    }
}

extension IndicatorScoring {
    /// One worked example of year-to-date aggregation: per-quarter (target, realisation), nil where
    /// the quarter has no value, and the expected target/realisasi kumulatif to the cent.
    public struct Example: Sendable, CustomStringConvertible {
        public var name: String
        public var agregasi: Aggregation
        public var quarters: [(target: ExactDecimal?, realisasi: ExactDecimal?)]
        public var expected: (target: String?, realisasi: String?)

        public var description: String { name }

        public var quarterValues: [QuarterValue] {
            quarters.enumerated().map { i, v in QuarterValue(period: Period(year: 2026, quarter: i + 1)!, target: v.target, realisasi: v.realisasi) }
        }
    }

    static let q1: (target: ExactDecimal?, realisasi: ExactDecimal?) = (10, 8)
    static let q2: (target: ExactDecimal?, realisasi: ExactDecimal?) = (20, 22)
    static let q3: (target: ExactDecimal?, realisasi: ExactDecimal?) = (30, 27)
    static let gap: (target: ExactDecimal?, realisasi: ExactDecimal?) = (nil, nil)

    public static let examples: [Example] = [
        Example(name: "kumulatif, 1 quarter", agregasi: .kumulatif, quarters: [q1], expected: ("10.00", "8.00")),
        Example(name: "kumulatif, 2 quarters", agregasi: .kumulatif, quarters: [q1, q2], expected: ("30.00", "30.00")),
        Example(name: "kumulatif, 3 quarters", agregasi: .kumulatif, quarters: [q1, q2, q3], expected: ("60.00", "57.00")),
        Example(name: "kumulatif, Q2 missing", agregasi: .kumulatif, quarters: [q1, gap, q3], expected: ("40.00", "35.00")),
        Example(name: "terakhir, 1 quarter", agregasi: .terakhir, quarters: [q1], expected: ("10.00", "8.00")),
        Example(name: "terakhir, 2 quarters", agregasi: .terakhir, quarters: [q1, q2], expected: ("20.00", "22.00")),
        Example(name: "terakhir, 3 quarters", agregasi: .terakhir, quarters: [q1, q2, q3], expected: ("30.00", "27.00")),
        Example(name: "terakhir, Q2 missing", agregasi: .terakhir, quarters: [q1, gap, q3], expected: ("30.00", "27.00")),
        Example(name: "rata_rata, 1 quarter", agregasi: .rataRata, quarters: [q1], expected: ("10.00", "8.00")),
        Example(name: "rata_rata, 2 quarters", agregasi: .rataRata, quarters: [q1, q2], expected: ("15.00", "15.00")),
        Example(name: "rata_rata, 3 quarters", agregasi: .rataRata, quarters: [q1, q2, q3], expected: ("20.00", "19.00")),
        Example(name: "rata_rata over the quarters that have a value", agregasi: .rataRata, quarters: [q1, gap, q3], expected: ("20.00", "17.50")),
        Example(name: "rata_rata of thirds", agregasi: .rataRata, quarters: [(1, 1), (1, 1), (2, 1)], expected: ("1.33", "1.00")),
        Example(name: "kumulatif with no value at all", agregasi: .kumulatif, quarters: [gap], expected: (nil, nil)),
        Example(name: "rata_rata with no value at all", agregasi: .rataRata, quarters: [gap, gap], expected: (nil, nil)),
    ]
}
