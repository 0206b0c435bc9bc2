import Foundation
import Logging
import MonevCore
import MonevRender
import XLSX

/// The first failure of the render stage's threads; later ones are dropped.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: RunFailure?

    var happened: Bool { lock.withLock { failure != nil } }
    var value: RunFailure? { lock.withLock { failure } }
    func record(_ error: RunFailure) { lock.withLock { if failure == nil { failure = error } } }
}

/// Everything the renderers draw from, shared read-only by the render threads. A unit's files
/// come from the same context whether the run is full or `--unit`, which is why they are identical.
struct RenderContext: Sendable {
    let period: Period
    let pipeline: UnitPipeline
    /// Unit summaries in report order (those of `pipeline.drop.units`).
    let units: [UnitSummary]
    let indicators: [IndicatorAchievement]
    let previousUnits: [UnitSummary]?
    /// In `Diagnostics.sorted` order.
    let diagnostics: [Diagnostic]
    let config: MonevConfig
    /// `--final`: no DRAFT marks. Every other run is a draft for discussion and correction (issue 7's
    /// SOP), and `--final` is refused when rows were rejected, so a final report is never incomplete.
    let isFinal: Bool
    /// Set with `--forms`: who appraises whom, for each employee's Perka BKN forms.
    let appraisal: AppraisalDirectory?
    /// Employees per unit, the office-wide mean nilai prestasi and the employees not scored.
    let employeeTotals: (counts: [Int], rataNilaiPrestasi: ExactDecimal?, incomplete: [EmployeeScore])

    /// Renders unit `ordinals` (every unit for a full run, `full`, which also writes the
    /// consolidated files), skipping the unit reports of `refused` codes. Units run on every core;
    /// a full run's consolidated writer runs on a thread of its own and takes the units' employees
    /// in unit order as they are scored (`UnitHandover`). Stops starting units after the first
    /// failure and throws it.
    func render(_ ordinals: [Int], full: Bool, refused: [String: String], into staging: OutputStaging,
                progress: StageProgress, logger: Logger) throws(RunFailure) {
        // A few units ahead of the writer: enough to keep both cores busy, little to hold.
        let handover = full ? UnitHandover(window: 4) : nil
        try performUnits(ordinals.count, handover: handover, progress: progress, logger: logger,
                         consolidated: { () throws(RunFailure) in try writeConsolidated(handover!, into: staging) }) { k throws(RunFailure) in
            let u = ordinals[k]
            let rendered = refused[units[u].unit.kode] == nil
            try renderUnit(u, writing: rendered, handover: handover, into: staging)
            return rendered ? "unit \(units[u].unit.kode)" : nil
        }
    }

    /// Runs `unit(k)` for every k below `count` on every core and, when `handover` is given,
    /// `consolidated` on a thread of its own (it takes the units' employees from `handover` in
    /// unit order). `unit` returns what it rendered, for `--verbose` and the progress line, or nil
    /// when it rendered no file. Stops starting units after the first failure, releases whoever
    /// waits on the handover (a unit that will not come), waits for the writer and throws the
    /// first failure.
    private func performUnits(_ count: Int, handover: UnitHandover?, progress: StageProgress, logger: Logger,
                              consolidated: @escaping @Sendable () throws(RunFailure) -> Void,
                              unit: @Sendable (Int) throws(RunFailure) -> String?) throws(RunFailure) {
        let failure = FirstFailure()
        let consolidatedDone = DispatchSemaphore(value: 0)
        if let handover {
            let writer = Thread {
                defer { consolidatedDone.signal() }
                do throws(RunFailure) {
                    let time = try PeriodRun.measure { () throws(RunFailure) in try consolidated() }.1
                    logger.debug("  rendered the consolidated files (\(time))")
                } catch {
                    failure.record(error)
                    handover.cancel()
                }
                progress.advance()
            }
            writer.stackSize = 16 << 20
            writer.start()
        }
        DispatchQueue.concurrentPerform(iterations: count) { k in
            guard !failure.happened else { return }
            do throws(RunFailure) {
                let (label, time) = try PeriodRun.measure { () throws(RunFailure) in try unit(k) }
                if let label {
                    logger.debug("  rendered \(label) (\(time))")
                    progress.advance()
                }
            } catch {
                failure.record(error)
                handover?.cancel()
            }
        }
        if failure.happened { handover?.cancel() }
        if handover != nil { consolidatedDone.wait() }
        if let error = failure.value { throw error }
    }

    /// Unit `u` scored again; its employees handed to the consolidated writer (full run), then
    /// its workbook and Markdown report (and forms) written unless `writing` is false.
    private func renderUnit(_ u: Int, writing: Bool, handover: UnitHandover?, into staging: OutputStaging) throws(RunFailure) {
        var given = Diagnostics()  // reported by the first pass already
        let employees = pipeline.score(u, diagnostics: &given).employees
        try renderUnit(u, summary: units[u], employees: employees, diagnostics: diagnostics, writing: writing, handover: handover, into: staging)
    }

    /// Unit `u` scored (`summary`, `employees`): its employees handed over, its files written
    /// unless `writing` is false. `diagnostics` holds at least those attributed to the unit.
    func renderUnit(_ u: Int, summary: UnitSummary, employees: [EmployeeScore], diagnostics: [Diagnostic], writing: Bool,
                    handover: UnitHandover?, into staging: OutputStaging) throws(RunFailure) {
        handover?.put(UnitHandover.Unit(employees: employees, nilaiKegiatan: ResultCSV.nilaiKegiatan(employees, header: false),
                                        nilaiPegawai: ResultCSV.nilaiPegawai(employees, header: false)), at: u)
        guard writing else { return }
        let kode = summary.unit.kode
        let scores = PeriodScores(period: period, units: [summary], indicators: pipeline.indicatorsByUnit[u], employees: employees)
        guard let model = ReportModelBuilder.unit(kode, scores: scores, previousUnits: previousUnits, diagnostics: diagnostics,
                                                  config: config, isFinal: isFinal)
        else { return }
        try staging.write(workbook: ExcelReport.unit(model), to: OutputLayout.unitWorkbook(kode, period))
        try staging.write(text: MarkdownReport.render(model), to: OutputLayout.unitMarkdown(kode, period))
        if let appraisal {
            for score in model.employees {
                try staging.write(workbook: PrestasiKerjaForms.workbook(score, parties: appraisal.parties(of: score.employee), model: model),
                                  to: PrestasiKerjaForms.path(of: score.employee))
            }
        }
    }

    /// The office-wide files: the workbook (its Nilai Pegawai rows taken unit by unit from
    /// `handover`, each unit's CSV rows appended as it is taken), the Markdown report and the CSVs.
    /// One pass (`completed` set): this context has every unit but placeholder summaries,
    /// diagnostics and totals; `completed` gives the real one once the last unit is handed over,
    /// and the workbook's sheets that need every unit are made from it then.
    func writeConsolidated(_ handover: UnitHandover, into staging: OutputStaging,
                           completed: (@Sendable () -> RenderContext)? = nil) throws(RunFailure) {
        let nilaiKegiatan = try staging.open("nilai_kegiatan.csv")
        let nilaiPegawai = try staging.open("nilai_pegawai.csv")
        nilaiKegiatan.append(ResultCSV.nilaiKegiatan([], header: true))
        nilaiPegawai.append(ResultCSV.nilaiPegawai([], header: true))
        var model = consolidatedModel
        model.employeeStream?.unit = { k in
            let unit = handover.take(k)
            nilaiKegiatan.append(unit.nilaiKegiatan)
            nilaiPegawai.append(unit.nilaiPegawai)
            return unit.employees
        }
        let workbook = completed.map { completed in ExcelReport.consolidated(model) { completed().consolidatedModel } }
            ?? ExcelReport.consolidated(model)
        try staging.write(workbook: workbook, to: OutputLayout.consolidatedWorkbook(period))
        try nilaiKegiatan.close()
        try nilaiPegawai.close()
        let done = completed?() ?? self
        try staging.write(text: MarkdownReport.render(done.consolidatedModel), to: OutputLayout.consolidatedMarkdown(period))
        let scores = PeriodScores(period: period, units: done.units, indicators: indicators, employees: [])
        try staging.write(text: ResultCSV.capaianIndikator(scores), to: "capaian_indikator.csv")
        try staging.write(text: ResultCSV.ringkasanUnit(scores), to: "ringkasan_unit.csv")
        try staging.write(text: ResultCSV.masalahData(done.diagnostics), to: OutputLayout.masalahData)
    }

    /// The consolidated model of this context (its units, diagnostics and totals); its employee
    /// stream gives no employees (the writer sets where they come from).
    var consolidatedModel: ReportModel {
        var model = ReportModelBuilder.consolidated(scores: PeriodScores(period: period, units: units, indicators: indicators, employees: []),
                                                    previousUnits: previousUnits, diagnostics: diagnostics, config: config, isFinal: isFinal)
        model.employeeStream = EmployeeStream(counts: employeeTotals.counts, rataNilaiPrestasi: employeeTotals.rataNilaiPrestasi,
                                              incomplete: employeeTotals.incomplete) { _ in [] }
        return model
    }
}

extension OutputStaging {
    /// A file written piece by piece as its pieces are made (`PieceFile`).
    func open(_ relative: String) throws(RunFailure) -> PieceFile {
        let path = try prepare(relative)
        guard let file = PieceFile(path) else { throw RunFailure(.cannotCreate, "cannot write \(path): \(Posix.describe(errno))") }
        return file
    }

    func write(text: String, to relative: String) throws(RunFailure) {
        var text = text
        // A native string is contiguous UTF-8 already: written from its own storage, not copied.
        let failure = text.withUTF8 { utf8 -> RunFailure? in
            do throws(RunFailure) { try write(utf8, to: relative) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    func write(workbook: XLSXWorkbook, to relative: String) throws(RunFailure) {
        let path = try prepare(relative)
        do {
            // The library streams sheet rows through temporary files: keep them on the output's
            // disk (a full disk fails this run, not /tmp) and inside the folder a failure discards.
            try XLSXWriter.write(workbook, to: path, temporaryDirectory: folder)
        } catch {
            throw RunFailure(.cannotCreate, "cannot write \(path): \(error)")
        }
    }

    /// run.json's `outputs`: every file now in the staging folder with its SHA-256 and size,
    /// read back from disk so the manifest describes exactly the bytes that get published.
    func manifestOutputs() throws(RunFailure) -> [RunManifest.Output] {
        var outputs: [RunManifest.Output] = []
        for relative in files() where relative != OutputLayout.manifest {
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let (sha256, size) = Posix.sha256(ofFile: path) else {
                throw RunFailure(.cannotCreate, "cannot read back \(path)")
            }
            outputs.append(RunManifest.Output(path: relative, sha256: sha256, bytes: size))
        }
        return outputs
    }
}

extension RenderContext {
    /// A full run in one pass: each unit is read, scored and rendered once, on every core; the
    /// consolidated writer streams its employees as they come and makes what needs every unit
    /// after the last (`ExcelReport.consolidated(_:completed:)`). This context has every unit
    /// with placeholder summaries, `shared` as its diagnostics and placeholder totals; the
    /// diagnostics of the run are `shared`, the units' and then `refusals`. Returns each unit's
    /// result, in unit order.
    func renderInOnePass(shared: [Diagnostic], refusals: [Diagnostic], refused: [String: String], into staging: OutputStaging,
                         progress: StageProgress, logger: Logger) throws(RunFailure) -> [UnitPipeline.UnitResult] {
        let handover = UnitHandover(window: 4)
        let results = Slots<UnitPipeline.UnitResult>(count: units.count)
        let completed = Completion(results: results, shared: shared, refusals: refusals, preview: self)
        try performUnits(units.count, handover: handover, progress: progress, logger: logger,
                         consolidated: { () throws(RunFailure) in try writeConsolidated(handover, into: staging) { completed.context } }) { u throws(RunFailure) in
            let kode = units[u].unit.kode
            var own = Diagnostics()
            let scored = pipeline.score(u, shared: shared, diagnostics: &own)
            results[u] = UnitPipeline.UnitResult(scored, diagnostics: own.items, keepEmployees: false)
            var attributed = shared
            for i in scored.claimed { attributed[i].kodeUnit = kode }
            let rendered = refused[kode] == nil
            try renderUnit(u, summary: scored.summary, employees: scored.employees, diagnostics: attributed + own.items,
                           writing: rendered, handover: handover, into: staging)
            return rendered ? "unit \(kode)" : nil
        }
        return results.values
    }

    /// The context once every unit is scored, made once when first asked for (by the
    /// consolidated writer, after the last unit is handed over). Before that, or after a failure
    /// left a unit unscored, the preview.
    final class Completion: @unchecked Sendable {
        private let lock = NSLock()
        private let results: Slots<UnitPipeline.UnitResult>
        private let shared: [Diagnostic]
        private let refusals: [Diagnostic]
        private let preview: RenderContext
        private var made: RenderContext?

        init(results: Slots<UnitPipeline.UnitResult>, shared: [Diagnostic], refusals: [Diagnostic], preview: RenderContext) {
            self.results = results
            self.shared = shared
            self.refusals = refusals
            self.preview = preview
        }

        var context: RenderContext {
            lock.withLock {
                if let made { return made }
                guard let values = results.complete else { return preview }
                var diagnostics = preview.pipeline.diagnostics(shared: shared, results: values)
                diagnostics.append(contentsOf: Diagnostics(refusals))
                let scored = values.reduce(0) { $0 + $1.summary.jumlahPegawaiDinilai }
                let prestasi = values.reduce(ExactDecimal.zero) { $0 + $1.prestasiSum }
                let p = preview
                let context = RenderContext(period: p.period, pipeline: p.pipeline, units: values.map(\.summary), indicators: p.indicators,
                                            previousUnits: p.previousUnits, diagnostics: diagnostics.sorted, config: p.config,
                                            isFinal: p.isFinal, appraisal: nil,
                                            employeeTotals: (values.map(\.summary.jumlahPegawai), scored == 0 ? nil : prestasi / scored,
                                                             values.flatMap(\.incomplete)))
                made = context
                return context
            }
        }
    }
}
