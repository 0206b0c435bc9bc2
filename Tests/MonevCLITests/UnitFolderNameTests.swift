import Foundation
import Testing
@testable import monev

/// The unit code is the one piece of input that becomes a path; these tests try to make it
/// escape the output folder.
@Suite struct UnitFolderNameTests {
    @Test(arguments: ["DINKES", "1.02.01", "Dinas Kesehatan", "BAPPEDA-2", "ñandú", "a..b"])
    func acceptsOrdinaryCodes(_ kode: String) {
        #expect(UnitFolderName.problem(kode) == nil)
    }

    @Test(arguments: [
        ("", "empty"), (".", "starts with a dot"), ("..", "starts with a dot"), ("../etc", "starts with a dot"),
        ("a/b", "\"/\""), ("..\\..\\win", "starts with a dot"), ("a\\b", "\"\\\""), (".hidden", "starts with a dot"),
        ("x\u{0}y", "control character"), ("x\ny", "control character"), ("C:", "\":\""), ("ends.", "ends with a dot"),
        ("ends ", "ends with a dot or space"), (String(repeating: "é", count: 101), "longer than 200 bytes"),
    ])
    func refusesCodesThatAreNotSafeNames(_ kode: String, _ reason: String) throws {
        let problem = try #require(UnitFolderName.problem(kode))
        #expect(problem.contains(reason))
    }

    @Test func codesDifferingOnlyInCaseCannotShareAFolder() {
        let refused = UnitFolderName.refusals(["dinkes", "BAPPEDA", "DINKES", "../x"])
        #expect(refused.keys.sorted() == ["../x", "dinkes"])
        #expect(refused["dinkes"] == "it differs from \"DINKES\" only in letter case")
    }

    /// Random codes over an alphabet rich in path syntax: every code accepted names exactly one
    /// folder directly inside `units/`.
    @Test func everyAcceptedCodeStaysInsideTheUnitsFolder() {
        let alphabet: [Character] = ["/", "\\", ".", " ", "a", "B", "1", "-", "~", "\u{0}", "\n", ":", "é", "%", "$"]
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<5_000 {
            let kode = String((0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            guard UnitFolderName.problem(kode) == nil else { continue }
            accepted += 1
            let folder = ("/out/2026-Q3/units" as NSString).appendingPathComponent(kode)
            #expect((folder as NSString).standardizingPath == folder, "\(kode.debugDescription)")
            #expect((folder as NSString).deletingLastPathComponent == "/out/2026-Q3/units", "\(kode.debugDescription)")
            #expect(!kode.contains("/") && !kode.contains("\\") && !kode.hasPrefix("."))
        }
        #expect(accepted > 100)
    }
}
