import Foundation
import MonevCore

/// Scores and renders a period unit by unit, so that memory holds the records and scores of the
/// units in hand (one per core, plus a few finished ones waiting for the consolidated writer)
/// rather than the whole office's: at four times province scale the office's scores alone are
/// half a gigabyte.
///
/// A full run (without `--forms`) takes one pass over the units, on every core
/// (`RenderContext.renderInOnePass`): each unit's rows are read back, decoded, checked and scored
/// (`StreamedDrop.unitDrop`, `Scoring.scoreUnit`), its workbook and Markdown report are written,
/// and its employees are handed, in unit order, to the consolidated writer, which appends their
/// rows to the consolidated workbook and CSV files while the next units are scored; the sheets
/// and files that need every unit's summary and diagnostics are written after the last.
///
/// `--unit` and `--forms` runs take two: `scoreAll` first scores every unit, keeping its
/// summary, its diagnostics and the few employees who are not scored (the exit status and the
/// forms' appraisers need every unit before the first file is written); `RenderContext.render`
/// then reads and scores the units it renders again (cheaper than holding them).
struct UnitPipeline: Sendable {
    let drop: StreamedDrop
    let source: RecordingInput
    let options: ScoringOptions
    /// The achievements of each unit of `drop.units`, in that order.
    let indicatorsByUnit: [[IndicatorAchievement]]

    init(drop: StreamedDrop, source: RecordingInput, options: ScoringOptions, indicators: [IndicatorAchievement]) {
        self.drop = drop
        self.source = source
        self.options = options
        let grouped = Dictionary(grouping: indicators, by: \.indicator.kodeUnit)
        indicatorsByUnit = drop.units.map { grouped[$0.kode] ?? [] }
    }

    /// What the first pass keeps of one unit.
    struct UnitResult: Sendable {
        var summary: UnitSummary
        /// The diagnostics of the unit's rows and scoring.
        var diagnostics: [Diagnostic]
        /// Positions in the shared diagnostics that belong to this unit (see `Scoring.ScoredUnit`).
        var claimed: [Int]
        var activities: Int
        /// Sum of the nilai prestasi of its scored employees: the office-wide mean is exact.
        var prestasiSum: ExactDecimal
        var incomplete: [EmployeeScore]
        /// Its employees' records, kept only for `--forms` (an appraiser may be in another unit).
        var employees: [Employee]?

        init(_ scored: Scoring.ScoredUnit, diagnostics: [Diagnostic], keepEmployees: Bool) {
            let prestasi = scored.employees.compactMap(\.nilaiPrestasi)
            summary = scored.summary
            self.diagnostics = diagnostics
            claimed = scored.claimed
            activities = scored.employees.reduce(0) { $0 + $1.activities.count }
            prestasiSum = prestasi.reduce(.zero, +)
            incomplete = scored.employees.filter { $0.nilaiPrestasi == nil }
            employees = keepEmployees ? scored.employees.map(\.employee) : nil
        }
    }

    /// The first pass (see the type's comment); results in unit order.
    func scoreAll(shared: [Diagnostic], keepEmployees: Bool) -> [UnitResult] {
        let results = Slots<UnitResult>(count: drop.units.count)
        DispatchQueue.concurrentPerform(iterations: drop.units.count) { u in
            var own = Diagnostics()
            let scored = score(u, shared: shared, diagnostics: &own)
            results[u] = UnitResult(scored, diagnostics: own.items, keepEmployees: keepEmployees)
        }
        return results.values
    }

    /// The run's diagnostics once every unit is scored: `shared` with each unit's claims stamped
    /// with its code (in unit order), then each unit's own, in unit order.
    func diagnostics(shared: [Diagnostic], results: [UnitResult]) -> Diagnostics {
        var shared = shared
        for (u, result) in results.enumerated() {
            for i in result.claimed { shared[i].kodeUnit = drop.units[u].kode }
        }
        var diagnostics = Diagnostics(shared)
        for result in results { diagnostics.append(contentsOf: Diagnostics(result.diagnostics)) }
        return diagnostics
    }

    /// Unit `u` read back and scored; its diagnostics go to `diagnostics`.
    func score(_ u: Int, shared: [Diagnostic] = [], diagnostics: inout Diagnostics) -> Scoring.ScoredUnit {
        let unitDrop = drop.unitDrop(u, from: source, diagnostics: &diagnostics)
        return Scoring.scoreUnit(unitDrop, indicators: indicatorsByUnit[u], shared: shared, own: &diagnostics, options: options)
    }
}

/// One value per index, filled from several threads (each index by one), read once all are.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }

    /// Every value, or nil while one is missing.
    var complete: [Value]? { lock.withLock { slots.contains { $0 == nil } ? nil : slots.map { $0! } } }
}

/// Hands each unit's scored employees from the unit workers to the consolidated writer, in
/// unit order. Bounded: a worker that finishes a unit more than `window` units ahead of the
/// writer waits, so finished units never pile up in memory. `cancel` (after a failure) releases
/// everyone waiting; the run then fails and its staging folder is discarded.
final class UnitHandover: @unchecked Sendable {
    /// What the writer takes of a unit: its employees, and its rows of the two large CSV files
    /// (made by the worker, so that the text is made on every core).
    struct Unit: Sendable {
        var employees: [EmployeeScore]
        var nilaiKegiatan: String
        var nilaiPegawai: String
    }

    private let condition = NSCondition()
    private var ready: [Int: Unit] = [:]
    private var next = 0
    private var cancelled = false
    let window: Int

    init(window: Int) { self.window = window }

    func put(_ unit: Unit, at index: Int) {
        condition.withLock {
            while index >= next + window && !cancelled { condition.wait() }
            ready[index] = unit
            condition.broadcast()
        }
    }

    /// Unit `index` once it is handed over (units are taken in order, each once).
    func take(_ index: Int) -> Unit {
        condition.withLock {
            while ready[index] == nil && !cancelled { condition.wait() }
            next = index + 1
            condition.broadcast()
            return ready.removeValue(forKey: index) ?? Unit(employees: [], nilaiKegiatan: "", nilaiPegawai: "")
        }
    }

    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
        }
    }
}
