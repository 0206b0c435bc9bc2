import ArgumentParser
import Foundation
import MonevCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `monev validate`: reads a drop exactly as `monev run` would and prints every problem found,
/// so the units that sent the data can fix it before the real run.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a quarterly drop and print every problem found.",
        discussion: """
            Prints one line per problem (path:line:column: error|warning: message, paths relative \
            to the input root), then a summary. Exit status: 0 no errors (warnings allowed), \
            65 rows were rejected, 66 the period folder or a required file is missing, 64 usage.
            """)

    @Option(help: "Input root holding one folder per quarter (YYYY-QN).")
    var input: String = "input"

    @Option(help: "Period to check, YYYY-QN.")
    var period: String

    func run() throws {
        guard let period = Period(period) else {
            StandardError.shared.writeLine("monev validate: error: --period `\(self.period)` is not a period like 2026-Q3")
            throw ExitStatus.usage.exitCode
        }
        var diagnostics = Diagnostics()
        let source = FileSystemInput(root: input)
        let drop: StreamedDrop
        do {
            drop = try StreamedDrop.index(period: period, from: source, diagnostics: &diagnostics)
        } catch {
            for d in diagnostics.sorted { print(d.description) }
            for line in error.report(inputRoot: input) { StandardError.shared.writeLine(line) }
            throw ExitStatus.noInput.exitCode
        }
        // Read as `monev run` reads it: each unit's rows read back and checked, on every core,
        // keeping only their problems, so memory does not grow with the drop.
        let perUnit = Slots<[Diagnostic]>(count: drop.units.count)
        DispatchQueue.concurrentPerform(iterations: drop.units.count) { u in
            var own = Diagnostics()
            _ = drop.unitDrop(u, from: source, diagnostics: &own)
            perUnit[u] = own.items
        }
        for items in perUnit.values { diagnostics.append(contentsOf: Diagnostics(items)) }
        for d in diagnostics.sorted { print(d.description) }
        print(Self.summary(period, rowCounts: drop.rowCounts, diagnostics))
        if diagnostics.hasErrors { throw ExitStatus.dataError.exitCode }
    }

    /// `2026-Q3 in input: rows read 2026-Q3/skp.csv 297, …; 0 errors, 2 warnings`
    static func summary(_ period: Period, rowCounts: [String: Int], _ diagnostics: Diagnostics) -> String {
        let counts = rowCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(period): rows read: \(counts); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// Problems that stop the command go to standard error, apart from the report on stdout.
}
