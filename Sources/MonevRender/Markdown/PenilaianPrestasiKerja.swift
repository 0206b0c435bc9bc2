import MonevCore

/// The sebutan distribution per unit and overall, each employee's score in a unit report, and the
/// employees who could not be scored (never counted as 0).
extension ReportWriter {
    mutating func penilaianPrestasiKerja() {
        document.heading(2, "Penilaian Prestasi Kerja")
        document.paragraph("Nilai prestasi kerja pegawai terdiri atas 60 % nilai Sasaran Kerja Pegawai (SKP) dan 40 % nilai perilaku kerja (PP 46/2011; rumus pada Lampiran A).")
        sebaranSebutan()
        if !isConsolidated { nilaiPegawai() }
        pegawaiBelumDinilai()
    }

    private mutating func sebaranSebutan() {
        document.heading(3, "Sebaran Sebutan")
        var columns: [(MarkdownText, MarkdownTable.Alignment)] = [("Kode", .left), ("Unit Kerja", .left), ("Jumlah Pegawai", .right),
                                                                  ("Dinilai", .right), ("Rata-rata Nilai Prestasi", .right)]
        columns += Sebutan.allCases.map { (MarkdownText(source: $0.rawValue), .right) }
        var table = MarkdownTable(columns)
        for u in model.units {
            table.append(["\(u.unit.kode)", "\(u.unit.nama)", "\(u.jumlahPegawai)", "\(u.jumlahPegawaiDinilai)", Indonesian.score(u.rataNilaiPrestasi)]
                         + Sebutan.allCases.map { "\(u.sebutanCounts[$0] ?? 0)" })
        }
        if isConsolidated {
            let counts = findings.sebutanCounts
            table.append(["", "**Jumlah**", "\(findings.jumlahPegawai)", "\(findings.jumlahPegawaiDinilai)", Indonesian.score(findings.rataNilaiPrestasi)]
                         + Sebutan.allCases.map { "\(counts[$0] ?? 0)" })
        }
        document.table(table)
        if isConsolidated {
            document.paragraph("Rata-rata pada baris Jumlah dihitung atas seluruh pegawai yang dinilai.")
        }
    }

    private mutating func nilaiPegawai() {
        document.heading(3, "Nilai Prestasi Kerja Pegawai")
        let scored = findings.scoredEmployees
        guard !scored.isEmpty else {
            document.paragraph("Belum ada pegawai yang dapat dinilai.")
            return
        }
        var table = MarkdownTable([("No", .right), ("NIP", .left), ("Nama", .left), ("Jabatan", .left), ("Nilai SKP", .right),
                                   ("Nilai Perilaku", .right), ("Nilai Prestasi", .right), ("Sebutan", .left)])
        for (i, e) in scored.enumerated() {
            table.append(["\(i + 1)", Indonesian.nip(e.employee.nip), "\(e.employee.nama)", Indonesian.text(e.employee.jabatan),
                          Indonesian.score(e.nilaiSKP), Indonesian.score(e.nilaiPerilaku), Indonesian.score(e.nilaiPrestasi),
                          Indonesian.sebutan(e.sebutan)])
        }
        document.table(table)
    }

    private mutating func pegawaiBelumDinilai() {
        document.heading(3, "Pegawai yang Belum Dinilai")
        let incomplete = findings.incompleteEmployees
        guard !incomplete.isEmpty else {
            document.paragraph("Tidak ada pegawai yang belum dinilai.")
            return
        }
        document.paragraph("Pegawai berikut tidak diberi nilai prestasi kerja karena datanya belum lengkap; mereka tidak dihitung sebagai nol dan tidak masuk rata-rata.")
        var columns: [(MarkdownText, MarkdownTable.Alignment)] = [("No", .right), ("NIP", .left), ("Nama", .left)]
        if isConsolidated { columns.append(("Unit Kerja", .left)) }
        columns.append(("Keterangan", .left))
        var table = MarkdownTable(columns)
        for (i, e) in incomplete.enumerated() {
            var row: [MarkdownText] = ["\(i + 1)", Indonesian.nip(e.employee.nip), "\(e.employee.nama)"]
            if isConsolidated { row.append(unitName(e.employee.kodeUnit)) }
            row.append(MarkdownText(escaping: (e.incomplete ?? .neither).rawValue.capitalizedFirst))
            table.append(row)
        }
        document.table(table)
    }

    /// The unit's name, or its code when the unit is not in scope (an employee of a rejected unit).
    func unitName(_ kode: String) -> MarkdownText {
        findings.unit(kode).map { "\($0.unit.nama)" } ?? "\(kode)"
    }
}

fileprivate extension String {
    /// `Tidak ada SKP` from `tidak ada SKP`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
