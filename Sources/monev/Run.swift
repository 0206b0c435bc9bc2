import ArgumentParser
import Logging
import MonevCore

/// `monev run`: the main job. Reads a quarter's drop (and the year's earlier quarters), scores it,
/// renders every report into a staging folder and publishes the period folder in one step.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a quarter and publish its reports (the quarter-end job).",
        discussion: """
            With no options: the newest YYYY-QN folder under input/ into reports/<YYYY-QN>/. \
            The period folder is replaced whole or not at all; one run per period at a time. \
            Exit status: 0 clean; 64 usage (also: unknown --unit code, --unit with no published \
            run, a bad --config); 65 rows were rejected (reports still written and list them; with \
            --strict nothing is written); 66 input folder or required file missing; 73 output \
            cannot be written; 75 another run holds the lock for that period. See docs/operations.md.
            """)

    @Option(help: "Input root holding one folder per quarter (YYYY-QN).")
    var input: String = "input"

    @Option(help: "Period to process, YYYY-QN (default: the newest folder under --input).")
    var period: String?

    @Option(help: "Output root; the period's reports go to <out>/<YYYY-QN>/.")
    var out: String = "reports"

    @Option(name: .customLong("unit"), help: ArgumentHelp(
        "Regenerate only this unit's reports in the published period folder (repeatable).", valueName: "CODE"))
    var units: [String] = []

    @Option(help: "Settings file (YAML); defaults apply without it.")
    var config: String?

    @Flag(help: "Publish nothing if any input row is rejected.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print warnings and errors only.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print debug detail (every input problem, every file written).")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if let period, Period(period) == nil { throw ValidationError("--period '\(period)' is not a period like 2026-Q3") }
        if units.contains(where: \.isEmpty) { throw ValidationError("--unit needs a unit code") }
    }

    func run() throws {
        let level = Verbosity.level(quiet: quiet, verbose: verbose)
        LoggingSystem.bootstrap { _ in StderrLogHandler(logLevel: level) }
        let logger = Logger(label: "monev")
        let job = PeriodRun(options: .init(input: input, period: period.flatMap(Period.init), out: out, units: units,
                                           config: config, strict: strict, showProgress: !quiet),
                            logger: logger)
        let status: ExitStatus
        do {
            status = try job.execute()
        } catch {
            logger.error("\(error.message)")
            throw error.status.exitCode
        }
        if status != .ok { throw status.exitCode }
    }
}
