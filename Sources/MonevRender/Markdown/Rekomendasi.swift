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
        document.paragraph("Tindak lanjut atas rekomendasi berikut dilaporkan oleh setiap unit kerja pada monev \(Indonesian.nextQuarter(period)).")
        document.numbered(items)
    }

    private func indicatorFollowUps(_ u: UnitSummary) -> [MarkdownText] {
        let low = findings.lowKeys, notComputable = findings.notComputableKeys, shortfalls = findings.shortfallByKey
        return (findings.indicatorsByUnit[u.unit.kode] ?? []).compactMap { a in
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
            if shortfall != nil && period.quarter == 4 {
                s.append("Penyebab tidak tercapainya target agar diuraikan dalam laporan kinerja tahunan dan menjadi bahan penetapan target tahun berikutnya.")
            } else if isLow || shortfall != nil {
                s.append(improvementAction(a, low: isLow, shortfall))
            }
            if notComputable.contains(key) {
                s.append("Target indikator ini agar diperbaiki, atau cara pengukurannya disepakati dengan tim monev, sehingga capaiannya dapat dinilai.")
            }
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
        let against: MarkdownText = positif ? "di bawah target tahunan \(t)" : "melampaui batas target tahunan \(t)"
        if period.quarter == 4 {
            return "Realisasi akhir tahun \(p), \(against)."
        }
        switch i.agregasi {
        case .kumulatif:
            return "Realisasi \(sampaiDengan) \(r); dengan laju yang sama realisasi akhir tahun diperkirakan \(p), \(against)."
        case .terakhir, .rataRata:
            let plan = Indonesian.quantity(s.achievement.targetKumulatif, i.satuan)
            let now: MarkdownText = i.agregasi == .terakhir ? "Nilai \(Indonesian.quarterShort(period)) \(r) dari target triwulan \(plan)"
                                                            : "Rata-rata realisasi \(sampaiDengan) \(r) dari rata-rata target \(plan)"
            let capaian: MarkdownText = s.achievement.capaianKumulatif.map { " (capaian \(Indonesian.percent($0)))" } ?? ""
            let atYearEnd: MarkdownText = i.agregasi == .terakhir ? "nilai akhir tahun" : "rata-rata akhir tahun"
            return "\(now)\(capaian); bila tingkat ini bertahan, \(atYearEnd) diperkirakan \(p), \(against)."
        }
    }

    /// What the unit should do. Low achievement asks for its causes and a recovery plan; a pace
    /// that only falls short of the annual target asks for the pace to rise (or, lower being
    /// better, to be held down). For a kumulatif indicator it adds the figure the remaining
    /// quarters must reach (positif) or stay under (negatif) for the annual target to hold.
    private func improvementAction(_ a: IndicatorAchievement, low: Bool, _ shortfall: ReportFindings.Shortfall?) -> MarkdownText {
        let i = a.indicator
        let positif = i.polaritas == .positif
        var action: MarkdownText = switch (low, positif) {
        case (true, true): "Kepala unit kerja agar menelaah penyebab rendahnya capaian dan menetapkan langkah percepatan"
        case (true, false): "Kepala unit kerja agar menelaah penyebab rendahnya capaian dan menetapkan langkah pengendalian"
        case (false, true): i.agregasi == .kumulatif ? "Kepala unit kerja agar meningkatkan laju realisasi indikator ini"
                                                     : "Kepala unit kerja agar meningkatkan nilai indikator ini"
        case (false, false): i.agregasi == .kumulatif ? "Kepala unit kerja agar menekan laju realisasi indikator ini"
                                                      : "Kepala unit kerja agar menekan nilai indikator ini"
        }
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
        guard let incomplete = findings.incompleteByUnit[u.unit.kode], !incomplete.isEmpty else { return nil }
        let names = incomplete.map { e -> MarkdownText in "\(e.employee.nama) (\((e.incomplete ?? .neither).rawValue))" }
        let when: MarkdownText = model.isFinal ? "pada penilaian \(Indonesian.nextQuarter(period))" : "sebelum laporan ini ditetapkan"
        return "**\(Indonesian.unit(u.unit)), penilaian prestasi kerja.** Sebanyak \(incomplete.count) pegawai belum dinilai: \(names.joined(separator: "; ")). Kepala unit kerja agar melengkapi data tersebut \(when)."
    }
}
