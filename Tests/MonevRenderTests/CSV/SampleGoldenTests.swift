import Testing
import MonevCore
import MonevRender

/// The committed sample (`input/2026-Q1…Q3`) through ingestion and scoring to the five result
/// files, compared with Golden/sample-2026-Q3/ (re-record with MONEV_RECORD_GOLDEN=1).
@Suite struct SampleGoldenTests {
    @Test func resultFilesOfTheSample() throws {
        let run = try MarkdownSample.run(MarkdownSample.files())
        try Golden.check(ResultCSV.capaianIndikator(run.scores), "sample-2026-Q3/capaian_indikator.csv")
        try Golden.check(ResultCSV.nilaiKegiatan(run.scores), "sample-2026-Q3/nilai_kegiatan.csv")
        try Golden.check(ResultCSV.nilaiPegawai(run.scores), "sample-2026-Q3/nilai_pegawai.csv")
        try Golden.check(ResultCSV.ringkasanUnit(run.scores), "sample-2026-Q3/ringkasan_unit.csv")
        try Golden.check(ResultCSV.masalahData(run.diagnostics), "sample-2026-Q3/masalah_data.csv")
    }
}
