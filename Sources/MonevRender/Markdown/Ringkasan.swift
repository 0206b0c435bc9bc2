import MonevCore

/// The key figures in a few sentences, for a reader who reads nothing else.
extension ReportWriter {
    mutating func ringkasan() {
        document.heading(2, "Ringkasan")
        document.paragraph(coverageSentence())
        document.paragraph(capaianSentences())
        document.paragraph(prestasiSentences())
        document.paragraph(changeSentences())
        document.paragraph(dataSentences())
    }

    private func coverageSentence() -> MarkdownText {
        let f = findings
        if let unit = scopeUnit {
            return "Monitoring dan evaluasi \(Indonesian.quarter(period)) pada \(Indonesian.unit(unit)) mencakup \(f.jumlahIndikator) indikator kinerja dan \(f.jumlahPegawai) pegawai."
        }
        return "Monitoring dan evaluasi \(Indonesian.quarter(period)) mencakup \(model.units.count) unit kerja, \(f.jumlahIndikator) indikator kinerja, dan \(f.jumlahPegawai) pegawai."
    }

    private func capaianSentences() -> MarkdownText {
        let f = findings
        var s: [MarkdownText] = []
        let subject: MarkdownText = scopeUnit.map { "\($0.nama)" } ?? "seluruh unit kerja"
        if let rata = f.rataCapaian {
            let kategori = Bands.kategori(rata, reading: model.scoring.bandReading)
            s.append("Capaian kinerja rata-rata \(subject) \(sampaiDengan) sebesar \(Indonesian.percent(rata)) dan berada pada kategori \(kategori.rawValue).")
        } else {
            s.append("Capaian kinerja rata-rata \(subject) belum dapat dihitung karena tidak ada indikator yang capaiannya dapat dihitung.")
        }
        if isConsolidated {
            let ranked = model.units.filter { $0.rataCapaian != nil }
            if ranked.count >= 2,
               let best = ranked.max(by: { $0.rataCapaian!.rounded(places: 2) < $1.rataCapaian!.rounded(places: 2) }),
               let worst = ranked.min(by: { $0.rataCapaian!.rounded(places: 2) < $1.rataCapaian!.rounded(places: 2) }) {
                s.append("Capaian tertinggi dicapai \(best.unit.nama) (\(Indonesian.percent(best.rataCapaian)), \(Indonesian.kategori(best.kategori))) dan terendah \(worst.unit.nama) (\(Indonesian.percent(worst.rataCapaian)), \(Indonesian.kategori(worst.kategori))).")
            }
        }
        let low = f.lowAchievers.count, short = f.shortfalls.count
        s.append(low == 0 ? "Tidak ada indikator pada kategori Rendah atau Sangat Rendah."
                          : "Sebanyak \(low) indikator berada pada kategori Rendah atau Sangat Rendah.")
        switch (short, period.quarter == 4) {
        case (0, false): s.append("Tidak ada indikator yang diperkirakan gagal mencapai target tahunan.")
        case (0, true): s.append("Seluruh indikator yang memiliki target tahunan mencapai targetnya.")
        case (_, false): s.append("Sebanyak \(short) indikator diperkirakan tidak mencapai target tahunan jika laju realisasinya tetap.")
        case (_, true): s.append("Sebanyak \(short) indikator tidak mencapai target tahunan.")
        }
        if !f.notComputable.isEmpty {
            s.append("Capaian \(f.notComputable.count) indikator tidak dapat dihitung karena targetnya nol atau datanya tidak lengkap.")
        }
        return s.joined(separator: " ")
    }

    private func prestasiSentences() -> MarkdownText {
        let f = findings
        guard f.jumlahPegawai > 0 else { return "Tidak ada data pegawai untuk penilaian prestasi kerja." }
        var s: [MarkdownText] = []
        if let mean = f.rataNilaiPrestasi, f.jumlahPegawaiDinilai > 0 {
            let sebutan = Bands.sebutan(mean, reading: model.scoring.bandReading)
            let who: MarkdownText = f.jumlahPegawaiDinilai == f.jumlahPegawai ? "Seluruh pegawai (\(f.jumlahPegawai) orang)"
                : "Dari \(f.jumlahPegawai) pegawai, \(f.jumlahPegawaiDinilai) orang"
            s.append("\(who) telah dinilai dengan nilai prestasi kerja rata-rata \(Indonesian.score(mean)) (sebutan \(sebutan.rawValue)).")
            let counts = f.sebutanCounts
            let parts = Sebutan.allCases.compactMap { s -> MarkdownText? in
                guard let n = counts[s], n > 0 else { return nil }
                return "\(s.rawValue) \(n) orang"
            }
            s.append("Rincian sebutan: \(Self.series(parts)).")
        } else {
            s.append("Dari \(f.jumlahPegawai) pegawai, belum ada yang dapat dinilai.")
        }
        let incomplete = f.jumlahPegawai - f.jumlahPegawaiDinilai
        if incomplete > 0 {
            s.append("Sebanyak \(incomplete) pegawai belum dapat dinilai karena data SKP atau penilaian perilakunya belum lengkap.")
        }
        return s.joined(separator: " ")
    }

    /// "What changed since the previous quarter", from each unit's rata_capaian then and now.
    private func changeSentences() -> MarkdownText {
        guard let previousPeriod = period.previousInYear else {
            return "\(Indonesian.quarterShort(period)) adalah triwulan pertama tahun berjalan sehingga belum ada pembanding triwulan sebelumnya."
        }
        let then = Indonesian.quarter(previousPeriod)
        guard model.previousUnits != nil else {
            return "Data \(then) tidak tersedia sehingga perubahan dari triwulan sebelumnya tidak dapat disajikan."
        }
        let changes = findings.unitChanges
        guard !changes.isEmpty else { return "Tidak ada unit kerja yang capaiannya dapat dibandingkan dengan \(then)." }
        if !isConsolidated, let c = changes.first {
            var text: MarkdownText = "Dibandingkan \(then), capaian rata-rata \(movement(c)) dari \(Indonesian.percent(c.before)) menjadi \(Indonesian.percent(c.current))"
            if let was = c.previous.kategori, let now = c.unit.kategori {
                text = text + (was == now ? "; kategorinya tetap \(now.rawValue)." : "; kategorinya berubah dari \(was.rawValue) menjadi \(now.rawValue).")
            } else {
                text = text + "."
            }
            return text
        }
        var s: [MarkdownText] = []
        let up = changes.filter { $0.delta > .zero }, down = changes.filter { $0.delta < .zero }
        let same = changes.count - up.count - down.count
        var counts: [MarkdownText] = []
        if !up.isEmpty { counts.append("naik pada \(up.count) unit kerja") }
        if !down.isEmpty { counts.append("turun pada \(down.count) unit kerja") }
        if same > 0 { counts.append("tetap pada \(same) unit kerja") }
        s.append("Dibandingkan \(then), capaian rata-rata \(Self.series(counts)).")
        if let c = up.max(by: { $0.delta < $1.delta }) {
            s.append("Kenaikan terbesar pada \(c.unit.unit.nama), dari \(Indonesian.percent(c.before)) menjadi \(Indonesian.percent(c.current)).")
        }
        if let c = down.min(by: { $0.delta < $1.delta }) {
            s.append("Penurunan terbesar pada \(c.unit.unit.nama), dari \(Indonesian.percent(c.before)) menjadi \(Indonesian.percent(c.current)).")
        }
        let moved = changes.filter { $0.previous.kategori != nil && $0.unit.kategori != nil && $0.previous.kategori != $0.unit.kategori }
        if !moved.isEmpty {
            let list = moved.map { c -> MarkdownText in "\(c.unit.unit.nama) (dari \(Indonesian.kategori(c.previous.kategori)) menjadi \(Indonesian.kategori(c.unit.kategori)))" }
            s.append("Kategori berubah pada \(Self.series(list)).")
        }
        let missing = model.units.count - changes.count
        if missing > 0 { s.append("Sebanyak \(missing) unit kerja tidak memiliki capaian pembanding pada \(then).") }
        return s.joined(separator: " ")
    }

    /// `naik 3,20 poin`, `turun 2,78 poin`, `tidak berubah`.
    func movement(_ c: ReportFindings.UnitChange) -> MarkdownText {
        if c.delta > .zero { return "naik \(Indonesian.score(c.delta)) poin" }
        if c.delta < .zero { return "turun \(Indonesian.score(c.delta.magnitude)) poin" }
        return "tidak berubah"
    }

    private func dataSentences() -> MarkdownText {
        let f = findings
        switch (f.rejectedRowCount, f.warningCount) {
        case (0, 0): return "Seluruh data masukan diterima tanpa kesalahan maupun peringatan."
        case (0, let w): return "Tidak ada baris data yang ditolak; tercatat \(w) peringatan atas data masukan (Lampiran C)."
        case (let r, 0): return "Sebanyak \(r) baris data masukan ditolak dan tidak ikut dihitung (Lampiran C)."
        case (let r, let w): return "Sebanyak \(r) baris data masukan ditolak dan tidak ikut dihitung, dan tercatat \(w) peringatan (Lampiran C)."
        }
    }

    /// `a`, `a dan b`, `a, b, dan c`.
    static func series(_ items: [MarkdownText]) -> MarkdownText {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + " dan " + items[1]
        default: return items.dropLast().joined(separator: ", ") + ", dan " + items[items.count - 1]
        }
    }
}
