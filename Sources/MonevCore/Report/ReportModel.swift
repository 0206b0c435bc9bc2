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
