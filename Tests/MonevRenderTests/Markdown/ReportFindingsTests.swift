import MonevCore
@testable import MonevRender
import Testing

@Suite("Report findings: low achievement, pace, changes")
struct ReportFindingsTests {
    let findings = ReportFindings(MarkdownFixture.consolidated())

    @Test func lowAchieversAreTheRendahAndSangatRendahIndicators() {
        #expect(findings.lowAchievers.map(\.indicator.kode) == ["HK-01", "HK-02"])
        #expect(findings.notComputable.map(\.indicator.kode) == ["PBJ-02"])
    }

    /// Projection per agregasi, compared per polaritas. UM-02 (40 projected for a target of 40),
    /// UM-03 (negatif, 5 for a ceiling of 5) and PBJ-03 (2.04 bn for 2 bn) are on track.
    @Test func paceShortfallsForEveryAgregasiAndPolaritas() {
        let byKode = Dictionary(uniqueKeysWithValues: findings.shortfalls.map { ($0.achievement.indicator.kode, $0) })
        #expect(byKode.keys.sorted() == ["HK-01", "HK-02", "HK-03", "PBJ-01", "PBJ-02", "UM-01"])
        // kumulatif positif: 9 so far in 3 quarters → 12 by year end, 8 short of 20.
        #expect(byKode["HK-01"]?.projection == 12)
        #expect(byKode["HK-01"]?.gap == 8)
        // kumulatif negatif: 8 cases so far → 10.67 by year end, above the ceiling of 8.
        #expect(byKode["HK-03"]?.projection.formatted(places: 2) == "10.67")
        #expect(byKode["HK-03"]?.gap.formatted(places: 2) == "2.67")
        // terakhir positif: the level of Q3 holds.
        #expect(byKode["HK-02"]?.projection == 48)
        #expect(byKode["UM-01"]?.projection == 93)
        // rata_rata positif: the mean so far holds (88.33 < 90).
        #expect(byKode["PBJ-01"]?.projection.formatted(places: 2) == "88.33")
        // terakhir negatif with a target of 0: 2 complaints exceed it.
        #expect(byKode["PBJ-02"]?.gap == 2)
    }

    @Test func projectionIsTheActualValueInTheFourthQuarter() throws {
        let hk01 = MarkdownFixture.indicators[3]
        #expect(ReportFindings.projectedAnnual(hk01, quarter: 4) == 9)
        #expect(ReportFindings.projectedAnnual(hk01, quarter: 1) == 36)
    }

    /// The office-wide figure is the mean of the unit means, as in the workbook's totals line:
    /// (99.30 + 58.22 + 100.07) / 3 on the unrounded values.
    @Test func overallMeanWeighsEveryUnitEqually() {
        #expect(findings.rataCapaian?.formatted(places: 2) == "85.86")
        let hukum = ReportFindings(MarkdownFixture.hukumReport())
        #expect(hukum.rataCapaian == MarkdownFixture.units[1].rataCapaian)
    }

    @Test func unitChangesUseRoundedValues() {
        let changes = Dictionary(uniqueKeysWithValues: findings.unitChanges.map { ($0.unit.unit.kode, $0.delta) })
        #expect(changes["UM"] == "1.80")
        #expect(changes["HK"] == "-8.88")
        #expect(changes["PBJ"] == "5.07")
    }

    @Test func rejectedRowsCountDistinctRowsAndWarningsSeparately() {
        #expect(findings.rejectedRowCount == 3)
        #expect(findings.warningCount == 4)
        #expect(findings.unitsWithRejectedRows.map(\.unit.kode) == ["HK", "PBJ"])
    }
}
