import Testing
import MonevCore

/// The whole stage on `Scoring.exampleInput`, against numbers worked out by hand.
@Suite struct ScoringTests {
    static func run(_ input: InputSet = Scoring.exampleInput, options: ScoringOptions = ScoringOptions(),
                    prior: [Diagnostic] = []) -> (PeriodScores, Diagnostics) {
        var diagnostics = Diagnostics(prior)
        let scores = Scoring.score(input, options: options, diagnostics: &diagnostics)
        return (scores, diagnostics)
    }

    static func cents(_ v: ExactDecimal?) -> String { v?.formatted() ?? "" }

    @Test func indicatorsFollowedAcrossQuarters() {
        let (scores, _) = Self.run()
        let rows = scores.indicators.map { a in
            [a.indicator.kodeUnit, a.indicator.kode, Self.cents(a.targetKumulatif), Self.cents(a.realisasiKumulatif),
             Self.cents(a.capaianTriwulan), Self.cents(a.capaianKumulatif), Self.cents(a.capaianTahunan), a.kategori?.rawValue ?? ""]
        }
        #expect(rows == [
            ["U01", "IK01", "75.00", "75.00", "96.00", "100.00", "75.00", "Sangat Tinggi"],
            ["U01", "IK02", "5.00", "4.00", "120.00", "120.00", "120.00", "Sangat Tinggi"],
            ["U01", "IK03", "80.00", "80.00", "112.50", "100.00", "100.00", "Sangat Tinggi"],
            ["U02", "IK01", "0.00", "5.00", "", "", "", ""],
            ["U02", "IK02", "100.00", "45.00", "45.00", "45.00", "45.00", "Sangat Rendah"],
        ])
        let ik03 = scores.indicators[2]
        #expect(ik03.quarters.map(\.period.quarter) == [1, 2, 3])
        #expect(ik03.quarters.map(\.target) == [80, nil, 80])
        #expect(ik03.quarters.map { $0.source?.line } == [4, nil, 4])
    }

    @Test func gapsAndZeroTargetsAreWarnedOnceWithTheirRow() {
        let (_, diagnostics) = Self.run()
        let text = diagnostics.sorted.map(\.description)
        #expect(text == [
            "2026-Q1/indikator.csv:7:kode_indikator: warning: indicator IK09 of unit U02 is not in 2026-Q3/indikator.csv: it is not scored for 2026-Q3",
            "2026-Q3/indikator.csv:4:kode_indikator: warning: indicator IK03 of unit U01 is missing from 2026-Q2/indikator.csv: quarter 2 contributes nothing to its year-to-date values",
            "2026-Q3/indikator.csv:5:target_tahunan: warning: indicator IK01 of unit U02: capaian_tahunan not computable (the target is 0); left empty",
            "2026-Q3/indikator.csv:5:target_triwulan: warning: indicator IK01 of unit U02: capaian_triwulan, capaian_kumulatif not computable (the target is 0); left empty",
            "2026-Q3/skp.csv:8:nip: warning: SKP activity for NIP 198001012005011001 which is not in pegawai.csv: not scored",
        ])
        #expect(diagnostics.errorCount == 0)
        #expect(diagnostics.items.filter { $0.file.hasSuffix("indikator.csv") }.allSatisfy { $0.kodeUnit != nil })
    }

    @Test func missingEarlierDropIsReportedOnceAndLeftOut() {
        var input = Scoring.exampleInput
        input.history.removeFirst()
        let (scores, diagnostics) = Self.run(input)
        let missing = diagnostics.items.filter { $0.file == "2026-Q1/indikator.csv" }
        #expect(missing.map(\.description) == [
            "2026-Q1/indikator.csv: warning: the 2026-Q1 drop is missing: every indicator's year-to-date values leave quarter 1 out",
        ])
        // Listed in missingHistory, the reading stage has reported it: not again.
        input.missingHistory = [Period(year: 2026, quarter: 1)!]
        #expect(!Self.run(input).1.items.contains { $0.file.hasPrefix("2026-Q1") })
        let ik01 = scores.indicators[0]
        #expect(ik01.quarters.map(\.target) == [nil, 30, 25])
        #expect(Self.cents(ik01.capaianKumulatif) == "103.64") // 57 / 55
        #expect(scores.indicators[2].quarters.allSatisfy { $0.period.quarter == 3 || $0.target == nil })
    }

    @Test func employeesSortedAndScored() {
        let (scores, _) = Self.run()
        let rows = scores.employees.map { e in
            [e.employee.kodeUnit, e.employee.nip.digits, Self.cents(e.rataCapaianSKP), Self.cents(e.nilaiSKP),
             Self.cents(e.nilaiPerilaku), Self.cents(e.nilaiPrestasi), e.sebutan?.rawValue ?? e.incomplete?.rawValue ?? ""]
        }
        #expect(rows == [
            ["U01", "197501012000031002", "85.88", "89.88", "80.00", "85.93", "Baik"],
            ["U01", "198203102006042003", "92.00", "92.00", "", "", "tidak ada penilaian perilaku"],
            ["U02", "199105052015031001", "41.67", "41.67", "87.60", "60.04", "Kurang"],
        ])
        #expect(scores.employees[2].activities.map(\.activity.no) == [1, 2])
    }

    @Test func unitSummaries() {
        let (scores, _) = Self.run()
        #expect(scores.units.map(\.unit.kode) == ["U01", "U02", "U03"])
        let rows = scores.units.map { u in
            [u.unit.kode, "\(u.jumlahIndikator)", Self.cents(u.rataCapaian), u.kategori?.rawValue ?? "", "\(u.jumlahPegawai)",
             "\(u.jumlahPegawaiDinilai)", Self.cents(u.rataNilaiPrestasi)]
        }
        #expect(rows == [
            ["U01", "3", "106.67", "Sangat Tinggi", "2", "1", "85.93"],
            ["U02", "2", "45.00", "Sangat Rendah", "1", "1", "60.04"],
            ["U03", "0", "", "", "0", "0", ""],
        ])
        #expect(scores.units[0].sebutanCounts == [.sangatBaik: 0, .baik: 1, .cukup: 0, .kurang: 0, .buruk: 0])
        #expect(scores.units[2].sebutanCounts.count == Sebutan.allCases.count)
    }

    @Test func upperClampIsConfigurable() {
        var options = ScoringOptions()
        options.unitClampUpper = 100
        let (scores, _) = Self.run(options: options)
        #expect(Self.cents(scores.units[0].rataCapaian) == "100.00")
    }

    @Test func tOverRFormulaChangesNegativeIndicators() {
        var options = ScoringOptions()
        options.negativeFormula = .tOverR
        let (scores, _) = Self.run(options: options)
        #expect(Self.cents(scores.indicators[1].capaianKumulatif) == "125.00") // 5 / 4
    }

    @Test func rejectedRowsCountedPerUnitOncePerRow() {
        let prior = [
            // Ingestion knew the unit of this rejected SKP row (two bad cells: one row).
            Diagnostic(file: "2026-Q3/skp.csv", line: 9, column: "target_waktu", value: "0", severity: .error, message: "TW is 0", kodeUnit: "U01"),
            Diagnostic(file: "2026-Q3/skp.csv", line: 9, column: "target_kualitas", value: "x", severity: .error, message: "not a number", kodeUnit: "U01"),
            // A second row with an existing unit code.
            Diagnostic(file: "2026-Q3/unit_kerja.csv", line: 5, column: "kode_unit", value: "U02", severity: .error, message: "duplicate unit"),
            // A warning on a kept row is attributed but not counted.
            Diagnostic(file: "2026-Q3/pegawai.csv", line: 4, column: "nama", value: "", severity: .warning, message: "odd name"),
            // Nothing tells this one's unit.
            Diagnostic(file: "2026-Q3/skp.csv", line: 10, column: "nip", value: "123", severity: .error, message: "malformed NIP"),
        ]
        let (scores, diagnostics) = Self.run(prior: prior)
        #expect(scores.units.map(\.jumlahBarisDitolak) == [1, 1, 0])
        #expect(diagnostics.items.prefix(5).map(\.kodeUnit) == ["U01", "U01", "U02", "U02", nil])
    }

    @Test func previousQuarterUnitsUseThatQuartersIndicators() throws {
        let previous = try #require(Scoring.previousQuarterUnits(Scoring.exampleInput, options: ScoringOptions()))
        #expect(previous.map(\.unit.kode) == ["U01", "U02", "U03"])
        // Q2: U01 IK01 (50, 51) → 102, IK02 (2·5 − 5)/5 → 100; IK03 absent in Q2.
        #expect(previous.map { Self.cents($0.rataCapaian) } == ["101.00", "40.00", ""])
        #expect(previous.map(\.jumlahIndikator) == [2, 2, 0])
        #expect(previous.allSatisfy { $0.jumlahPegawai == 0 && $0.rataNilaiPrestasi == nil })

        var q1 = Scoring.exampleInput
        q1.period = Period(year: 2026, quarter: 1)!
        #expect(Scoring.previousQuarterUnits(q1, options: ScoringOptions()) == nil)
        var gap = Scoring.exampleInput
        gap.history.removeLast()
        #expect(Scoring.previousQuarterUnits(gap, options: ScoringOptions()) == nil)
    }

    @Test func sameInputSameScores() {
        let a = Self.run(), b = Self.run()
        #expect(a.0.indicators == b.0.indicators)
        #expect(a.0.employees == b.0.employees)
        #expect(a.0.units == b.0.units)
        #expect(a.1.items == b.1.items)
    }
}
