import Foundation
import Testing
import MonevCore

@Suite struct ConfigLoaderTests {
    static func load(_ yaml: String) throws -> MonevConfig { try ConfigLoader.load(yaml: yaml, file: "monev.yaml") }

    /// The problems a file produces, as the user sees them.
    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch let error as ConfigError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test(arguments: ["", "# only a comment\n", "---\n", "organisasi:\npenilaian: ~\n"])
    func emptyMeansDefaults(_ yaml: String) throws {
        #expect(try Self.load(yaml) == MonevConfig())
    }

    @Test func documentedExampleLoadsEveryKey() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../docs")
        let yaml = try String(contentsOf: docs.appendingPathComponent("monev.example.yaml"), encoding: .utf8)
        let c = try Self.load(yaml)
        #expect(c.organisation.pemerintah == "PEMERINTAH KABUPATEN SUKAMAJU")
        #expect(c.organisation.alamat == "Jalan Jenderal Sudirman No. 10, Sukamaju 45111")
        #expect(c.organisation.tempat == "Sukamaju")
        #expect(c.organisation.penandatangan == Official(nama: "Drs. H. Bambang Sutrisno, M.Si", nip: NIP(unchecked: "196805121993031007"),
                                                         jabatan: "Sekretaris Daerah"))
        #expect(c.scoring == ScoringOptions())
        // Every key is documented, and the example file shows every key.
        let doc = try String(contentsOf: docs.appendingPathComponent("config.md"), encoding: .utf8)
        for key in ConfigLoader.allKeys {
            #expect(doc.contains("`\(key)`"), "docs/config.md lacks \(key)")
            #expect(yaml.contains(String(key.split(separator: ".")[1]) + ":"), "monev.example.yaml lacks \(key)")
        }
    }

    @Test func scoringOptions() throws {
        let c = try Self.load("""
            penilaian:
              pembacaan_batas: upper_bound
              rumus_polaritas_negatif: t_over_r
              batas_bawah_rata_unit: -10.5
              batas_atas_rata_unit: 150
            """)
        #expect(c.scoring.bandReading == .upperBound)
        #expect(c.scoring.negativeFormula == .tOverR)
        #expect(c.scoring.unitClampLower == "-10.5")
        #expect(c.scoring.unitClampUpper == 150)
    }

    @Test func nipAsNumberOrPrintedFormOrEmpty() throws {
        #expect(try Self.load("penandatangan:\n  nip: 196805121993031007\n").organisation.penandatangan.nip?.digits == "196805121993031007")
        #expect(try Self.load("penandatangan:\n  nip: 19680512 199303 1 007\n").organisation.penandatangan.nip?.digits == "196805121993031007")
        #expect(try Self.load("penandatangan:\n  nip:\n").organisation.penandatangan.nip == nil)
    }

    @Test func unknownKeysGetADidYouMean() {
        #expect(Self.problems("penilaian:\n  pembacaan_bts: upper_bound\n") == [
            "monev.yaml:2:penilaian.pembacaan_bts: error: unknown key 'penilaian.pembacaan_bts'; did you mean 'pembacaan_batas'?",
        ])
        #expect(Self.problems("organization:\n  tempat: X\n") == [
            "monev.yaml:1:organization: error: unknown section 'organization'; did you mean 'organisasi'?",
        ])
        #expect(Self.problems("pembacaan_batas: upper_bound\n") == [
            "monev.yaml:1:pembacaan_batas: error: unknown section 'pembacaan_batas'; did you mean 'penilaian.pembacaan_batas'?",
        ])
        #expect(Self.problems("organisasi:\n  nip: 196805121993031007\n") == [
            "monev.yaml:2:organisasi.nip: error: unknown key 'organisasi.nip'; did you mean 'penandatangan.nip'?",
        ])
        #expect(Self.problems("penilaian:\n  warna: merah\n") == [
            "monev.yaml:2:penilaian.warna: error: unknown key 'penilaian.warna'",
        ])
    }

    @Test func wrongValuesNameTheKey() {
        #expect(Self.problems("""
            penilaian:
              pembacaan_batas: lower_bond
              rumus_polaritas_negatif: 2T-R
              batas_atas_rata_unit: seratus
            penandatangan:
              nip: 19681312199303100
              nama: [a, b]
            organisasi:
              alamat:
            """) == [
            "monev.yaml:2:penilaian.pembacaan_batas: error: 'penilaian.pembacaan_batas': expected one of lower_bound, upper_bound; did you mean 'lower_bound'?",
            "monev.yaml:3:penilaian.rumus_polaritas_negatif: error: 'penilaian.rumus_polaritas_negatif': expected one of 2t_minus_r, t_over_r",
            "monev.yaml:4:penilaian.batas_atas_rata_unit: error: 'penilaian.batas_atas_rata_unit': expected a number such as 120 or 99.5",
            "monev.yaml:6:penandatangan.nip: error: 'penandatangan.nip': `19681312199303100` has 17 digits; a NIP has 18",
            "monev.yaml:7:penandatangan.nama: error: 'penandatangan.nama' expects a single value, not a list or mapping",
            "monev.yaml:9:organisasi.alamat: error: 'organisasi.alamat': has no value (leave the key out to use the default)",
        ])
    }

    /// The config checks a NIP with the input's rule (`NIPRule`, tested with ingestion); the message names the key.
    @Test(arguments: ["196813121993031007", "196805121993033007", "19680512199303100x"])
    func malformedNIP(_ nip: String) throws {
        guard case let .failure(problem) = NIPRule.check(nip, latestYear: 9999) else {
            Issue.record("\(nip) was accepted")
            return
        }
        #expect(Self.problems("penandatangan:\n  nip: \"\(nip)\"\n") == [
            "monev.yaml:2:penandatangan.nip: error: 'penandatangan.nip': \(problem.message)",
        ])
    }

    @Test func structuralProblems() {
        #expect(Self.problems("- a\n- b\n") == [
            "monev.yaml:1: error: the config must be a mapping of sections (organisasi, penandatangan, penilaian)",
        ])
        #expect(Self.problems("penilaian: 5\n") == [
            "monev.yaml:1:penilaian: error: 'penilaian' must be a mapping of keys (penilaian.pembacaan_batas, penilaian.rumus_polaritas_negatif, penilaian.batas_bawah_rata_unit, penilaian.batas_atas_rata_unit)",
        ])
        #expect(Self.problems("penilaian:\n  batas_atas_rata_unit: 1\n  batas_atas_rata_unit: 2\n") == [
            "monev.yaml:3:penilaian.batas_atas_rata_unit: error: 'penilaian.batas_atas_rata_unit' is given twice",
        ])
        #expect(Self.problems("penilaian:\n  batas_bawah_rata_unit: 120\n") == [
            "monev.yaml:penilaian.batas_bawah_rata_unit: error: batas_bawah_rata_unit (120) must be below batas_atas_rata_unit (120)",
        ])
        let broken = Self.problems("penilaian:\n  pembacaan_batas: [upper\n")
        #expect(broken.count == 1)
        #expect(broken.first?.hasPrefix("monev.yaml:") == true && broken.first?.contains("error: not valid YAML") == true)
    }

    @Test func digestIsCanonical() throws {
        let a = try Self.load("penilaian:\n  batas_atas_rata_unit: 120.0\n")
        let b = try Self.load("# comment\npenilaian:\n  batas_atas_rata_unit: 120\n")
        #expect(ConfigLoader.digest(of: a) == ConfigLoader.digest(of: MonevConfig()))
        #expect(ConfigLoader.digest(of: b) == ConfigLoader.digest(of: MonevConfig()))
        let c = try Self.load("penilaian:\n  pembacaan_batas: upper_bound\n")
        #expect(ConfigLoader.digest(of: c) != ConfigLoader.digest(of: MonevConfig()))
        #expect(ConfigLoader.digest(of: MonevConfig()).count == 64)
        #expect(ConfigLoader.digest(of: MonevConfig()) == SHA256Hex.of(Array(ConfigLoader.canonicalText(of: MonevConfig()).utf8)))
        #expect(ConfigLoader.canonicalText(of: MonevConfig()) == """
            organisasi.alamat=Jalan Merdeka No. 1, Contoh 12345
            organisasi.instansi=SEKRETARIAT DAERAH
            organisasi.pemerintah=PEMERINTAH KABUPATEN CONTOH
            organisasi.tempat=Contoh
            penandatangan.jabatan=Sekretaris Daerah
            penandatangan.nama=Nama Sekretaris
            penandatangan.nip=
            penilaian.batas_atas_rata_unit=120
            penilaian.batas_bawah_rata_unit=0
            penilaian.pembacaan_batas=lower_bound
            penilaian.rumus_polaritas_negatif=2t_minus_r

            """)
    }

    @Test func lineBreaksInTextCannotForgeAnotherKey() throws {
        let c = try Self.load("organisasi:\n  alamat: \"A\\npenilaian.pembacaan_batas=upper_bound\"\n")
        #expect(ConfigLoader.canonicalText(of: c).contains("organisasi.alamat=A\\npenilaian.pembacaan_batas=upper_bound\n"))
    }
}
