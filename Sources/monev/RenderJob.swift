import Foundation
import Logging
import MonevCore
import MonevRender
import XLSX

/// One piece of the render stage: makes one or more files in the staging folder. Jobs are
/// independent (each builds its own workbook), so they run on all cores.
struct RenderJob: Sendable {
    /// What the job makes, for `--verbose` timings: `monev-2026-Q3.xlsx`, `unit U1`.
    let label: String
    let make: @Sendable (OutputStaging) throws(RunFailure) -> Void

    /// Runs every job, the first ones first (the consolidated workbook, the largest, starts at
    /// once); stops starting new jobs after the first failure and throws it.
    static func performAll(_ jobs: [RenderJob], into staging: OutputStaging, progress: StageProgress,
                           logger: Logger) throws(RunFailure) {
        let firstFailure = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            guard !firstFailure.happened else { return }
            do throws(RunFailure) {
                let time = try PeriodRun.measure { () throws(RunFailure) in try jobs[index].make(staging) }.1
                logger.debug("  rendered \(jobs[index].label) (\(time))")
            } catch {
                firstFailure.record(error)
            }
            progress.advance()
        }
        if let failure = firstFailure.value { throw failure }
    }
}

private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: RunFailure?

    var happened: Bool { lock.withLock { failure != nil } }
    var value: RunFailure? { lock.withLock { failure } }
    func record(_ error: RunFailure) { lock.withLock { if failure == nil { failure = error } } }
}

/// Everything the renderers draw from, shared read-only by the render jobs. A unit's files come
/// from the same context whether the run is full or `--unit`, which is why they are identical.
struct RenderContext: Sendable {
    let period: Period
    let scores: PeriodScores
    let previousUnits: [UnitSummary]?
    /// In `Diagnostics.sorted` order.
    let diagnostics: [Diagnostic]
    let config: MonevConfig
    /// `--final`: no DRAFT marks. Every other run is a draft for discussion and correction (issue 7's
    /// SOP), and `--final` is refused when rows were rejected, so a final report is never incomplete.
    let isFinal: Bool
    /// Set with `--forms`: who appraises whom, for each employee's Perka BKN forms.
    let appraisal: AppraisalDirectory?

    func consolidatedJobs() -> [RenderJob] {
        let model = ReportModelBuilder.consolidated(scores: scores, previousUnits: previousUnits, diagnostics: diagnostics,
                                                    config: config, isFinal: isFinal)
        let period = period, scores = scores, diagnostics = diagnostics
        // One job, one file after another: the consolidated workbook's model and the largest CSV
        // text are each about as large as the scores, so they are not held at the same time; the
        // other core renders units meanwhile.
        return [
            RenderJob(label: "\(OutputLayout.consolidatedWorkbook(period)), \(OutputLayout.consolidatedMarkdown(period)) and the CSV files") {
                staging throws(RunFailure) in
                try staging.write(workbook: ExcelReport.consolidated(model), to: OutputLayout.consolidatedWorkbook(period))
                try staging.write(text: MarkdownReport.render(model), to: OutputLayout.consolidatedMarkdown(period))
                try staging.write(text: ResultCSV.capaianIndikator(scores), to: "capaian_indikator.csv")
                try staging.write(pieces: ResultCSV.nilaiKegiatanPieces(scores), to: "nilai_kegiatan.csv")
                try staging.write(text: ResultCSV.nilaiPegawai(scores), to: "nilai_pegawai.csv")
                try staging.write(text: ResultCSV.ringkasanUnit(scores), to: "ringkasan_unit.csv")
                try staging.write(text: ResultCSV.masalahData(diagnostics), to: OutputLayout.masalahData)
            },
        ]
    }

    /// The workbook and Markdown report of unit `kode` (a code of `scores.units` that
    /// `UnitFolderName` accepted).
    func unitJob(_ kode: String) -> RenderJob {
        let context = self
        return RenderJob(label: "unit \(kode)") { staging throws(RunFailure) in
            guard let model = ReportModelBuilder.unit(kode, scores: context.scores, previousUnits: context.previousUnits,
                                                      diagnostics: context.diagnostics, config: context.config, isFinal: context.isFinal)
            else { return }
            try staging.write(workbook: ExcelReport.unit(model), to: OutputLayout.unitWorkbook(kode, context.period))
            try staging.write(text: MarkdownReport.render(model), to: OutputLayout.unitMarkdown(kode, context.period))
            if let appraisal = context.appraisal {
                for score in model.employees {
                    try staging.write(workbook: PrestasiKerjaForms.workbook(score, parties: appraisal.parties(of: score.employee), model: model),
                                      to: PrestasiKerjaForms.path(of: score.employee))
                }
            }
        }
    }
}

extension OutputStaging {
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
