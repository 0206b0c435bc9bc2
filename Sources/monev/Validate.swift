import ArgumentParser
import MonevCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a quarterly drop and print every problem found.")

    @Option(help: "Input root holding one folder per quarter (YYYY-QN).")
    var input: String = "input"

    @Option(help: "Period to check, YYYY-QN.")
    var period: String

    func run() throws {
        // Implemented with the ingestion stage (issue 2).
        throw ExitStatus.usage.exitCode
    }
}
