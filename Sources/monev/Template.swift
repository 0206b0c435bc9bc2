import ArgumentParser
import MonevCore
import MonevRender
import XLSX

/// `monev template`: the blank forms of a quarter, made from the latest earlier drop (SOP step 1).
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a quarter's blank input files and per-unit forms from the latest earlier drop.",
        discussion: """
            Writes <input>/<period>/ unit_kerja.csv, indikator.csv, pegawai.csv, skp.csv, \
            perilaku.csv and tambahan.csv with the earlier drop's units, employees, indicators and \
            SKP activities, definitions and targets filled in and realisations empty, and \
            <input>/<period>/format-isian/format-isian-<unit>-<period>.xlsx for each unit. \
            A file that exists is never overwritten (it is kept and listed). Exit status: 0 done; \
            64 usage; 65 rows of the earlier drop were rejected and are not in the template \
            (the files are still written); 66 no earlier drop, or its folder lacks a required file; \
            73 a file cannot be written. See docs/workflow.md.
            """)

    @Option(help: "Input root holding one folder per quarter (YYYY-QN).")
    var input: String = "input"

    @Option(help: "The quarter to make forms for, YYYY-QN.")
    var period: String

    @Option(help: "Settings file (YAML) for the letterhead of the forms; defaults apply without it.")
    var config: String?

    func run() throws {
        guard let period = Period(period) else {
            StandardError.shared.writeLine("monev template: error: --period `\(self.period)` is not a period like 2026-Q4")
            throw ExitStatus.usage.exitCode
        }
        let config = try WorkflowFiles.loadConfig(self.config, command: "template")
        guard let source = WorkflowFiles.periods(in: input).last(where: { $0 < period }) else {
            StandardError.shared.writeLine("monev template: error: no drop before \(period) under \(input) to make the forms from")
            throw ExitStatus.noInput.exitCode
        }

        var diagnostics = Diagnostics()
        let drop: QuarterDrop
        do {
            drop = try Ingestion.load(period: source, from: FileSystemInput(root: input), diagnostics: &diagnostics).current
        } catch {
            for line in error.report(inputRoot: input) { StandardError.shared.writeLine(line) }
            throw ExitStatus.noInput.exitCode
        }
        // Rows the earlier drop rejected cannot be carried over: say which, so they are added by hand.
        let rejected = diagnostics.sorted.filter { $0.severity == .error && $0.file.hasPrefix("\(source)/") }
        for d in rejected { StandardError.shared.writeLine(d.description + " (not carried into the \(period) template)") }

        let template = DropTemplate(period: period, from: drop)
        let folder = "\(input)/\(period)"
        var created: [String] = [], kept: [String] = []
        do {
            try WorkflowFiles.makeFolder(folder + "/format-isian")
            for file in template.files {
                let path = "\(folder)/\(file.name)"
                let wrote = try WorkflowFiles.createNew(path) { temporary throws(WorkflowFiles.WriteError) in
                    try WorkflowFiles.writeBytes(Array(file.text.utf8), to: temporary)
                }
                wrote ? created.append(path) : kept.append(path)
            }
            for unit in template.units {
                guard let workbook = FormatIsian.workbook(unit: unit.kode, of: template, organisation: config.organisation) else { continue }
                let path = "\(folder)/format-isian/\(FormatIsian.fileName(unit: unit.kode, period: period))"
                let wrote = try WorkflowFiles.createNew(path) { temporary throws(WorkflowFiles.WriteError) in
                    do {
                        try XLSXWriter.write(workbook, to: temporary, temporaryDirectory: folder)
                    } catch {
                        throw WorkflowFiles.WriteError(path: path, reason: "\(error)")
                    }
                }
                wrote ? created.append(path) : kept.append(path)
            }
        } catch {
            StandardError.shared.writeLine("monev template: error: cannot write \(error)")
            throw ExitStatus.cannotCreate.exitCode
        }

        for path in created { print("created \(path)") }
        for path in kept { print("kept \(path) (it exists; not overwritten)") }
        print("\(period): made from \(source): \(template.units.count) units, \(template.indicators.count) indicators, "
              + "\(template.employees.count) employees, \(template.activities.count) SKP activities; "
              + "\(created.count) files created, \(kept.count) kept")
        if template.startsNewYear {
            StandardError.shared.writeLine("note: \(period) starts a new year: the indicator targets are left empty (set them from the new Perjanjian Kinerja), and the SKP targets are last year's (update them from the new SKP)")
        }
        if !rejected.isEmpty {
            StandardError.shared.writeLine("monev template: \(rejected.count) rejected row\(rejected.count == 1 ? "" : "s") of \(source) are not in the template (listed above)")
            throw ExitStatus.dataError.exitCode
        }
    }
}
