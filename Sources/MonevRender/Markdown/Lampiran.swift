import MonevCore

/// The annexes: the methods and formulas with their legal basis (as configured for this run), the
/// band tables, and every rejected or suspicious input row with its file and line.
extension ReportWriter {
    mutating func lampiran() {
        document.heading(2, "Lampiran")
        metode()
        tabelKategori()
        masalahData()
    }

    private mutating func metode() {
        document.heading(3, "A. Metode dan Rumus")

        document.paragraph("**A.1 Capaian indikator kinerja** (PermenPANRB 8/2021; Permendagri 86/2017).")
        let negatif: MarkdownText = switch model.scoring.negativeFormula {
        case .twoTMinusR: "capaian = (2 × target − realisasi) ÷ target × 100 % (PermenPANRB 8/2021, kondisi khusus)."
        case .tOverR: "capaian = target ÷ realisasi × 100 % (rumus pilihan konfigurasi; rumus baku PermenPANRB 8/2021 adalah (2 × target − realisasi) ÷ target × 100 %)."
        }
        document.bullets([
            "Polaritas positif (makin tinggi makin baik): capaian = realisasi ÷ target × 100 %.",
            "Polaritas negatif (makin rendah makin baik): " + negatif,
            model.scoring.negativeFormula == .tOverR
                ? "Target nol, atau realisasi nol pada indikator negatif: capaian tidak dapat dihitung, ditulis – dan dicatat sebagai peringatan."
                : "Target nol: capaian tidak dapat dihitung, ditulis – dan dicatat sebagai peringatan.",
        ])

        document.paragraph("**A.2 Akumulasi antartriwulan** (KMK 467/2014).")
        document.bullets([
            "Kumulatif: target dan realisasi s.d. triwulan berjalan adalah jumlah nilai Triwulan I sampai triwulan berjalan.",
            "Terakhir: target dan realisasi s.d. triwulan berjalan adalah nilai triwulan berjalan.",
            "Rata-rata: target dan realisasi s.d. triwulan berjalan adalah rata-rata nilai Triwulan I sampai triwulan berjalan.",
            "Capaian triwulan membandingkan realisasi dengan target triwulan berjalan; capaian s.d. triwulan membandingkan realisasi s.d. dengan target s.d.; capaian tahunan membandingkan realisasi s.d. dengan target tahunan.",
            "Indikator yang tidak ada dalam data suatu triwulan tidak menyumbang nilai untuk triwulan itu dan dicatat sebagai peringatan.",
        ])

        document.paragraph("**A.3 Capaian rata-rata dan kategori.**")
        let range: MarkdownText = "\(Indonesian.quantity(model.scoring.unitClampLower))–\(Indonesian.quantity(model.scoring.unitClampUpper)) %"
        var rata: [MarkdownText] = [
            "Capaian rata-rata unit kerja adalah rata-rata capaian s.d. triwulan berjalan atas indikator unit yang capaiannya dapat dihitung; setiap capaian dibatasi pada rentang \(range) (KMK 467/2014) agar satu indikator yang sangat tinggi tidak menutupi indikator yang gagal.",
        ]
        if isConsolidated {
            rata.append("Capaian rata-rata seluruh unit kerja adalah rata-rata capaian rata-rata unit kerja, sehingga setiap unit kerja berbobot sama.")
        }
        rata.append("Kategori capaian ditetapkan menurut Permendagri 86/2017 (Tabel B.1).")
        document.bullets(rata)

        document.paragraph("**A.4 Proyeksi akhir tahun.** Peraturan tidak mengatur proyeksi; laporan ini memakai proyeksi yang mengandaikan laju triwulan I sampai n (triwulan berjalan) berlanjut hingga akhir tahun. Pada Triwulan IV proyeksi sama dengan realisasi.")
        document.bullets([
            "Kumulatif: proyeksi = realisasi s.d. triwulan n ÷ n × 4. Triwulan yang datanya tidak ada dihitung nol, sama seperti pada realisasi kumulatif.",
            "Terakhir: proyeksi = realisasi triwulan n ÷ target triwulan n × target tahunan, yaitu nilai tetap sejauh ini di atas atau di bawah rencana. Dengan target yang sama setiap triwulan, proyeksi sama dengan realisasi triwulan n.",
            "Rata-rata: proyeksi = rata-rata realisasi ÷ rata-rata target s.d. triwulan n × target tahunan, dengan alasan yang sama.",
            "Bila target triwulan nol atau kosong, proyeksi indikator terakhir dan rata-rata sama dengan realisasinya.",
            "Polaritas positif: target tahunan diperkirakan tidak tercapai bila proyeksi lebih kecil dari target tahunan. Polaritas negatif (target sebagai batas atas): bila proyeksi lebih besar dari target tahunan. Keduanya dibandingkan pada nilai dua desimal; indikator tanpa target tahunan tidak dinilai.",
            "Kebutuhan realisasi pada Rekomendasi (indikator kumulatif): (target tahunan − realisasi s.d. triwulan n) ÷ (4 − n) per triwulan.",
        ])

        document.paragraph("**A.5 Nilai prestasi kerja pegawai** (PP 46/2011; Perka BKN 1/2013). T = target, R = realisasi; O = kuantitas output, K = kualitas, W = waktu (bulan), B = biaya (rupiah).")
        document.bullets([
            "Kuantitas = RO ÷ TO × 100, tanpa batas atas (PP 46/2011 Pasal 8 ayat (2)); kualitas = RK ÷ TK × 100.",
            "Waktu: efisiensi E = 100 − RW ÷ TW × 100. Bila E ≤ 24: (1,76 × TW − RW) ÷ TW × 100; bila E > 24: 76 − ((1,76 × TW − RW) ÷ TW × 100 − 100). Biaya dihitung dengan rumus yang sama atas TB dan RB, hanya bila kegiatan memiliki target biaya.",
            "Nilai capaian kegiatan = jumlah nilai aspek ÷ 4 bila aspek biaya dinilai, ÷ 3 bila tidak. Kegiatan yang tidak dilaksanakan (RO = 0) bernilai 0. Tidak ada batas bawah maupun batas atas.",
            "Nilai SKP = rata-rata nilai capaian seluruh kegiatan + nilai tugas tambahan (1–3 tugas: 1; 4–6 tugas: 2; 7 tugas atau lebih: 3) + nilai kreativitas (tingkat unit kerja 3, organisasi 6, nasional 12).",
            "Nilai perilaku kerja = rata-rata orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, dan kepemimpinan; kepemimpinan hanya untuk jabatan struktural.",
            "Nilai prestasi kerja = 60 % × nilai SKP + 40 % × nilai perilaku kerja; sebutan menurut PP 46/2011 Pasal 17 (Tabel B.2).",
            "Pegawai tanpa SKP atau tanpa penilaian perilaku kerja tidak diberi nilai prestasi kerja (bukan nol).",
        ])

        document.paragraph("**A.6 Pembulatan.** Seluruh perhitungan memakai bilangan desimal eksak. Nilai dibulatkan setengah ke atas menjadi dua desimal hanya saat ditulis, dan kategori serta sebutan ditentukan dari nilai yang telah dibulatkan.")
    }

    private mutating func tabelKategori() {
        document.heading(3, "B. Tabel Kategori dan Sebutan")
        let reading = model.scoring.bandReading
        document.paragraph(reading == .lowerBound
            ? "Batas pada peraturan dibaca sebagai batas bawah: nilai 90,50 belum mencapai 91."
            : "Batas pada peraturan dibaca sebagai batas atas setiap kelas: nilai di atas 90 sudah masuk kelas 91 ke atas.")
        document.paragraph("**Tabel B.1** Kategori capaian kinerja (Permendagri 86/2017)")
        document.table(bandTable(header: "Capaian (%)", label: "Kategori", Bands.kategoriLowerBounds.map { ($0.0, $0.1.rawValue) },
                                 bottom: Kategori.sangatRendah.rawValue, reading: reading))
        document.paragraph("**Tabel B.2** Sebutan nilai prestasi kerja (PP 46/2011 Pasal 17)")
        document.table(bandTable(header: "Nilai Prestasi Kerja", label: "Sebutan", Bands.sebutanLowerBounds.map { ($0.0, $0.1.rawValue) },
                                 bottom: Sebutan.buruk.rawValue, reading: reading))
    }

    /// The band table as `Bands.classify` applies it: `≥ 91`, `≥ 76 dan < 91`, …, `< 51` for the
    /// lower-bound reading; `> 90`, `> 75 dan ≤ 90`, …, `≤ 50` for the upper-bound one.
    private func bandTable(header: MarkdownText, label: MarkdownText, _ bands: [(ExactDecimal, String)], bottom: String,
                           reading: BandReading) -> MarkdownTable {
        let thresholds = bands.map { reading == .lowerBound ? $0.0 : $0.0 - 1 }
        let (over, under): (MarkdownText, MarkdownText) = reading == .lowerBound ? ("≥", "<") : (">", "≤")
        var table = MarkdownTable([(header, .left), (label, .left)])
        for (i, band) in bands.enumerated() {
            let range: MarkdownText = i == 0 ? "\(over) \(Indonesian.quantity(thresholds[i]))"
                : "\(over) \(Indonesian.quantity(thresholds[i])) dan \(under) \(Indonesian.quantity(thresholds[i - 1]))"
            table.append([range, "\(band.1)"])
        }
        table.append(["\(under) \(Indonesian.quantity(thresholds.last ?? .zero))", "\(bottom)"])
        return table
    }

    private mutating func masalahData() {
        document.heading(3, "C. Data Ditolak dan Peringatan")
        let diagnostics = model.diagnostics
        guard !diagnostics.isEmpty else {
            document.paragraph("Tidak ada baris data masukan yang ditolak atau diberi peringatan.")
            return
        }
        var intro: MarkdownText = "Setiap baris data masukan yang ditolak (tidak ikut dihitung) atau diberi peringatan (tetap dihitung, tetapi perlu diperiksa), menurut berkas dan baris asalnya."
        if isConsolidated { intro = intro + " Daftar yang sama tersedia dalam berkas \("masalah_data.csv")." }
        document.paragraph(intro)
        var table = MarkdownTable([("No", .right), ("Berkas", .left), ("Baris", .right), ("Kolom", .left), ("Nilai", .left),
                                   ("Jenis", .left), ("Keterangan", .left)])
        for (i, d) in diagnostics.enumerated() {
            table.append([
                "\(i + 1)", "\(d.file)", d.line.map { MarkdownText(source: String($0)) } ?? Indonesian.none, Indonesian.text(d.column),
                Self.shownValue(d.value), d.severity == .error ? "Ditolak" : "Peringatan", Indonesian.text(d.message),
            ])
        }
        document.table(table)
    }

    /// The offending value as the reader should see it: `(kosong)` for an empty cell, long values
    /// cut at 60 characters (the file and line lead to the full text).
    static func shownValue(_ value: String?) -> MarkdownText {
        guard let value else { return Indonesian.none }
        if value.allSatisfy(\.isWhitespace) { return "(kosong)" }
        if value.count > 60 { return "\(String(value.prefix(60)))…" }
        return "\(value)"
    }
}
