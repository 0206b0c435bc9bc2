/// Tells which unit a diagnostic's row belongs to, so a unit's report and summary carry its own
/// problems. Rejected rows are not among the records, so for them only what the reporting stage
/// recorded (`Diagnostic.kodeUnit`) or a `kode_unit` cell naming a known unit can tell.
public struct UnitAttribution: Sendable {
    private var byRow: [SourceLocation: String] = [:]
    private var units: Set<String> = []

    /// Indexes the rows behind `units`, `indicators` (every quarter's row) and `employees` (their
    /// own, SKP, behaviour and additional-task rows).
    public init(units: [UnitKerja], indicators: [IndicatorAchievement], employees: [EmployeeScore]) {
        for u in units {
            self.units.insert(u.kode)
            byRow[u.source] = u.kode
        }
        for a in indicators {
            byRow[a.indicator.source] = a.indicator.kodeUnit
            for q in a.quarters { if let s = q.source { byRow[s] = a.indicator.kodeUnit } }
        }
        for e in employees {
            let kode = e.employee.kodeUnit
            byRow[e.employee.source] = kode
            for a in e.activities { byRow[a.activity.source] = kode }
            if let b = e.behaviour { byRow[b.source] = kode }
            for t in e.additionalTasks { byRow[t.source] = kode }
        }
    }

    public init(scores: PeriodScores) {
        self.init(units: scores.units.map(\.unit), indicators: scores.indicators, employees: scores.employees)
    }

    /// The unit code, or nil when it cannot be told.
    public func unit(of d: Diagnostic) -> String? {
        if let k = d.kodeUnit { return k }
        if let line = d.line, let k = byRow[SourceLocation(file: d.file, line: line)] { return k }
        if d.column == "kode_unit", let v = d.value, units.contains(v) { return v }
        return nil
    }
}
