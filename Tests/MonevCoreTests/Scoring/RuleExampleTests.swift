import Testing
import MonevCore

/// The worked examples that live beside each rule, run as tests (to the cent).
@Suite struct RuleExampleTests {
    @Test(arguments: ActivityScoring.examples)
    func activity(_ example: ActivityScoring.Example) {
        let s = ActivityScoring.score(example.activity)
        #expect(s.kuantitas.formatted() == example.expected.kuantitas)
        #expect(s.kualitas.formatted() == example.expected.kualitas)
        #expect(s.waktu.formatted() == example.expected.waktu)
        #expect(s.biaya?.formatted() == example.expected.biaya)
        #expect(s.nilaiCapaian.formatted() == example.expected.nilai)
        #expect(s.perhitungan == s.kuantitas + s.kualitas + s.waktu + (s.biaya ?? 0))
    }

    @Test(arguments: EmployeeScoring.examples)
    func employee(_ example: EmployeeScoring.Example) {
        let s = EmployeeScoring.score(example.employee, activities: example.activities, behaviour: example.behaviour,
                                      additionalTasks: example.additionalTasks, bandReading: .lowerBound)
        let x = example.expected
        #expect(s.rataCapaianSKP?.formatted() == x.rataCapaianSKP)
        #expect(s.nilaiTugasTambahan.formatted() == x.nilaiTugasTambahan)
        #expect(s.nilaiKreativitas.formatted() == x.nilaiKreativitas)
        #expect(s.nilaiSKP?.formatted() == x.nilaiSKP)
        #expect(s.nilaiPerilaku?.formatted() == x.nilaiPerilaku)
        #expect(s.nilaiPrestasi?.formatted() == x.nilaiPrestasi)
        #expect(s.sebutan == x.sebutan)
        #expect(s.incomplete == x.incomplete)
        #expect((s.nilaiPrestasi == nil) == (s.incomplete != nil))
        #expect(s.activities.map(\.activity.no) == example.activities.map(\.no))
    }

    @Test(arguments: EmployeeScoring.tugasTambahanExamples)
    func tugasTambahan(_ example: (count: Int, poin: ExactDecimal)) {
        #expect(EmployeeScoring.nilaiTugasTambahan(count: example.count) == example.poin)
    }

    @Test(arguments: Achievement.examples)
    func achievement(_ example: Achievement.Example) {
        let c = Achievement.capaian(target: example.target, realisasi: example.realisasi, polaritas: example.polaritas,
                                    formula: example.formula)
        #expect(c?.formatted() == example.expected)
    }

    @Test(arguments: IndicatorScoring.examples)
    func aggregation(_ example: IndicatorScoring.Example) {
        let k = IndicatorScoring.kumulatif(example.quarterValues, agregasi: example.agregasi)
        #expect(k.target?.formatted() == example.expected.target)
        #expect(k.realisasi?.formatted() == example.expected.realisasi)
    }

    @Test(arguments: UnitScoring.examples)
    func unitMean(_ example: UnitScoring.Example) {
        #expect(UnitScoring.rataCapaian(example.capaianKumulatif, options: ScoringOptions())?.formatted() == example.expected)
    }

    @Test(arguments: Bands.examples)
    func bands(_ example: Bands.Example) {
        #expect(Bands.sebutan(example.value, reading: example.reading) == example.sebutan)
        #expect(Bands.kategori(example.value, reading: example.reading) == example.kategori)
    }
}
