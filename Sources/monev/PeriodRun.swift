import Foundation
import Logging
import MonevCore

/// What one `monev run` does, stage by stage: resolve the period, lock it, load, score, render
/// into a staging folder, write run.json, publish. Each stage logs one info line with its counts
/// and time; timings go to standard error only, never into an output file.
struct PeriodRun {
    struct Options {
        var input: String
        /// nil: the newest period folder under `input`.
        var period: Period?
        var out: String
        /// Unit codes to regenerate; empty for a full run.
        var units: [String]
        var config: String?
        var strict: Bool
        var showProgress: Bool
        /// `--final`: refuse rejected rows as `--strict` does, and drop the DRAFT marks.
        var isFinal = false
        /// `--forms`: each employee's Perka BKN 1/2013 forms in the unit folders.
        var forms = false
    }

    let options: Options
    let logger: Logger

    /// Runs the job; returns `.ok` or `.dataError` (rows rejected), throws every other outcome.
    func execute() throws(RunFailure) -> ExitStatus {
        let started = ContinuousClock.now
        let period = try resolvePeriod()
        let config = try loadConfig()
        let requested = Array(Set(options.units)).sorted()

        try OutputStaging.prepareRoot(options.out)
        let lock = try PeriodLock.acquire(outRoot: options.out, period: period)
        defer { withExtendedLifetime(lock) {} }
        for repair in OutputStaging.recoverAndClean(outRoot: options.out, period: period) { logger.info("\(repair)") }
        let target = OutputStaging.targetPath(outRoot: options.out, period: period)
        let published = requested.isEmpty ? nil : try publishedRun(target: target, period: period, regenerating: requested)
        let scope = requested.isEmpty ? "" : ", regenerating unit \(requested.joined(separator: ", ")) only"
        logger.info("monev \(MonevVersion.string): \(period) from \(options.input) into \(target)\(scope)")

        var diagnostics = Diagnostics()
        let source = RecordingInput(root: options.input)
        let drop = try load(period, from: source, diagnostics: &diagnostics)
        if requested.isEmpty && !options.forms {
            let published = try runInOnePass(drop, from: source, config: config, target: target, diagnostics: &diagnostics)
            return conclude(diagnostics, period: period, published: published, rerun: false, target: target, started: started)
        }
        let scored = score(drop, from: source, config: config, diagnostics: &diagnostics)
        report(diagnostics)

        let unknown = requested.filter { kode in !scored.units.contains { $0.unit.kode == kode } }
        guard unknown.isEmpty else {
            let list = scored.units.prefix(12).map(\.unit.kode).joined(separator: ", ")
            throw RunFailure(.usage, "unknown unit code \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in \(period) "
                + "(its units: \(list)\(scored.units.count > 12 ? ", …" : ""))")
        }
        if (options.strict || options.isFinal) && diagnostics.hasErrors {
            logger.error("\(options.isFinal ? "--final" : "--strict"): \(Self.count(diagnostics.errorCount, "error")) in the input, nothing published (\(target) is unchanged)")
            return .dataError
        }

        let inputs = source.readFiles.map { RunManifest.Input(path: $0.key, sha256: $0.value, rows: drop.rowCounts[$0.key] ?? 0) }
        let appraisal = options.forms
            ? AppraisalDirectory(employees: scored.results.flatMap { $0.employees ?? [] }, units: scored.units.map(\.unit),
                                 organisation: config.organisation)
            : nil
        let prestasi = scored.results.reduce(ExactDecimal.zero) { $0 + $1.prestasiSum }
        let context = RenderContext(period: period, pipeline: scored.pipeline, units: scored.units, indicators: scored.indicators,
                                    previousUnits: scored.previousUnits, diagnostics: diagnostics.sorted, config: config,
                                    isFinal: options.isFinal, appraisal: appraisal,
                                    employeeTotals: (scored.results.map(\.summary.jumlahPegawai),
                                                     scored.counts.scoredEmployees == 0 ? nil : prestasi / scored.counts.scoredEmployees,
                                                     scored.results.flatMap(\.incomplete)))
        var counts = scored.counts
        counts.errors = diagnostics.errorCount
        counts.warnings = diagnostics.warningCount
        let units = requested.isEmpty ? nil : requested
        let ordinals = context.units.indices.filter { units?.contains(context.units[$0].unit.kode) ?? true }
        let rendered = ordinals.count { scored.refused[context.units[$0].unit.kode] == nil } + (units == nil ? 1 : 0)
        try renderAndPublish(period: period, config: config, units: units, onto: published, target: target,
                             progressTotal: rendered) { staging, progress throws(RunFailure) in
            try context.render(ordinals, full: units == nil, refused: scored.refused, into: staging, progress: progress, logger: logger)
            return (inputs, counts)
        }
        return conclude(diagnostics, period: period, published: true, rerun: published != nil, target: target, started: started)
    }

    /// The last log lines and the exit status: `.dataError` when rows were rejected (or, with
    /// `published` false, when `--strict`/`--final` refused them).
    private func conclude(_ diagnostics: Diagnostics, period: Period, published: Bool, rerun: Bool, target: String,
                          started: ContinuousClock.Instant) -> ExitStatus {
        let total = Self.seconds(ContinuousClock.now - started)
        guard published else { return .dataError }
        guard diagnostics.hasErrors else {
            logger.info("done in \(total): \(period) published, no input errors")
            return .ok
        }
        let listing = !rerun
            ? "listed in \((target as NSString).appendingPathComponent(OutputLayout.masalahData))"
            : "listed in the regenerated unit reports (\(OutputLayout.masalahData) changes with a full run only)"
        logger.warning("\(Self.count(diagnostics.errorCount, "error")) in the input of \(period): the rejected rows are \(listing) (exit 65)")
        logger.info("done in \(total)")
        return .dataError
    }

    /// A full run without `--forms`: scoring and rendering in one pass (`RenderContext.renderInOnePass`),
    /// the run's diagnostics known only after it. Returns false when `--strict`/`--final` refuse
    /// them: the staging folder is discarded, nothing is published.
    private func runInOnePass(_ drop: StreamedDrop, from source: RecordingInput, config: MonevConfig, target: String,
                              diagnostics: inout Diagnostics) throws(RunFailure) -> Bool {
        let indicators = Scoring.indicatorAchievements(drop.frame, options: config.scoring, diagnostics: &diagnostics)
        let pipeline = UnitPipeline(drop: drop, source: source, options: config.scoring, indicators: indicators)
        let shared = diagnostics.items
        let refused = UnitFolderName.refusals(drop.units.map(\.kode))
        let placeholders = drop.units.map {
            UnitSummary(unit: $0, jumlahIndikator: 0, rataCapaian: nil, kategori: nil, jumlahPegawai: 0, jumlahPegawaiDinilai: 0,
                        rataNilaiPrestasi: nil, sebutanCounts: [:], jumlahBarisDitolak: 0)
        }
        let preview = RenderContext(period: drop.period, pipeline: pipeline, units: placeholders, indicators: indicators,
                                    previousUnits: Scoring.previousQuarterUnits(drop.frame, options: config.scoring),
                                    diagnostics: Diagnostics(shared).sorted, config: config, isFinal: options.isFinal, appraisal: nil,
                                    employeeTotals: (placeholders.map { _ in 0 }, nil, []))
        let refusals = Self.refusalDiagnostics(drop.units, refused: refused)
        var outcome = diagnostics
        let strict = options.strict || options.isFinal
        let published = try renderAndPublish(period: drop.period, config: config, units: nil, onto: nil, target: target,
                                             progressTotal: drop.units.count { refused[$0.kode] == nil } + 1) { staging, progress throws(RunFailure) in
            let (results, time) = try Self.measure { () throws(RunFailure) in
                try preview.renderInOnePass(shared: shared, refusals: refusals, refused: refused, into: staging, progress: progress, logger: logger)
            }
            outcome = pipeline.diagnostics(shared: shared, results: results)
            outcome.append(contentsOf: Diagnostics(refusals))
            var counts = Self.counts(results, indicators: indicators.count)
            // One line per stage as ever; each unit is scored as it is rendered, so this line
            // says so instead of claiming the render stage's time a second time.
            logger.info("score: \(counts.units) units, \(counts.indicators) indicators, \(counts.employees) employees (\(counts.scoredEmployees) scored), \(counts.activities) activities (while rendering, \(time))")
            report(outcome)
            if strict && outcome.hasErrors {
                logger.error("\(options.isFinal ? "--final" : "--strict"): \(Self.count(outcome.errorCount, "error")) in the input, nothing published (\(target) is unchanged)")
                return nil
            }
            counts.errors = outcome.errorCount
            counts.warnings = outcome.warningCount
            let inputs = source.readFiles.map { RunManifest.Input(path: $0.key, sha256: $0.value, rows: drop.rowCounts[$0.key] ?? 0) }
            return (inputs, counts)
        }
        diagnostics = outcome
        return published
    }

    /// What run.json counts of the scored units (errors and warnings are set by the caller).
    static func counts(_ results: [UnitPipeline.UnitResult], indicators: Int) -> RunManifest.Counts {
        RunManifest.Counts(units: results.count, indicators: indicators,
                           employees: results.reduce(0) { $0 + $1.summary.jumlahPegawai },
                           scoredEmployees: results.reduce(0) { $0 + $1.summary.jumlahPegawaiDinilai },
                           activities: results.reduce(0) { $0 + $1.activities }, errors: 0, warnings: 0)
    }

    /// An input error on the unit_kerja.csv row of each unit whose code cannot name a report
    /// folder (ingestion should have rejected it already).
    static func refusalDiagnostics(_ units: [UnitKerja], refused: [String: String]) -> [Diagnostic] {
        units.compactMap { unit in
            refused[unit.kode].map { reason in
                Diagnostic(file: unit.source.file, line: unit.source.line, column: "kode_unit", value: unit.kode, severity: .error,
                           message: "unit code cannot name a report folder: \(reason); its unit reports are not written")
            }
        }
    }

    /// A scored period: each unit's summary and what the reports need besides, and the unit
    /// codes that cannot name a report folder.
    struct ScoredPeriod {
        var pipeline: UnitPipeline
        var results: [UnitPipeline.UnitResult]
        /// `results`' summaries, in report order.
        var units: [UnitSummary]
        var indicators: [IndicatorAchievement]
        var previousUnits: [UnitSummary]?
        var counts: RunManifest.Counts
        /// Unit code → why `UnitFolderName` refused it; those units get no unit reports.
        var refused: [String: String]
    }

    // MARK: Stages

    /// Reads the small files and files the employee rows by unit (`StreamedDrop`): the records
    /// themselves are made unit by unit later, never all at once.
    private func load(_ period: Period, from source: RecordingInput, diagnostics: inout Diagnostics) throws(RunFailure) -> StreamedDrop {
        let (drop, time) = try Self.measure { () throws(RunFailure) -> StreamedDrop in
            do throws(IngestionFailure) {
                return try StreamedDrop.index(period: period, from: source, diagnostics: &diagnostics)
            } catch {
                report(diagnostics)
                throw Self.failure(error, input: options.input)
            }
        }
        let rows = drop.rowCounts.values.reduce(0, +)
        logger.info("load: \(source.readFiles.count) files, \(rows) rows; \(Self.count(diagnostics.errorCount, "error")), \(Self.count(diagnostics.warningCount, "warning")) (\(time))")
        logger.debug("  load: peak memory so far \(Self.peakMemory)")
        return drop
    }

    /// Scores the indicators, then every unit on every core (`UnitPipeline.scoreAll`, which also
    /// checks each unit's employee rows), and reports a unit whose code cannot name a folder as
    /// an input error on its unit_kerja.csv row (ingestion should have rejected it already).
    private func score(_ drop: StreamedDrop, from source: RecordingInput, config: MonevConfig, diagnostics: inout Diagnostics) -> ScoredPeriod {
        let (scored, time) = Self.measure { () -> ScoredPeriod in
            let indicators = Scoring.indicatorAchievements(drop.frame, options: config.scoring, diagnostics: &diagnostics)
            let pipeline = UnitPipeline(drop: drop, source: source, options: config.scoring, indicators: indicators)
            let results = pipeline.scoreAll(shared: diagnostics.items, keepEmployees: options.forms)
            diagnostics = pipeline.diagnostics(shared: diagnostics.items, results: results)
            let counts = Self.counts(results, indicators: indicators.count)
            return ScoredPeriod(pipeline: pipeline, results: results, units: results.map(\.summary), indicators: indicators,
                                previousUnits: Scoring.previousQuarterUnits(drop.frame, options: config.scoring), counts: counts, refused: [:])
        }
        var result = scored
        result.refused = UnitFolderName.refusals(scored.units.map(\.unit.kode))
        diagnostics.append(contentsOf: Diagnostics(Self.refusalDiagnostics(scored.units.map(\.unit), refused: result.refused)))
        let c = scored.counts
        logger.info("score: \(c.units) units, \(c.indicators) indicators, \(c.employees) employees (\(c.scoredEmployees) scored), \(c.activities) activities (\(time))")
        logger.debug("  score: peak memory so far \(Self.peakMemory)")
        return result
    }

    /// Renders into a fresh staging folder (`render` gives run.json's inputs and counts, or nil
    /// to publish nothing), writes run.json and swaps the folder into place; on any failure (or
    /// nil) the staging folder is removed and the published one was never touched. Returns
    /// whether it published. `units` nil: a full run; otherwise only those units, on top of `published`.
    @discardableResult
    private func renderAndPublish(period: Period, config: MonevConfig, units: [String]?, onto published: PublishedRun?, target: String,
                                  progressTotal: Int, render: (OutputStaging, StageProgress) throws(RunFailure) -> ([RunManifest.Input], RunManifest.Counts)?)
        throws(RunFailure) -> Bool {
        let staging = try OutputStaging.create(outRoot: options.out, period: period)
        do throws(RunFailure) {
            let (rendered, renderTime) = try Self.measure { () throws(RunFailure) -> ([RunManifest.Input], RunManifest.Counts)? in
                for path in published?.carried ?? [] { try staging.carryOver(path) }
                let progress = StageProgress("rendering", total: progressTotal, enabled: options.showProgress)
                defer { progress.finish() }
                return try render(staging, progress)
            }
            guard let (inputs, counts) = rendered else {
                staging.discard()
                return false
            }
            let outputs = try staging.manifestOutputs()
            logger.info("render: \(outputs.count) files (\(renderTime))")
            logger.debug("  render: peak memory so far \(Self.peakMemory)")
            for output in outputs { logger.debug("  \(output.path) \(output.bytes) bytes sha256 \(output.sha256)") }

            let configDigest = ConfigLoader.digest(of: config)
            let manifest: RunManifest
            if let published, let units {
                var next = published.manifest.afterRerun(of: units, inputs: inputs, configDigest: configDigest, outputs: outputs)
                // The period is final only while every unit's files are.
                next.isFinal = next.isFinal && options.isFinal
                manifest = next
                warnIfBehind(manifest, period: period)
            } else {
                manifest = RunManifest(toolVersion: MonevVersion.string, period: period, configDigest: configDigest,
                                       isFinal: options.isFinal, inputs: inputs, outputs: outputs, counts: counts)
            }
            let publishTime = try Self.measure { () throws(RunFailure) in
                try staging.write(text: manifest.jsonText(), to: OutputLayout.manifest)
                if let undeleted = try staging.publish() {
                    logger.warning("the previous \(period) outputs remain in \(undeleted); the next run removes them")
                }
            }.1
            logger.info("publish: \(target) with \(outputs.count) files and \(OutputLayout.manifest) (\(publishTime))")
            logger.debug("  publish: peak memory so far \(Self.peakMemory)")
            return true
        } catch {
            staging.discard()
            throw error
        }
    }

    private func resolvePeriod() throws(RunFailure) -> Period {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.input, isDirectory: &isFolder), isFolder.boolValue else {
            throw RunFailure(.noInput, "the input folder \(options.input) does not exist")
        }
        if let period = options.period { return period }
        guard let newest = RecordingInput.newestPeriod(in: options.input) else {
            throw RunFailure(.noInput, "no period folder (YYYY-QN) under \(options.input)")
        }
        return newest
    }

    private func loadConfig() throws(RunFailure) -> MonevConfig {
        try Self.loadConfig(options.config)
    }

    /// The settings file, or the defaults without one: exit 66 when it cannot be read, 64 when it
    /// is not valid. Shared by every command that takes `--config`.
    static func loadConfig(_ path: String?) throws(RunFailure) -> MonevConfig {
        guard let path else { return MonevConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunFailure(.noInput, "the config file \(path) does not exist or cannot be read")
        }
        do {
            return try ConfigLoader.load(yaml: String(decoding: data, as: UTF8.self), file: path)
        } catch {
            throw RunFailure(.usage, "the config file \(path) is not valid:\n\(error)")
        }
    }

    /// Prints the input problems: the first few at info (so a terminal or cron mail shows what
    /// went wrong), all of them with `--verbose`. masalah_data.csv always has the full list.
    private func report(_ diagnostics: Diagnostics) {
        let shown = 20
        for (i, d) in diagnostics.sorted.enumerated() {
            if i < shown { logger.info("\(d.description)") } else { logger.debug("\(d.description)") }
        }
        if diagnostics.items.count > shown {
            logger.info("… \(diagnostics.items.count - shown) more input problems (all in \(OutputLayout.masalahData); --verbose prints them)")
        }
    }

    // MARK: Helpers

    static func failure(_ error: IngestionFailure, input: String) -> RunFailure {
        switch error {
        case .periodFolderMissing(let folder):
            RunFailure(.noInput, "the period folder \((input as NSString).appendingPathComponent(folder)) does not exist")
        case .requiredFilesMissing(let paths):
            RunFailure(.noInput, "required input missing: " + paths.map { (input as NSString).appendingPathComponent($0) }.joined(separator: ", "))
        }
    }

    static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, String) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, seconds(clock.now - start))
    }

    static func seconds(_ duration: Duration) -> String {
        let (s, atto) = duration.components
        return String(format: "%.2f s", Double(s) + Double(atto) / 1e18)
    }

    /// The process's peak resident memory (VmHWM) and what it holds now (VmRSS), for `--verbose`
    /// and scripts/bench: `140 MiB (now 96 MiB)`.
    static var peakMemory: String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "unknown" }
        func mebibytes(_ field: String) -> String {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
                  let kib = Int(line.dropFirst(field.count).trimmingCharacters(in: .whitespaces).split(separator: " ")[0]) else { return "unknown" }
            return "\(kib / 1024) MiB"
        }
        return "\(mebibytes("VmHWM:")) (now \(mebibytes("VmRSS:")))"
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
