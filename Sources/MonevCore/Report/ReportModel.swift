/// What a report is about: the whole office or one unit.
public enum ReportScope: Sendable, Hashable {
    case consolidated
    case unit(UnitKerja)
}

/// The model both the workbook and the Markdown renderers draw from, so the two never disagree.
/// Built by `ReportModelBuilder` from the scores; renderers are pure functions of it.
public struct ReportModel: Sendable {
    public var period: Period
    public var scope: ReportScope
    public var organisation: Organisation
    public var scoring: ScoringOptions
    /// Units in scope (one for a unit report), with their summaries.
    public var units: [UnitSummary]
    public var indicators: [IndicatorAchievement]
    /// Scored and incomplete employees in scope.
    public var employees: [EmployeeScore]
    /// Every diagnostic of the run relevant to the scope (all of them for the consolidated report),
    /// in `Diagnostics.sorted` order.
    public var diagnostics: [Diagnostic]
    /// The same units' summaries for the previous quarter of the year, for "what changed";
    /// nil in Q1 or when the previous drop is missing.
    public var previousUnits: [UnitSummary]?
    /// The official who signs: the organisation's signatory for the consolidated report,
    /// the unit head for a unit report (nil if the unit file names none).
    public var signatory: Official?
    /// False for a draft (titles and page headers say DRAFT).
    public var isFinal: Bool
    /// Set (and `employees` left empty) when the employees in scope are not all held: the
    /// consolidated report of a full `monev run`, which scores and renders unit by unit.
    public var employeeStream: EmployeeStream?

    public init(period: Period, scope: ReportScope, organisation: Organisation, scoring: ScoringOptions, units: [UnitSummary],
                indicators: [IndicatorAchievement], employees: [EmployeeScore], diagnostics: [Diagnostic],
                previousUnits: [UnitSummary]?, signatory: Official?, isFinal: Bool) {
        self.period = period
        self.scope = scope
        self.organisation = organisation
        self.scoring = scoring
        self.units = units
        self.indicators = indicators
        self.employees = employees
        self.diagnostics = diagnostics
        self.previousUnits = previousUnits
        self.signatory = signatory
        self.isFinal = isFinal
    }
}

/// The employees of a report handed over unit by unit instead of held whole (at province scale
/// the scores of every employee are larger than everything else the report needs together):
/// the totals the renderers print, and each unit's employees when the rows are written.
public struct EmployeeStream: Sendable {
    /// Employees of each unit of `ReportModel.units`, in that order.
    public var counts: [Int]
    /// Mean nilai prestasi over every scored employee in scope; nil when none is scored.
    public var rataNilaiPrestasi: ExactDecimal?
    /// The employees without a nilai prestasi, in report order.
    public var incomplete: [EmployeeScore]
    /// The employees of `ReportModel.units[i]`, sorted by NIP. Asked for once per unit, in unit
    /// order; it may wait until that unit is scored.
    public var unit: @Sendable (Int) -> [EmployeeScore]

    public init(counts: [Int], rataNilaiPrestasi: ExactDecimal?, incomplete: [EmployeeScore], unit: @escaping @Sendable (Int) -> [EmployeeScore]) {
        self.counts = counts
        self.rataNilaiPrestasi = rataNilaiPrestasi
        self.incomplete = incomplete
        self.unit = unit
    }
}

extension ReportModel {
    /// Mean nilai prestasi over the scored employees in scope; nil when none is scored.
    public var rataNilaiPrestasi: ExactDecimal? {
        if let employeeStream { return employeeStream.rataNilaiPrestasi }
        return ExactDecimal.mean(employees.compactMap(\.nilaiPrestasi))
    }

    /// The employees in scope without a nilai prestasi.
    public var incompleteEmployees: [EmployeeScore] {
        employeeStream?.incomplete ?? employees.filter { $0.nilaiPrestasi == nil }
    }
}
