/// The scoring stage: validated records in, every score of the period out (rules.md A and B).
public enum Scoring {
    /// Scores the requested quarter. Warnings about gaps (an earlier drop neither found nor listed
    /// in `missingHistory`, an indicator absent from an earlier drop, a zero target, rows naming an
    /// employee `pegawai.csv` lacks) go into
    /// `diagnostics`. Every diagnostic already there gets its `kodeUnit` where the rows tell it,
    /// and each unit's `jumlahBarisDitolak` counts the distinct rows with an error attributed to it.
    public static func score(_ input: InputSet, options: ScoringOptions, diagnostics: inout Diagnostics) -> PeriodScores {
        let cur = input.current
        let indicators = indicatorAchievements(input, options: options, diagnostics: &diagnostics)
        let employees = scoreEmployees(cur, bandReading: options.bandReading, diagnostics: &diagnostics)
        let units = sortedUnits(cur.units)

        let attribution = UnitAttribution(units: units, indicators: indicators, employees: employees, diagnostics: diagnostics.items)
        diagnostics.attributeUnits(attribution.unit(of:))
        var rejected: [String: Set<SourceLocation>] = [:]
        for d in diagnostics.items where d.severity == .error {
            if let k = d.kodeUnit, let line = d.line { rejected[k, default: []].insert(SourceLocation(file: d.file, line: line)) }
        }

        let indicatorsByUnit = Dictionary(grouping: indicators, by: \.indicator.kodeUnit)
        // Positions, not copies: grouping copies of every EmployeeScore would hold the province's
        // employees twice; one unit's copies are made at a time.
        let employeesByUnit = Dictionary(grouping: employees.indices, by: { employees[$0].employee.kodeUnit })
        let summaries = units.map { u in
            UnitScoring.summary(of: u, indicators: indicatorsByUnit[u.kode] ?? [], employees: (employeesByUnit[u.kode] ?? []).map { employees[$0] },
                                rejectedRows: rejected[u.kode]?.count ?? 0, options: options)
        }
        return PeriodScores(period: input.period, units: summaries, indicators: indicators, employees: employees)
    }

    /// The achievements of every indicator of the requested quarter, sorted by (unit, code). Done
    /// for the whole office at once even when units are scored one by one: the indicators are few,
    /// and the warnings about a missing earlier drop or a discontinued indicator are the drop's.
    public static func indicatorAchievements(_ input: InputSet, options: ScoringOptions, diagnostics: inout Diagnostics) -> [IndicatorAchievement] {
        IndicatorScoring.achievements(of: input.current.indicators, period: input.period, drops: drops(of: input),
                                      reportedMissing: input.missingHistory, options: options, diagnostics: &diagnostics)
    }

    /// One unit scored on its own (`StreamedDrop.unitDrop`): its summary and employees, equal to
    /// its share of `score`'s.
    public struct ScoredUnit: Sendable {
        public var summary: UnitSummary
        /// Sorted by NIP, as in `PeriodScores.employees`.
        public var employees: [EmployeeScore]
        /// Positions in `shared` of the diagnostics without a unit that belong to this unit (they
        /// point at one of its rows): the caller stamps them, as `score` does.
        public var claimed: [Int]
    }

    /// Scores the drop of one unit (`drop.units` is that unit). `indicators` are its achievements
    /// (from `indicatorAchievements`); `shared` the run's diagnostics that are not the unit's own
    /// (reading the small files, rows of no unit, indicator scoring); `own` the diagnostics of the
    /// unit's rows, to which scoring adds its own. The unit's `jumlahBarisDitolak` counts the
    /// distinct rows with an error attributed to it among both, as `score` counts them.
    public static func scoreUnit(_ drop: QuarterDrop, indicators: [IndicatorAchievement], shared: [Diagnostic],
                                 own: inout Diagnostics, options: ScoringOptions) -> ScoredUnit {
        let unit = drop.units[0]
        let employees = scoreEmployees(drop, bandReading: options.bandReading, diagnostics: &own)
        let attribution = UnitAttribution(units: [unit], indicators: indicators, employees: employees, diagnostics: shared + own.items)
        own.attributeUnits(attribution.unit(of:))
        var claimed: [Int] = []
        var rejected: Set<SourceLocation> = []
        for (i, d) in shared.enumerated() where attribution.unit(of: d) == unit.kode {
            if d.kodeUnit == nil { claimed.append(i) }
            if d.severity == .error, let line = d.line { rejected.insert(SourceLocation(file: d.file, line: line)) }
        }
        for d in own.items where d.severity == .error && d.kodeUnit == unit.kode {
            if let line = d.line { rejected.insert(SourceLocation(file: d.file, line: line)) }
        }
        let summary = UnitScoring.summary(of: unit, indicators: indicators, employees: employees, rejectedRows: rejected.count, options: options)
        return ScoredUnit(summary: summary, employees: employees, claimed: claimed)
    }

    /// Unit summaries of the previous quarter of the same year (indicators only), for "what changed";
    /// nil in Q1 or if that drop is missing. The units are the requested quarter's (earlier drops
    /// are read for their indicators only); warnings about that quarter were given when it was run.
    public static func previousQuarterUnits(_ input: InputSet, options: ScoringOptions) -> [UnitSummary]? {
        guard let previous = input.period.previousInYear,
              let drop = input.history.first(where: { $0.period == previous }) else { return nil }
        var ignored = Diagnostics()
        let indicators = IndicatorScoring.achievements(of: drop.indicators, period: previous, drops: drops(of: input),
                                                       reportedMissing: input.missingHistory, options: options, diagnostics: &ignored)
        let byUnit = Dictionary(grouping: indicators, by: \.indicator.kodeUnit)
        return sortedUnits(input.current.units).map { u in
            UnitScoring.summary(of: u, indicators: byUnit[u.kode] ?? [], employees: [], rejectedRows: 0, options: options)
        }
    }

    private static func sortedUnits(_ units: [UnitKerja]) -> [UnitKerja] {
        units.sorted { ($0.kode, $0.source.line) < ($1.kode, $1.source.line) }
    }

    private static func drops(of input: InputSet) -> [Period: QuarterDrop] {
        var drops: [Period: QuarterDrop] = [input.period: input.current]
        for d in input.history where d.period.year == input.period.year && d.period < input.period { drops[d.period] = d }
        return drops
    }

    /// Every employee of the drop, sorted by (unit, NIP). Rows naming a NIP that is not an employee
    /// cannot be scored; the validator should have rejected them, and if it did not they are reported here.
    private static func scoreEmployees(_ drop: QuarterDrop, bandReading: BandReading, diagnostics: inout Diagnostics) -> [EmployeeScore] {
        let known = Set(drop.employees.map(\.nip))
        func orphans(_ sources: some Sequence<(NIP, SourceLocation)>, what: String) {
            for (nip, s) in sources where !known.contains(nip) {
                diagnostics.warning(s.file, line: s.line, column: "nip", value: nip.digits,
                                    "\(what) for NIP \(nip) which is not in pegawai.csv: not scored")
            }
        }
        orphans(drop.activities.lazy.map { ($0.nip, $0.source) }, what: "SKP activity")
        orphans(drop.behaviours.lazy.map { ($0.nip, $0.source) }, what: "behaviour scores")
        orphans(drop.additionalTasks.lazy.map { ($0.nip, $0.source) }, what: "additional task")

        // Positions, not copies: a copy of every activity grouped by NIP would hold the drop's
        // largest table twice while the scores (larger still) are made.
        var activities: [NIP: [Int32]] = [:]
        for (i, a) in drop.activities.enumerated() { activities[a.nip, default: []].append(Int32(i)) }
        let tasks = Dictionary(grouping: drop.additionalTasks, by: \.nip)
        var behaviours: [NIP: BehaviourScores] = [:]
        for b in drop.behaviours {
            if let first = behaviours[b.nip] {
                diagnostics.warning(b.source.file, line: b.source.line, column: "nip", value: b.nip.digits,
                                    "second behaviour row for NIP \(b.nip): the row on line \(first.source.line) is used")
            } else {
                behaviours[b.nip] = b
            }
        }
        return drop.employees
            .sorted { ($0.kodeUnit, $0.nip, $0.source.line) < ($1.kodeUnit, $1.nip, $1.source.line) }
            .map { e in
                EmployeeScoring.score(e, activities: (activities[e.nip] ?? []).map { drop.activities[Int($0)] }, behaviour: behaviours[e.nip],
                                      additionalTasks: tasks[e.nip] ?? [], bandReading: bandReading)
            }
    }
}
