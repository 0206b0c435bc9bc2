import Foundation
import MonevCore
@testable import MonevRender

/// The committed sample drops (`input/` at the repository root) run through the real pipeline:
/// ingestion, scoring, previous-quarter summaries and the report model builder, as `monev run`
/// does. Files are read into memory so a test can add bad rows to a copy.
enum MarkdownSample {
    static let period = Period(year: 2026, quarter: 3)!

    static var inputRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("input")
    }

    /// Every file of the sample, keyed `2026-Q3/skp.csv`.
    static func files() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for folder in try FileManager.default.contentsOfDirectory(atPath: inputRoot.path) {
            let dir = inputRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".csv") {
                files["\(folder)/\(name)"] = try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))
            }
        }
        return files
    }

    struct Run {
        var consolidated: ReportModel
        var scores: PeriodScores
        var previousUnits: [UnitSummary]?
        var diagnostics: [Diagnostic]
        var config: MonevConfig

        func unit(_ kode: String) -> ReportModel? {
            ReportModelBuilder.unit(kode, scores: scores, previousUnits: previousUnits, diagnostics: diagnostics, config: config, isFinal: true)
        }
    }

    static func run(_ files: [String: [UInt8]]) throws -> Run {
        var diagnostics = Diagnostics()
        let config = MonevConfig()
        let input = try Ingestion.load(period: period, from: InMemoryInput(files: files), diagnostics: &diagnostics)
        let scores = Scoring.score(input, options: config.scoring, diagnostics: &diagnostics)
        let previous = Scoring.previousQuarterUnits(input, options: config.scoring)
        let model = ReportModelBuilder.consolidated(scores: scores, previousUnits: previous, diagnostics: diagnostics.items,
                                                    config: config, isFinal: true)
        return Run(consolidated: model, scores: scores, previousUnits: previous, diagnostics: diagnostics.items, config: config)
    }
}
