/// Builds the models the workbook and Markdown renderers draw from, for the whole office and for
/// one unit. A unit's model is cut from the same scores as the consolidated one, which is what makes
/// `--unit` outputs byte-identical to the same unit's outputs of a full run.
public enum ReportModelBuilder {
    public static func consolidated(scores: PeriodScores, previousUnits: [UnitSummary]?, diagnostics: [Diagnostic],
                                    config: MonevConfig, isFinal: Bool) -> ReportModel {
        ReportModel(period: scores.period, scope: .consolidated, organisation: config.organisation, scoring: config.scoring,
                    units: scores.units, indicators: scores.indicators, employees: scores.employees,
                    diagnostics: Diagnostics(diagnostics).sorted, previousUnits: previousUnits,
                    signatory: config.organisation.penandatangan, isFinal: isFinal)
    }

    /// The model of unit `kode`; nil when the period has no such unit. Its diagnostics are those
    /// attributed to the unit (`Diagnostic.kodeUnit`, else the row they point at, else a
    /// `kode_unit` cell naming it); it is signed by the unit's head.
    public static func unit(_ kode: String, scores: PeriodScores, previousUnits: [UnitSummary]?, diagnostics: [Diagnostic],
                            config: MonevConfig, isFinal: Bool) -> ReportModel? {
        guard let summary = scores.units.first(where: { $0.unit.kode == kode }) else { return nil }
        let indicators = scores.indicators.filter { $0.indicator.kodeUnit == kode }
        let employees = scores.employees.filter { $0.employee.kodeUnit == kode }
        let attribution = UnitAttribution(units: [summary.unit], indicators: indicators, employees: employees, diagnostics: diagnostics)
        return ReportModel(period: scores.period, scope: .unit(summary.unit), organisation: config.organisation, scoring: config.scoring,
                           units: [summary], indicators: indicators, employees: employees,
                           diagnostics: Diagnostics(diagnostics.filter { attribution.unit(of: $0) == kode }).sorted,
                           previousUnits: previousUnits.map { $0.filter { $0.unit.kode == kode } },
                           signatory: summary.unit.kepala, isFinal: isFinal)
    }
}
