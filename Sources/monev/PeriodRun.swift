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
    }

    let options: Options
    let logger: Logger

    /// Runs the job; returns `.ok` or `.dataError` (rows rejected), throws every other outcome.
    func execute() throws(RunFailure) -> ExitStatus {
        let clock = ContinuousClock()
        let started = clock.now
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

        // Load
        var diagnostics = Diagnostics()
        let source = RecordingInput(root: options.input)
        let (inputSet, loadTime) = try Self.measure { () throws(RunFailure) -> InputSet in
            do throws(IngestionFailure) {
                return try Ingestion.load(period: period, from: source, diagnostics: &diagnostics)
            } catch {
                report(diagnostics)
                throw Self.failure(error, input: options.input)
            }
        }
        let rows = inputSet.rowCounts.values.reduce(0, +)
        logger.info("load: \(source.readFiles.count) files, \(rows) rows; \(Self.count(diagnostics.errorCount, "error")), \(Self.count(diagnostics.warningCount, "warning")) (\(loadTime))")

        // Score
        let (scored, scoreTime) = Self.measure {
            (Scoring.score(inputSet, options: config.scoring, diagnostics: &diagnostics),
             Scoring.previousQuarterUnits(inputSet, options: config.scoring))
        }
        let scores = scored.0
        let refused = UnitFolderName.refusals(scores.units.map(\.unit.kode))
        for summary in scores.units {
            guard let reason = refused[summary.unit.kode] else { continue }
            diagnostics.append(Diagnostic(file: summary.unit.source.file, line: summary.unit.source.line, column: "kode_unit",
                                          value: summary.unit.kode, severity: .error,
                                          message: "unit code cannot name a report folder: \(reason); its unit reports are not written"))
        }
        let counts = RunManifest.Counts(scores: scores, diagnostics: diagnostics.items)
        logger.info("score: \(counts.units) units, \(counts.indicators) indicators, \(counts.employees) employees (\(counts.scoredEmployees) scored), \(counts.activities) activities (\(scoreTime))")
        report(diagnostics)

        let known = Set(scores.units.map(\.unit.kode))
        let unknown = requested.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            let list = scores.units.prefix(12).map(\.unit.kode).joined(separator: ", ")
            throw RunFailure(.usage, "unknown unit code \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in \(period) "
                + "(its units: \(list)\(scores.units.count > 12 ? ", …" : ""))")
        }
        if options.strict && diagnostics.hasErrors {
            logger.error("--strict: \(Self.count(diagnostics.errorCount, "error")) in the input, nothing published (\(target) is unchanged)")
            return .dataError
        }

        // Render, record, publish
        let context = RenderContext(period: period, scores: scores, previousUnits: scored.1,
                                    diagnostics: diagnostics.sorted, config: config)
        let units = (requested.isEmpty ? scores.units.map(\.unit.kode) : requested).filter { refused[$0] == nil }
        let staging = try OutputStaging.create(outRoot: options.out, period: period)
        do throws(RunFailure) {
            let renderTime = try Self.measure { () throws(RunFailure) in
                if let published {
                    for path in published.carried { try staging.carryOver(path) }
                }
                let jobs = (published == nil ? context.consolidatedJobs() : []) + units.map(context.unitJob)
                let progress = StageProgress("rendering", total: jobs.count, enabled: options.showProgress)
                defer { progress.finish() }
                try RenderJob.performAll(jobs, into: staging, progress: progress, logger: logger)
            }.1
            let outputs = try staging.manifestOutputs()
            logger.info("render: \(outputs.count) files (\(renderTime))")
            for output in outputs { logger.debug("  \(output.path) \(output.bytes) bytes sha256 \(output.sha256)") }

            let inputs = source.readFiles.map { RunManifest.Input(path: $0.key, sha256: $0.value, rows: inputSet.rowCounts[$0.key] ?? 0) }
            let manifest: RunManifest
            if let published {
                manifest = published.manifest.afterRerun(of: requested, inputs: inputs, configDigest: ConfigLoader.digest(of: config),
                                                         outputs: outputs)
                warnIfBehind(manifest, period: period)
            } else {
                manifest = RunManifest(toolVersion: MonevVersion.string, period: period, configDigest: ConfigLoader.digest(of: config),
                                       isFinal: context.consolidatedIsFinal, inputs: inputs, outputs: outputs, counts: counts)
            }
            let publishTime = try Self.measure { () throws(RunFailure) in
                try staging.write(Array(manifest.jsonText().utf8), to: OutputLayout.manifest)
                if let undeleted = try staging.publish() {
                    logger.warning("the previous \(period) outputs remain in \(undeleted); the next run removes them")
                }
            }.1
            logger.info("publish: \(target) with \(outputs.count) files and \(OutputLayout.manifest) (\(publishTime))")
        } catch {
            staging.discard()
            throw error
        }

        let total = Self.seconds(clock.now - started)
        if diagnostics.hasErrors {
            let listing = (target as NSString).appendingPathComponent(OutputLayout.masalahData)
            logger.warning("\(Self.count(diagnostics.errorCount, "error")) in the input of \(period): the rejected rows are listed in \(listing) (exit 65)")
            logger.info("done in \(total)")
            return .dataError
        }
        logger.info("done in \(total): \(period) published, no input errors")
        return .ok
    }

    // MARK: Stages

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
        guard let path = options.config else { return MonevConfig() }
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

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
