import Foundation
import Testing

/// Unit codes and names from the input never become paths outside the output folder.
@Suite struct UnitPathSafetyTests {
    @Test func hostileCodesAndNamesStayInsideTheOutputFolder() throws {
        let w = try GeneratedInput(units: 2, employeesPerUnit: 1).workspace()
        let hostile = ["../../escaped", "..", ".", "/tmp/abs", "a/b", "..\\..\\win", ".hidden", "x\u{7}y", "U1 ", "u1"]
        var unitKerja = try w.read("input/2026-Q3/unit_kerja.csv")
        for (i, kode) in hostile.enumerated() {
            let quoted = "\"" + kode.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            unitKerja += "\(quoted),\"../../name \(i)/\",,,,\n"
        }
        unitKerja += "U9,../../../etc/passwd,,,,\n"
        try unitKerja.write(toFile: w.sub("input/2026-Q3/unit_kerja.csv"), atomically: false, encoding: .utf8)

        let run = try MonevBinary.run(["run"], in: w.path)
        #expect(run.status == 65 || run.status == 0, "\(run.stderr)")
        // Everything in the workspace is the input, or inside reports/.
        var outside: [String] = []
        let walker = FileManager.default.enumerator(atPath: w.path)
        while let relative = walker?.nextObject() as? String {
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
               !relative.hasPrefix("input/"), !relative.hasPrefix("reports/2026-Q3/"), relative != "reports/.2026-Q3.lock" {
                outside.append(relative)
            }
        }
        #expect(outside == [])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/abs"))
        let units = w.entries("reports/2026-Q3/units")
        #expect(units.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") && !$0.contains("\\") })
        #expect(units.contains("U9"))
        #expect(!units.contains("u1") || !units.contains("U1"))
        #expect(OutputFolder.manifestProblems(w.sub("reports/2026-Q3")) == [])
    }
}
