import Testing
import MonevCore

@Suite struct ReportModelBuilderTests {
    static func scored() -> (PeriodScores, [UnitSummary]?, [Diagnostic]) {
        var diagnostics = Diagnostics([
            Diagnostic(file: "2026-Q3/skp.csv", line: 9, column: "target_waktu", value: "0", severity: .error, message: "TW is 0", kodeUnit: "U02"),
            Diagnostic(file: "2026-Q3/unit_kerja.csv", line: 1, severity: .warning, message: "header has an unknown column"),
        ])
        let input = Scoring.exampleInput
        let scores = Scoring.score(input, options: ScoringOptions(), diagnostics: &diagnostics)
        return (scores, Scoring.previousQuarterUnits(input, options: ScoringOptions()), diagnostics.items)
    }

    @Test func consolidatedHoldsEverythingSignedByTheConfiguredOfficial() {
        let (scores, previous, diagnostics) = Self.scored()
        var config = MonevConfig()
        config.organisation.penandatangan = Official(nama: "Drs. Bambang", nip: nil, jabatan: "Sekretaris Daerah")
        let m = ReportModelBuilder.consolidated(scores: scores, previousUnits: previous, diagnostics: diagnostics, config: config, isFinal: true)
        #expect(m.scope == .consolidated)
        #expect(m.units.map(\.unit.kode) == ["U01", "U02", "U03"])
        #expect(m.indicators.count == 5 && m.employees.count == 3)
        #expect(m.diagnostics == Diagnostics(diagnostics).sorted)
        #expect(m.diagnostics.first?.file == "2026-Q1/indikator.csv")
        #expect(m.previousUnits?.count == 3)
        #expect(m.signatory?.nama == "Drs. Bambang")
        #expect(m.isFinal)
        #expect(m.period == Period(year: 2026, quarter: 3))
    }

    @Test func unitReportIsThatUnitsSlice() throws {
        let (scores, previous, diagnostics) = Self.scored()
        let m = try #require(ReportModelBuilder.unit("U02", scores: scores, previousUnits: previous, diagnostics: diagnostics,
                                                     config: MonevConfig(), isFinal: false))
        #expect(m.units.map(\.unit.kode) == ["U02"])
        #expect(m.indicators.map(\.indicator.kode) == ["IK01", "IK02"])
        #expect(m.employees.map(\.employee.nama) == ["Budi Santoso"])
        #expect(m.previousUnits?.map(\.unit.kode) == ["U02"])
        #expect(m.signatory == nil) // the unit file names no head for U02
        #expect(!m.isFinal)
        #expect(m.diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? "")" } == [
            "2026-Q1/indikator.csv:7:kode_indikator", // discontinued IK09
            "2026-Q3/indikator.csv:5:target_tahunan",
            "2026-Q3/indikator.csv:5:target_triwulan",
            "2026-Q3/skp.csv:9:target_waktu",         // attributed by ingestion
        ])
        if case let .unit(u) = m.scope { #expect(u.kode == "U02") } else { Issue.record("scope is not the unit") }
    }

    @Test func unitDiagnosticsWithoutAttributionFallBackToTheirRows() throws {
        let (scores, _, _) = Self.scored()
        let unattributed = [
            Diagnostic(file: "2026-Q3/pegawai.csv", line: 3, column: "nama", value: "-Rina, S.E.", severity: .warning, message: "leading dash"),
            Diagnostic(file: "2026-Q3/unit_kerja.csv", line: 7, column: "kode_unit", value: "U01", severity: .error, message: "duplicate"),
            Diagnostic(file: "2026-Q3/skp.csv", line: 99, severity: .error, message: "somewhere else"),
        ]
        let m = try #require(ReportModelBuilder.unit("U01", scores: scores, previousUnits: nil, diagnostics: unattributed,
                                                     config: MonevConfig(), isFinal: true))
        #expect(m.diagnostics.map(\.line) == [3, 7])
        #expect(m.signatory?.nip?.spaced == "19680315 199403 2 004")
        #expect(m.previousUnits == nil)
    }

    @Test func unknownUnitHasNoReport() {
        let (scores, previous, diagnostics) = Self.scored()
        #expect(ReportModelBuilder.unit("U99", scores: scores, previousUnits: previous, diagnostics: diagnostics,
                                        config: MonevConfig(), isFinal: true) == nil)
    }
}
