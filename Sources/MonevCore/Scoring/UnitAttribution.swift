/// Tells which unit a diagnostic's row belongs to, so a unit's report and summary carry its own
/// problems. Rejected rows are not among the records, so for them only what the reporting stage
/// recorded (`Diagnostic.kodeUnit`) or a `kode_unit` cell naming a known unit can tell.
public struct UnitAttribution: Sendable {
    private var byRow: [SourceLocation: String] = [:]
    private var units: Set<String> = []

    /// Indexes, among the rows behind `units`, `indicators` (every quarter's row) and `employees`
    /// (their own, SKP, behaviour and additional-task rows), those that an unattributed diagnostic
    /// of `diagnostics` points at: a run at province scale has hundreds of thousands of rows and a
    /// handful of diagnostics, so the cheap line-number test comes first.
    public init(units: [UnitKerja], indicators: [IndicatorAchievement], employees: [EmployeeScore], diagnostics: [Diagnostic]) {
        self.units = Set(units.map(\.kode))
        var wanted: Set<SourceLocation> = []
        for d in diagnostics where d.kodeUnit == nil {
            if let line = d.line { wanted.insert(SourceLocation(file: d.file, line: line)) }
        }
        guard !wanted.isEmpty else { return }
        let lines = Set(wanted.map(\.line))
        var found: [SourceLocation: String] = [:]
        func visit(_ s: SourceLocation, _ kode: String) {
            if lines.contains(s.line), wanted.contains(s) { found[s] = kode }
        }
        for u in units { visit(u.source, u.kode) }
        for a in indicators {
            visit(a.indicator.source, a.indicator.kodeUnit)
            for q in a.quarters { if let s = q.source { visit(s, a.indicator.kodeUnit) } }
        }
        for e in employees {
            let kode = e.employee.kodeUnit
            visit(e.employee.source, kode)
            for a in e.activities { visit(a.activity.source, kode) }
            if let b = e.behaviour { visit(b.source, kode) }
            for t in e.additionalTasks { visit(t.source, kode) }
        }
        byRow = found
    }

    /// The unit code, or nil when it cannot be told.
    public func unit(of d: Diagnostic) -> String? {
        if let k = d.kodeUnit { return k }
        if let line = d.line, let k = byRow[SourceLocation(file: d.file, line: line)] { return k }
        if d.column == "kode_unit", let v = d.value, units.contains(v) { return v }
        return nil
    }
}
