import Testing
import MonevCore

/// Exactness beyond the cent where the rules depend on it.
@Suite struct ActivityScoringTests {
    @Test func efficiencyOfExactly24ScoresExactly100() {
        // 100 − 9.12/12 × 100 is exactly 24: the first branch, exactly 100 (not 76).
        #expect(ActivityScoring.efficiencyScore(target: 12, realisasi: "9.12") == 100)
    }

    @Test(arguments: [ExactDecimal(12), 6, "0.5", 170_395_000])
    func onTargetScoresExactly76(_ t: ExactDecimal) {
        #expect(ActivityScoring.efficiencyScore(target: t, realisasi: t) == 76)
    }

    @Test func atOnePointSevenSixTimesTargetScoresExactlyZeroAndBeyondIsNegative() {
        #expect(ActivityScoring.efficiencyScore(target: 12, realisasi: "21.12") == 0)
        #expect(ActivityScoring.efficiencyScore(target: 12, realisasi: "21.13") < 0)
        #expect(ActivityScoring.efficiencyScore(target: 100_000_000, realisasi: 200_000_000) == -24)
    }

    @Test func savingBranchMirrorsAround100() {
        // The rules' E > 24 branch mirrors around 100: 12/6 (E = 50) gives 50, 12/0 (E = 100) gives 0.
        #expect(ActivityScoring.efficiencyScore(target: 12, realisasi: 6) == 50)
        #expect(ActivityScoring.efficiencyScore(target: 12, realisasi: 0) == 0)
    }

    @Test func wholeExampleMeanToFourPlaces() {
        let example = EmployeeScoring.examples[0]
        let s = EmployeeScoring.score(example.employee, activities: example.activities, behaviour: example.behaviour,
                                      additionalTasks: example.additionalTasks, bandReading: .lowerBound)
        #expect(s.activities.map { $0.nilaiCapaian.formatted(places: 4) } == ["86.7500", "83.6667", "87.2222"])
        #expect(s.rataCapaianSKP?.formatted(places: 4) == "85.8796")
        #expect(s.nilaiPerilaku == 80)
        #expect(s.nilaiPrestasi?.formatted(places: 4) == "85.9278")
    }

    @Test func nilaiPrestasiUsesUnroundedParts() {
        // 0.6 × 83.335 + 0.4 × 80 = 82.001; from parts rounded first it would be 0.6 × 83.34 + 32 = 82.004.
        #expect(EmployeeScoring.nilaiPrestasi(nilaiSKP: "83.335", nilaiPerilaku: 80) == "82.001")
    }

    @Test func upperBoundReadingChangesTheSebutanOf90Point50() {
        let example = EmployeeScoring.examples.first { $0.expected.nilaiPrestasi == "90.50" }!
        let upper = EmployeeScoring.score(example.employee, activities: example.activities, behaviour: example.behaviour,
                                          additionalTasks: example.additionalTasks, bandReading: .upperBound)
        #expect(upper.sebutan == .sangatBaik)
    }
}
