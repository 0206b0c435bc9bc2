import MonevCore

/// What the report concludes from the numbers, worked out once so that the Ringkasan, the
/// Permasalahan and the Rekomendasi never disagree. A pure function of the report model.
struct ReportFindings {
    /// An indicator that will miss its annual target if its pace so far continues.
    struct Shortfall {
        var achievement: IndicatorAchievement
        /// Year-end value if the pace continues (see `projectedAnnual`).
        var projection: ExactDecimal
        var target: ExactDecimal
        /// How far the projection falls short of (positif) or exceeds (negatif) the target.
        var gap: ExactDecimal
    }

    /// A unit's rata_capaian now and in the previous quarter.
    struct UnitChange {
        var unit: UnitSummary
        var previous: UnitSummary
        var current: ExactDecimal
        var before: ExactDecimal
        /// Percentage points, on the rounded values the reader sees (so the table adds up).
        var delta: ExactDecimal { current.rounded(places: 2) - before.rounded(places: 2) }
    }

    let model: ReportModel
    /// Indicators whose capaian_kumulatif is in Rendah or Sangat Rendah.
    let lowAchievers: [IndicatorAchievement]
    let shortfalls: [Shortfall]
    /// Indicators without a capaian_kumulatif (target 0, or data missing).
    let notComputable: [IndicatorAchievement]
    let unitsWithRejectedRows: [UnitSummary]
    let incompleteEmployees: [EmployeeScore]
    /// A view, not a copy: nearly every employee of the province is scored.
    let scoredEmployees: LazyFilterSequence<[EmployeeScore]>
    /// Units with a rata_capaian now and in the previous quarter; empty when there is no previous quarter.
    let unitChanges: [UnitChange]
    /// Mean of the units' rata_capaian (units without one left out): each unit weighs the same,
    /// as in the workbook's office-wide line, so the report and the workbook print the same figure.
    /// For a unit report it is the unit's own rata_capaian.
    let rataCapaian: ExactDecimal?
    let rataNilaiPrestasi: ExactDecimal?
    /// Lookups for the per-unit and per-indicator passes of the sections.
    let lowKeys: Set<IndicatorKey>
    let notComputableKeys: Set<IndicatorKey>
    let shortfallByKey: [IndicatorKey: Shortfall]
    let indicatorsByUnit: [String: [IndicatorAchievement]]
    let incompleteByUnit: [String: [EmployeeScore]]
    private let unitsByKode: [String: UnitSummary]
    /// Distinct rows (or whole files) rejected by an error, and warnings.
    let rejectedRowCount: Int
    let warningCount: Int

    init(_ model: ReportModel) {
        self.model = model
        let quarter = model.period.quarter
        lowAchievers = model.indicators.filter { $0.kategori == .rendah || $0.kategori == .sangatRendah }
        shortfalls = model.indicators.compactMap { Self.shortfall($0, quarter: quarter) }
        notComputable = model.indicators.filter { $0.capaianKumulatif == nil }
        unitsWithRejectedRows = model.units.filter { $0.jumlahBarisDitolak > 0 }
        incompleteEmployees = model.incompleteEmployees
        scoredEmployees = model.employees.lazy.filter { $0.nilaiPrestasi != nil }
        rataCapaian = ExactDecimal.mean(model.units.compactMap(\.rataCapaian))
        rataNilaiPrestasi = model.rataNilaiPrestasi
        let previousByKode = Dictionary((model.previousUnits ?? []).map { ($0.unit.kode, $0) }, uniquingKeysWith: { a, _ in a })
        unitChanges = model.units.compactMap { unit in
            guard let now = unit.rataCapaian, let previous = previousByKode[unit.unit.kode],
                  let before = previous.rataCapaian else { return nil }
            return UnitChange(unit: unit, previous: previous, current: now, before: before)
        }
        lowKeys = Set(lowAchievers.map(\.indicator.key))
        notComputableKeys = Set(notComputable.map(\.indicator.key))
        shortfallByKey = Dictionary(shortfalls.map { ($0.achievement.indicator.key, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByUnit = Dictionary(grouping: model.indicators, by: \.indicator.kodeUnit)
        incompleteByUnit = Dictionary(grouping: incompleteEmployees, by: \.employee.kodeUnit)
        unitsByKode = Dictionary(model.units.map { ($0.unit.kode, $0) }, uniquingKeysWith: { a, _ in a })
        let errors = model.diagnostics.filter { $0.severity == .error }
        rejectedRowCount = Set(errors.map { "\($0.file)\u{0}\($0.line.map(String.init) ?? "")" }).count
        warningCount = model.diagnostics.count - errors.count
    }

    /// A capaian clamped to the range unit means use (the unit report's indicator chart draws these).
    static func clamp(_ value: ExactDecimal, _ options: ScoringOptions) -> ExactDecimal {
        min(max(value, options.unitClampLower), options.unitClampUpper)
    }

    /// The year-end value if the pace of quarters 1…n continues:
    /// - kumulatif: realisasi_kumulatif ÷ n × 4 (the mean quarterly realisation goes on for the
    ///   remaining quarters; a quarter missing from the drops counts as nothing, exactly as it does
    ///   in realisasi_kumulatif);
    /// - terakhir and rata_rata: realisasi_kumulatif ÷ target_kumulatif × target_tahunan, i.e. the
    ///   value stays as far ahead of or behind plan as it is now. Why not the value itself: these
    ///   are levels whose quarterly targets usually ramp up to the annual one (budget absorption
    ///   planned at 70 % in Q3 and 95 % for the year), so comparing today's level with the annual
    ///   target would flag every indicator that is exactly on plan. With a flat target it is the
    ///   value itself; without a usable target_kumulatif (nil or 0) it falls back to the value.
    /// In Q4 every projection is the actual year value. Polarity does not change the projection,
    /// only how it is compared (see `shortfall`).
    static func projectedAnnual(_ a: IndicatorAchievement, quarter n: Int) -> ExactDecimal? {
        guard let r = a.realisasiKumulatif else { return nil }
        if n >= 4 { return r }
        switch a.indicator.agregasi {
        case .kumulatif:
            return r * 4 / n
        case .terakhir, .rataRata:
            guard let plan = a.targetKumulatif, !plan.isZero, let annual = a.indicator.targetTahunan else { return r }
            return r * annual / plan
        }
    }

    /// A shortfall when the projection, rounded as written, is below the annual target for a
    /// positif indicator or above it for a negatif one (lower is better: the target is a ceiling).
    /// No target, no judgement.
    static func shortfall(_ a: IndicatorAchievement, quarter: Int) -> Shortfall? {
        guard let target = a.indicator.targetTahunan, let projection = projectedAnnual(a, quarter: quarter) else { return nil }
        let p = projection.rounded(places: 2)
        let t = target.rounded(places: 2)
        switch a.indicator.polaritas {
        case .positif where p < t: return Shortfall(achievement: a, projection: projection, target: target, gap: target - projection)
        case .negatif where p > t: return Shortfall(achievement: a, projection: projection, target: target, gap: projection - target)
        default: return nil
        }
    }

    func unit(_ kode: String) -> UnitSummary? { unitsByKode[kode] }

    var isConsolidated: Bool {
        if case .consolidated = model.scope { return true }
        return false
    }

    /// Sebutan counts summed over the units in scope (so the totals row of the distribution table
    /// adds up to the rows above it), every case present.
    var sebutanCounts: [Sebutan: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Sebutan.allCases.map { ($0, 0) })
        for u in model.units { for (s, n) in u.sebutanCounts { counts[s, default: 0] += n } }
        return counts
    }

    var jumlahPegawai: Int { model.units.reduce(0) { $0 + $1.jumlahPegawai } }
    var jumlahPegawaiDinilai: Int { model.units.reduce(0) { $0 + $1.jumlahPegawaiDinilai } }
    var jumlahIndikator: Int { model.units.reduce(0) { $0 + $1.jumlahIndikator } }
}
