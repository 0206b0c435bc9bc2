import MonevCore

/// The monev report ("laporan hasil monev") that the monev team drafts, corrects and sends up to
/// the Sekretaris, as CommonMark with GFM tables and one Mermaid chart.
///
/// Sections, in this order: Ringkasan, Capaian Kinerja, Penilaian Prestasi Kerja, Permasalahan,
/// Rekomendasi, Lampiran, then the signature block. The consolidated report (`monev-YYYY-QN.md`)
/// and a unit's report (`units/<kode>/monev-<kode>-YYYY-QN.md`) come from the same code: the
/// scope of the model decides what is per unit and what is per indicator or per employee.
///
/// A pure function of the model: same model, same bytes.
public enum MarkdownReport {
    public static func render(_ model: ReportModel) -> String {
        var writer = ReportWriter(model: model)
        writer.title()
        writer.ringkasan()
        writer.capaianKinerja()
        writer.penilaianPrestasiKerja()
        writer.permasalahan()
        writer.rekomendasi()
        writer.lampiran()
        writer.tandaTangan()
        return writer.document.text
    }
}

/// Holds the model, its findings and the document being written; each section is an extension
/// in its own file.
struct ReportWriter {
    let model: ReportModel
    let findings: ReportFindings
    var document = MarkdownDocument()

    init(model: ReportModel) {
        self.model = model
        self.findings = ReportFindings(model)
    }

    var isConsolidated: Bool { findings.isConsolidated }
    var period: Period { model.period }

    /// The unit of a unit report.
    var scopeUnit: UnitKerja? {
        if case .unit(let unit) = model.scope { return unit }
        return nil
    }

    /// "s.d. TW III" column headers and "sampai dengan Triwulan III" prose.
    var sdTW: MarkdownText { "s.d. \(Indonesian.tw(period))" }
    var sampaiDengan: MarkdownText { "sampai dengan \(Indonesian.quarterShort(period))" }

    mutating func title() {
        document.heading(1, "Laporan Monitoring dan Evaluasi Capaian Kinerja \(Indonesian.quarter(period))")
        if !model.isFinal {
            document.paragraph("> **DRAFT** — laporan ini belum final dan belum ditandatangani. Angka dapat berubah setelah data yang ditolak diperbaiki.")
        }
        let org = model.organisation
        document.lines([MarkdownText(escaping: org.pemerintah), MarkdownText(escaping: org.instansi), MarkdownText(escaping: org.alamat)]
            .filter { !$0.isEmpty })
        var about: [MarkdownText] = []
        if let unit = scopeUnit { about.append("Unit kerja: **\(unit.nama)** (\(unit.kode))") }
        about.append("Periode: \(Indonesian.quarterSpan(period))")
        document.lines(about)
    }

    /// Signature block: place and date, title, name, NIP. A unit report whose unit file names no
    /// head gets dotted lines to fill in by hand, as printed forms do.
    mutating func tandaTangan() {
        document.thematicBreak()
        let date: MarkdownText = "\(model.organisation.tempat), \(period.endDateIndonesian)"
        guard let official = model.signatory else {
            let jabatan: MarkdownText = scopeUnit.map { "Kepala \($0.nama)," } ?? "Penandatangan,"
            document.lines([date, jabatan])
            document.lines(["………………………………", "NIP ………………………………"])
            return
        }
        document.lines([date, "\(official.jabatan),"])
        document.lines(["**\(official.nama)**", official.nip.map { "NIP \(Indonesian.nip($0))" } ?? "NIP –"])
    }
}
