import Foundation
import Testing

/// Runs the built `monev` binary (`.build/debug/monev`, built by `swift test` because this target
/// depends on the executable) and captures what it prints.
private struct ValidateRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    init(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent(".build/debug/monev")
        process.arguments = ["validate"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

/// A scratch input root holding the given files (relative path → text), removed afterwards.
private func withInput<R>(_ files: [String: String], _ body: (String) throws -> R) throws -> R {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("monev-validate-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return try body(root.path)
}

@Suite("monev validate")
struct ValidateCommandTests {
    @Test("the committed sample is clean: exit 0 and a summary of rows read")
    func sample() throws {
        let run = try ValidateRun(["--input", ValidateRun.repository.appendingPathComponent("input").path, "--period", "2026-Q3"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.last?.hasPrefix("2026-Q3: rows read: 2026-Q1/indikator.csv ") == true)
        #expect(lines.last?.hasSuffix("; 0 errors, 0 warnings") == true)
    }

    @Test("rejected rows: each printed as path:line:column, sorted, then the summary; exit 65")
    func rejectedRows() throws {
        let files = [
            "2026-Q1/unit_kerja.csv": "kode_unit,nama_unit\nU1,Bagian Hukum\nU/2,Bagian Umum\n",
            "2026-Q1/indikator.csv": "kode_unit,kode_indikator,nama_indikator,satuan,polaritas,agregasi,target_tahunan,target_triwulan,realisasi_triwulan\nU1,IK.01,Produk hukum,dokumen,positif,kumulatif,40,10,1.234\n",
        ]
        let run = try withInput(files) { try ValidateRun(["--input", $0, "--period", "2026-Q1"]) }
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "2026-Q1: warning: no pegawai.csv, skp.csv or perilaku.csv: a units-only run (indicators are checked, no employee is scored)",
            "2026-Q1/indikator.csv:2:realisasi_triwulan: error: realisasi_triwulan: `1.234` is ambiguous: `.` may group thousands (1234) or mark decimals; write 1234 for the whole number, or add a decimal digit for the fraction",
            "2026-Q1/unit_kerja.csv:3:kode_unit: error: kode_unit: a unit code must not contain `/` (it names a folder of the output)",
            "2026-Q1: rows read: 2026-Q1/indikator.csv 1, 2026-Q1/unit_kerja.csv 2; 2 errors, 1 warning",
        ])
    }

    @Test("a missing period folder or required file: exit 66, said on stderr")
    func missingInput() throws {
        let noFolder = try withInput(["2026-Q1/unit_kerja.csv": "kode_unit,nama_unit\n"]) { try ValidateRun(["--input", $0, "--period", "2026-Q2"]) }
        #expect(noFolder.status == 66)
        #expect(noFolder.stderr.contains("/2026-Q2: error: the period folder does not exist"))
        let noFile = try withInput(["2026-Q1/unit_kerja.csv": "kode_unit,nama_unit\n"]) { try ValidateRun(["--input", $0, "--period", "2026-Q1"]) }
        #expect(noFile.status == 66)
        #expect(noFile.stderr.contains("/2026-Q1/indikator.csv: error: required file is missing"))
    }

    @Test("a malformed period is a usage error: exit 64", arguments: ["2026Q3", "2026-Q5", "Q3-2026"])
    func malformedPeriod(_ period: String) throws {
        let run = try ValidateRun(["--input", "/nonexistent", "--period", period])
        #expect(run.status == 64)
        #expect(run.stderr.contains("is not a period like 2026-Q3"))
    }
}
