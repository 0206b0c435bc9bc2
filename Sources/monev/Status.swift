import ArgumentParser
import Foundation
import MonevCore

/// `monev status`: who has reported (SOP step 2).
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, per unit, whether its indicator realisations, SKP realisations and behaviour scores are in.",
        discussion: """
            Prints each unit and what is missing, by indicator code and NIP. Writes nothing unless \
            --out names a file (a CSV reminder list, one row per unit and part). Exit status: \
            0 everything is in; 65 something is missing, or rows have other errors (`monev validate` \
            lists them); 64 usage; 66 the period folder or a required file is missing; \
            73 --out cannot be written. See docs/workflow.md.
            """)

    @Option(help: "Input root holding one folder per quarter (YYYY-QN).")
    var input: String = "input"

    @Option(help: "Period to check, YYYY-QN.")
    var period: String

    @Option(help: ArgumentHelp("Also write the status as CSV to this file.", valueName: "FILE"))
    var out: String?

    func run() throws {
        guard let period = Period(period) else {
            StandardError.shared.writeLine("monev status: error: --period `\(self.period)` is not a period like 2026-Q4")
            throw ExitStatus.usage.exitCode
        }
        let status: DropStatus
        do {
            status = try DropStatus.read(period: period, from: FileSystemInput(root: input))
        } catch {
            for line in error.report(inputRoot: input) { StandardError.shared.writeLine(line) }
            throw ExitStatus.noInput.exitCode
        }
        print(status.report, terminator: "")
        if let out {
            do {
                // Replaced whole: written beside the target, then renamed over it.
                let temporary = out + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
                try WorkflowFiles.writeBytes(Array(status.csvText.utf8), to: temporary)
                if rename(temporary, out) != 0 {
                    let reason = String(cString: strerror(errno))
                    unlink(temporary)
                    throw WorkflowFiles.WriteError(path: out, reason: reason)
                }
            } catch {
                StandardError.shared.writeLine("monev status: error: cannot write \(error)")
                throw ExitStatus.cannotCreate.exitCode
            }
        }
        if !status.isComplete || !status.otherErrors.isEmpty { throw ExitStatus.dataError.exitCode }
    }
}
