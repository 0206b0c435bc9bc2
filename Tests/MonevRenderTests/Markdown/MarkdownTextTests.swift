import MonevCore
@testable import MonevRender
import Testing

@Suite("Markdown text: escaping, tables, Indonesian numbers")
struct MarkdownTextTests {
    @Test(arguments: [
        ("Bagian Hukum | *Khusus*", #"Bagian Hukum \| \*Khusus\*"#),
        ("snake_case [x](y) <b>", #"snake\_case \[x\](y) \<b\>"#),
        ("C:\\data `kode` #1 ~a~ &amp; $x$", ##"C:\\data \`kode\` \#1 \~a\~ \&amp; \$x\$"##),
        ("baris satu\nbaris dua\r\n\tketiga", "baris satu baris dua ketiga"),
        ("  spasi   di  tepi  ", "spasi di tepi"),
        ("- bukan daftar", #"\- bukan daftar"#),
        ("+ tambahan", #"\+ tambahan"#),
        ("+62 21", "+62 21"),
        ("-12,5", "-12,5"),
        ("---", #"\---"#),
        ("= =", #"\= ="#),
        ("=SUM(A1)", "=SUM(A1)"),
        ("1. Bagian", #"1\. Bagian"#),
        ("2026) Laporan", #"2026\) Laporan"#),
        ("1.234", "1.234"),
        ("2026-Q3/skp.csv", "2026-Q3/skp.csv"),
        ("Jl. Merdeka No. 1", "Jl. Merdeka No. 1"),
        ("", ""),
    ] as [(String, String)])
    func escapesInputText(_ input: String, _ expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    @Test func interpolatedStringsAreEscapedAndMarkdownIsNot() {
        let name = "A*B"
        let bold: MarkdownText = "**\(name)**"
        let nested: MarkdownText = "\(bold) dan \(3_456) unit"
        #expect(nested.source == #"**A\*B** dan 3.456 unit"#)
    }

    @Test func tableCellsShowADashForEmptyInputText() {
        var table = MarkdownTable([("Kode", .left), ("Satuan", .left), ("Nilai", .right)])
        table.append(["HK", Indonesian.text(" \n"), ""])
        #expect(table.markdown.source == "| Kode | Satuan | Nilai |\n| --- | --- | ---: |\n| HK | – |  |")
    }

    @Test(arguments: [
        ("94.95", "94,95 %"), ("94.945", "94,95 %"), ("-12.5", "-12,50 %"), ("1234.5", "1.234,50 %"), ("0", "0,00 %"),
    ] as [(ExactDecimal, String)])
    func percentagesAreWrittenTheIndonesianWay(_ value: ExactDecimal, _ expected: String) {
        #expect(Indonesian.percent(value).source == expected)
    }

    @Test(arguments: [
        ("1530000000", "1.530.000.000"), ("12.5", "12,5"), ("88.333333", "88,33"), ("40", "40"), ("0.004", "0"), ("-2.50", "-2,5"),
    ] as [(ExactDecimal, String)])
    func quantitiesDropTrailingZeroDecimals(_ value: ExactDecimal, _ expected: String) {
        #expect(Indonesian.quantity(value).source == expected)
    }

    @Test func signedPointsAndDates() {
        #expect(Indonesian.signedPoints("3.204").source == "+3,20")
        #expect(Indonesian.signedPoints("-2.775").source == "-2,78")
        #expect(Indonesian.signedPoints("0.001").source == "0,00")
        #expect(Indonesian.quarterSpan(Period(year: 2026, quarter: 3)!).source == "1 Juli s.d. 30 September 2026")
        #expect(Indonesian.nextQuarter(Period(year: 2026, quarter: 4)!).source == "Triwulan I Tahun 2027")
    }

    @Test func mermaidLabelsKeepOnlyHarmlessCharacters() {
        #expect(MermaidBarChart.label("Bagian \"Hukum\" | #1 <b>") == "Bagian Hukum 1 b")
        let chart = MermaidBarChart(title: "T", labels: ["UM", "HK"], values: ["99.298", "58.2222"], options: ScoringOptions())
        #expect(chart.lines == ["xychart-beta", "    title \"T\"", "    x-axis [\"UM\", \"HK\"]", "    y-axis \"Capaian (%)\" 0 --> 120",
                                "    bar [99.30, 58.22]"])
    }
}
