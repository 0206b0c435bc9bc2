import Foundation
import Testing
import MonevCore
import MonevRender

/// Province scale (the peer benchmark's size: 60 units, 48,000 employees, 263,000 SKP activities,
/// 3 quarters): prints how long scoring, report models and the result CSVs take. Off unless
/// MONEV_BENCH=1 (run it through scripts/bench-scoring, in release mode); it checks counts, never times.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MONEV_BENCH"] == "1"))
struct ScaleBenchmark {
    static func provinceInput() -> InputSet {
        let period = Period(year: 2026, quarter: 3)!
        var drops = (1...3).map { QuarterDrop(period: Period(year: 2026, quarter: $0)!) }
        for u in 0..<60 {
            let kode = "U" + String(u + 100)
            drops[2].units.append(UnitKerja(kode: kode, nama: "Unit \(u)", source: SourceLocation(file: "2026-Q3/unit_kerja.csv", line: u + 2)))
            for i in 0..<20 {
                for q in 0..<3 {
                    drops[q].indicators.append(Indicator(
                        kodeUnit: kode, kode: "IK\(i)", nama: "Indikator \(i)", satuan: "persen", polaritas: i % 4 == 0 ? .negatif : .positif,
                        agregasi: [.kumulatif, .terakhir, .rataRata][i % 3], targetTahunan: 400, targetTriwulan: 100,
                        realisasiTriwulan: ExactDecimal(70 + (u * 7 + i * 13 + q * 5) % 60),
                        source: SourceLocation(file: "\(drops[q].period)/indikator.csv", line: drops[q].indicators.count + 2)))
                }
            }
        }
        for e in 0..<48_000 {
            let unique = NIP(unchecked: String(198_001_012_005_000_000 + UInt64(e)))
            drops[2].employees.append(Employee(nip: unique, nama: "Pegawai \(e)", pangkatGolongan: "III/a", jabatan: "Pelaksana",
                                               kodeUnit: "U" + String(e % 60 + 100), jenisJabatan: e % 10 == 0 ? .struktural : .pelaksana,
                                               source: SourceLocation(file: "2026-Q3/pegawai.csv", line: e + 2)))
            let activities = e < 23_000 ? 6 : 5 // 23,000 × 6 + 25,000 × 5 = 263,000
            for a in 0..<activities {
                let hasBudget = a == 0
                drops[2].activities.append(SKPActivity(
                    nip: unique, no: a + 1, kegiatan: "Kegiatan \(a + 1)", targetKuantitas: 12, satuanKuantitas: "laporan",
                    targetKualitas: 100, targetWaktu: 12, targetBiaya: hasBudget ? 150_000_000 : nil,
                    realisasiKuantitas: ExactDecimal(10 + (e + a) % 4), realisasiKualitas: ExactDecimal(80 + (e * 3 + a) % 21),
                    realisasiWaktu: ExactDecimal(9 + (e + a * 5) % 6), realisasiBiaya: hasBudget ? 140_000_000 : nil,
                    source: SourceLocation(file: "2026-Q3/skp.csv", line: drops[2].activities.count + 2)))
            }
            if e % 50 != 0 {
                let v = ExactDecimal(70 + e % 30)
                drops[2].behaviours.append(BehaviourScores(nip: unique, orientasiPelayanan: v, integritas: v, komitmen: 80, disiplin: 85,
                                                           kerjaSama: 75, kepemimpinan: e % 10 == 0 ? 78 : nil,
                                                           source: SourceLocation(file: "2026-Q3/perilaku.csv", line: e + 2)))
            }
        }
        return InputSet(period: period, current: drops[2], history: [drops[0], drops[1]])
    }

    @Test func provinceScale() {
        let clock = ContinuousClock()
        var t = clock.now
        func lap(_ what: String) {
            let now = clock.now
            print("bench: \(what): \(now - t)")
            t = now
        }
        let input = Self.provinceInput()
        lap("generate input (not part of the pipeline)")
        var diagnostics = Diagnostics()
        let scores = Scoring.score(input, options: ScoringOptions(), diagnostics: &diagnostics)
        lap("Scoring.score")
        let previous = Scoring.previousQuarterUnits(input, options: ScoringOptions())
        lap("Scoring.previousQuarterUnits")
        _ = ReportModelBuilder.consolidated(scores: scores, previousUnits: previous, diagnostics: diagnostics.items, config: MonevConfig(), isFinal: true)
        let units = scores.units.compactMap {
            ReportModelBuilder.unit($0.unit.kode, scores: scores, previousUnits: previous, diagnostics: diagnostics.items, config: MonevConfig(), isFinal: true)
        }
        lap("ReportModelBuilder, consolidated + \(units.count) units")
        let texts = [ResultCSV.capaianIndikator(scores), ResultCSV.nilaiKegiatan(scores), ResultCSV.nilaiPegawai(scores),
                     ResultCSV.ringkasanUnit(scores), ResultCSV.masalahData(diagnostics.items)]
        lap("ResultCSV, 5 files, \(texts.reduce(0) { $0 + $1.utf8.count }) bytes")
        #expect(scores.employees.reduce(0) { $0 + $1.activities.count } == 263_000)
        #expect(scores.indicators.count == 1_200)
        #expect(units.count == 60)
    }
}
