import MonevCore

/// Achievement per unit (with the chart and the change since the previous quarter), then per
/// indicator: quarter, cumulative and annual achievement with the values they come from.
extension ReportWriter {
    mutating func capaianKinerja() {
        document.heading(2, "Capaian Kinerja")
        if isConsolidated {
            capaianPerUnit()
        } else {
            capaianUnit()
        }
        capaianPerIndikator()
    }

    private var clampRange: MarkdownText {
        "\(Indonesian.quantity(model.scoring.unitClampLower))–\(Indonesian.quantity(model.scoring.unitClampUpper)) %"
    }

    private mutating func capaianPerUnit() {
        document.heading(3, "Capaian per Unit Kerja")
        document.paragraph("Capaian rata-rata unit kerja adalah rata-rata capaian \(sampaiDengan) seluruh indikatornya; capaian setiap indikator dibatasi pada rentang \(clampRange) sebelum dirata-ratakan (Lampiran A).")
        let charted = model.units.compactMap { u in u.rataCapaian.map { (u.unit.kode, $0) } }
        if !charted.isEmpty {
            document.fenced(info: "mermaid", MermaidBarChart(
                title: "Capaian Rata-rata Unit Kerja s.d. Triwulan \(period.romanQuarter) Tahun \(period.year) (%)",
                labels: charted.map(\.0), values: charted.map(\.1), options: model.scoring).lines)
        }
        let previous = model.previousUnits != nil ? period.previousInYear : nil
        var columns: [(MarkdownText, MarkdownTable.Alignment)] = [
            ("No", .right), ("Kode", .left), ("Unit Kerja", .left), ("Jumlah Indikator", .right),
            ("Capaian Rata-rata", .right), ("Kategori", .left),
        ]
        if let previous { columns += [("Capaian \(Indonesian.tw(previous))", .right), ("Perubahan (poin)", .right)] }
        var table = MarkdownTable(columns)
        let changes = Dictionary(findings.unitChanges.map { ($0.unit.unit.kode, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, u) in model.units.enumerated() {
            var row: [MarkdownText] = ["\(i + 1)", "\(u.unit.kode)", "\(u.unit.nama)", "\(u.jumlahIndikator)",
                                       Indonesian.percent(u.rataCapaian), Indonesian.kategori(u.kategori)]
            if previous != nil {
                let c = changes[u.unit.kode]
                row += [Indonesian.percent(c?.before), c.map { Indonesian.signedPoints($0.delta) } ?? Indonesian.none]
            }
            table.append(row)
        }
        let rata = findings.rataCapaian
        var total: [MarkdownText] = ["", "", "**Seluruh unit kerja**", "\(findings.jumlahIndikator)", Indonesian.percent(rata),
                                     rata.map { Indonesian.kategori(Bands.kategori($0, reading: model.scoring.bandReading)) } ?? Indonesian.none]
        if previous != nil { total += ["", ""] }
        table.append(total)
        document.table(table)
        let note: MarkdownText = "Baris “Seluruh unit kerja” adalah rata-rata capaian unit kerja di atas, sehingga setiap unit kerja berbobot sama."
        document.paragraph(previous == nil ? note : note + " Perubahan dihitung dari nilai yang telah dibulatkan.")
    }

    private mutating func capaianUnit() {
        document.heading(3, "Capaian Unit Kerja")
        guard let u = model.units.first else {
            document.paragraph("Tidak ada data capaian untuk unit kerja ini.")
            return
        }
        var text: MarkdownText
        if let rata = u.rataCapaian {
            text = "Capaian kinerja rata-rata \(u.unit.nama) \(sampaiDengan) sebesar \(Indonesian.percent(rata)) (kategori \(Indonesian.kategori(u.kategori))), dihitung dari \(u.jumlahIndikator) indikator dengan capaian setiap indikator dibatasi pada rentang \(clampRange)."
        } else {
            text = "Capaian kinerja rata-rata \(u.unit.nama) belum dapat dihitung karena tidak ada indikator yang capaiannya dapat dihitung."
        }
        if let change = findings.unitChanges.first, let previous = period.previousInYear {
            text = text + " Pada \(Indonesian.quarterShort(previous)) capaiannya \(Indonesian.percent(change.before)) (kategori \(Indonesian.kategori(change.previous.kategori)))."
        }
        document.paragraph(text)
        let charted = model.indicators.compactMap { a in a.capaianKumulatif.map { (a.indicator.kode, ReportFindings.clamp($0, model.scoring)) } }
        if charted.count >= 2 {
            document.paragraph("Grafik berikut menunjukkan capaian \(sampaiDengan) setiap indikator, dibatasi pada rentang yang sama.")
            document.fenced(info: "mermaid", MermaidBarChart(
                title: "Capaian Indikator s.d. Triwulan \(period.romanQuarter) Tahun \(period.year) (%)",
                labels: charted.map(\.0), values: charted.map(\.1), options: model.scoring).lines)
        }
    }

    private mutating func capaianPerIndikator() {
        document.heading(3, "Capaian per Indikator")
        guard !model.indicators.isEmpty else {
            document.paragraph("Tidak ada indikator kinerja yang dilaporkan untuk \(Indonesian.quarterShort(period)).")
            return
        }
        document.paragraph("Capaian \(Indonesian.tw(period)) membandingkan realisasi dengan target triwulan ini; capaian \(sdTW) membandingkan realisasi dengan target sejak awal tahun menurut sifat agregasinya; capaian tahunan menunjukkan kemajuan terhadap target tahunan. Untuk indikator negatif, makin rendah realisasi makin baik (rumus pada Lampiran A).")
        if isConsolidated {
            for u in model.units {
                let indicators = findings.indicatorsByUnit[u.unit.kode] ?? []
                document.heading(4, Indonesian.unit(u.unit))
                if indicators.isEmpty {
                    document.paragraph("Tidak ada indikator yang dilaporkan.")
                } else {
                    document.table(indicatorTable(indicators))
                }
            }
        } else {
            document.table(indicatorTable(model.indicators))
        }
        if !findings.notComputable.isEmpty || model.indicators.contains(where: { $0.capaianTriwulan == nil || $0.capaianTahunan == nil }) {
            document.paragraph("Tanda – pada kolom capaian berarti capaian tidak dapat dihitung: targetnya nol atau data target dan realisasinya tidak lengkap.")
        }
    }

    private func indicatorTable(_ achievements: [IndicatorAchievement]) -> MarkdownTable {
        let tw = Indonesian.tw(period)
        var table = MarkdownTable([
            ("Kode", .left), ("Indikator", .left), ("Satuan", .left), ("Sifat", .left),
            ("Target \(tw)", .right), ("Realisasi \(tw)", .right), ("Capaian \(tw)", .right),
            ("Target \(sdTW)", .right), ("Realisasi \(sdTW)", .right), ("Capaian \(sdTW)", .right),
            ("Target Tahunan", .right), ("Capaian Tahunan", .right), ("Kategori", .left),
        ])
        for a in achievements {
            let i = a.indicator
            table.append([
                "\(i.kode)", "\(i.nama)", Indonesian.text(i.satuan), Indonesian.sifat(i),
                Indonesian.quantity(i.targetTriwulan), Indonesian.quantity(i.realisasiTriwulan), Indonesian.percent(a.capaianTriwulan),
                Indonesian.quantity(a.targetKumulatif), Indonesian.quantity(a.realisasiKumulatif), Indonesian.percent(a.capaianKumulatif),
                Indonesian.quantity(i.targetTahunan), Indonesian.percent(a.capaianTahunan), Indonesian.kategori(a.kategori),
            ])
        }
        return table
    }
}

/// A Mermaid `xychart-beta` bar chart, which GitHub, GitLab and most Markdown viewers draw; other
/// viewers show the few lines of source, which still read as a list of values.
///
/// Chart text is Mermaid, not Markdown, so it has its own sanitising: labels keep letters, digits
/// and a few harmless marks (a quote would end the label, `#` and `<` start Mermaid entities and
/// HTML), and values use a dot decimal because that is Mermaid's number syntax. The y axis spans
/// the clamp range of unit means, so bars of different reports compare at a glance.
struct MermaidBarChart {
    var title: String
    var labels: [String]
    var values: [ExactDecimal]
    var options: ScoringOptions

    var lines: [String] {
        let low = min(options.unitClampLower, values.min() ?? .zero)
        let high = max(options.unitClampUpper, values.max() ?? .zero)
        return [
            "xychart-beta",
            "    title \"\(Self.label(title))\"",
            "    x-axis [" + labels.map { "\"\(Self.label($0))\"" }.joined(separator: ", ") + "]",
            "    y-axis \"Capaian (%)\" \(low.formatted(places: 0)) --> \(high.formatted(places: 0))",
            "    bar [" + values.map { $0.formatted(places: 2) }.joined(separator: ", ") + "]",
        ]
    }

    static func label(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for ch in text {
            if ch.isLetter || ch.isNumber || "-.,/()%".contains(ch) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
