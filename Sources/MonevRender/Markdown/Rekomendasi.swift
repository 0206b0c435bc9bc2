import MonevCore

/// Concrete follow-ups drawn from the findings, grouped by unit so each head sees their own list.
/// Every item names the unit and what it is about (an indicator, the unit's data, or its
/// employees), states the facts, and says what to do by when.
extension ReportWriter {
    mutating func rekomendasi() {
        document.heading(2, "Rekomendasi")
        var items: [MarkdownText] = []
        for u in model.units {
            items += indicatorFollowUps(u)
            if let item = rejectedDataFollowUp(u) { items.append(item) }
            if let item = incompleteEmployeesFollowUp(u) { items.append(item) }
        }
        guard !items.isEmpty else {
            document.paragraph("Tidak ada temuan yang memerlukan tindak lanjut khusus. Capaian kinerja dan kelengkapan data agar dipertahankan pada \(Indonesian.nextQuarter(period)).")
            return
        }
        document.numbered(items)
    }

    private var deadline: MarkdownText { "Tindak lanjutnya dilaporkan pada monev \(Indonesian.nextQuarter(period))." }

    private func indicatorFollowUps(_ u: UnitSummary) -> [MarkdownText] {
        let low = Set(findings.lowAchievers.map(\.indicator.key))
        let notComputable = Set(findings.notComputable.map(\.indicator.key))
        let shortfalls = Dictionary(findings.shortfalls.map { ($0.achievement.indicator.key, $0) }, uniquingKeysWith: { a, _ in a })
        return model.indicators.filter { $0.indicator.kodeUnit == u.unit.kode }.compactMap { a in
            let key = a.indicator.key
            let isLow = low.contains(key), shortfall = shortfalls[key]
            guard isLow || shortfall != nil || notComputable.contains(key) else { return nil }
            var s: [MarkdownText] = ["**\(Indonesian.unit(u.unit)), indikator \(Indonesian.indicator(a.indicator)).**"]
            if isLow {
                s.append("Capaian \(sampaiDengan) \(Indonesian.percent(a.capaianKumulatif)) (kategori \(Indonesian.kategori(a.kategori))).")
            }
            if notComputable.contains(key) {
                s.append("Capaian tidak dapat dihitung karena targetnya nol atau data target dan realisasinya tidak lengkap.")
            }
            if let shortfall { s.append(shortfallFact(shortfall)) }
            let yearClosed = shortfall != nil && period.quarter == 4
            if yearClosed {
                s.append("Penyebab tidak tercapainya target agar diuraikan dalam laporan kinerja tahunan dan menjadi bahan penetapan target tahun berikutnya.")
            } else if isLow || shortfall != nil {
                s.append(improvementAction(a, shortfall))
            }
            if notComputable.contains(key) {
                s.append("Target indikator ini agar diperbaiki, atau cara pengukurannya disepakati dengan tim monev, sehingga capaiannya dapat dinilai.")
            }
            if !yearClosed { s.append(deadline) }
            return s.joined(separator: " ")
        }
    }

    /// The projection in words, with the unit of measure.
    private func shortfallFact(_ s: ReportFindings.Shortfall) -> MarkdownText {
        let i = s.achievement.indicator
        let r = Indonesian.quantity(s.achievement.realisasiKumulatif, i.satuan)
        let p = Indonesian.quantity(s.projection, i.satuan)
        let t = Indonesian.quantity(s.target, i.satuan)
        let positif = i.polaritas == .positif
        let against: MarkdownText = positif ? "dari target tahunan \(t)" : "melampaui batas target tahunan \(t)"
        if period.quarter == 4 {
            return "Realisasi akhir tahun \(p), \(positif ? "di bawah target tahunan" : "melampaui batas target tahunan") \(t)."
        }
        switch i.agregasi {
        case .kumulatif:
            return "Realisasi \(sampaiDengan) \(r); dengan laju yang sama realisasi akhir tahun diperkirakan \(p), \(against)."
        case .terakhir:
            return "Nilai \(Indonesian.quarterShort(period)) \(r), \(positif ? "masih di bawah target tahunan" : "masih di atas batas target tahunan") \(t)."
        case .rataRata:
            return "Rata-rata realisasi \(sampaiDengan) \(r), \(positif ? "di bawah target tahunan" : "di atas batas target tahunan") \(t)."
        }
    }

    /// What the unit should do, with the figure it has to reach where the rules give one: for a
    /// kumulatif indicator, what the remaining quarters must add (positif) or may add at most
    /// (negatif) for the annual target to hold.
    private func improvementAction(_ a: IndicatorAchievement, _ shortfall: ReportFindings.Shortfall?) -> MarkdownText {
        let i = a.indicator
        let positif = i.polaritas == .positif
        var action: MarkdownText = "Kepala unit kerja agar menelaah penyebabnya dan menetapkan langkah \(positif ? "percepatan" : "pengendalian")"
        let remaining = 4 - period.quarter
        if let shortfall, i.agregasi == .kumulatif, remaining > 0, let r = a.realisasiKumulatif {
            let left = (shortfall.target - r) / remaining
            let when: MarkdownText = remaining == 1 ? "pada \(Indonesian.nextQuarter(period))" : "per triwulan pada sisa tahun"
            if positif {
                action = action + "; agar target tahunan tercapai, realisasi \(when) perlu sekurang-kurangnya \(Indonesian.quantity(left, i.satuan))"
            } else if left.rounded(places: 2) > .zero {
                action = action + "; agar batas target tahunan tidak terlampaui, realisasi \(when) paling banyak \(Indonesian.quantity(left, i.satuan))"
            } else if left.rounded(places: 2).isZero {
                action = action + "; batas target tahunan sudah tercapai sehingga realisasi tidak boleh bertambah lagi"
            } else {
                action = action + "; batas target tahunan sudah terlampaui"
            }
        }
        return action + "."
    }

    private func rejectedDataFollowUp(_ u: UnitSummary) -> MarkdownText? {
        guard u.jumlahBarisDitolak > 0 else { return nil }
        let when: MarkdownText = model.isFinal ? "paling lambat pada monev \(Indonesian.nextQuarter(period))" : "sebelum laporan ini ditetapkan"
        return "**\(Indonesian.unit(u.unit)), data masukan.** Sebanyak \(u.jumlahBarisDitolak) baris data ditolak dan tidak ikut dihitung. Kepala unit kerja agar memperbaiki baris tersebut (rincian pada Lampiran C) dan mengirim ulang datanya \(when)."
    }

    private func incompleteEmployeesFollowUp(_ u: UnitSummary) -> MarkdownText? {
        let incomplete = findings.incompleteEmployees.filter { $0.employee.kodeUnit == u.unit.kode }
        guard !incomplete.isEmpty else { return nil }
        let names = incomplete.map { e -> MarkdownText in "\(e.employee.nama) (\((e.incomplete ?? .neither).rawValue))" }
        let when: MarkdownText = model.isFinal ? "pada penilaian \(Indonesian.nextQuarter(period))" : "sebelum laporan ini ditetapkan"
        return "**\(Indonesian.unit(u.unit)), penilaian prestasi kerja.** Sebanyak \(incomplete.count) pegawai belum dinilai: \(names.joined(separator: "; ")). Kepala unit kerja agar melengkapi data tersebut \(when)."
    }
}
