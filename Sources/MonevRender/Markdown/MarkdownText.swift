/// A piece of Markdown source.
///
/// Why a type and not `String`: the report mixes the renderer's own Markdown (headings, emphasis,
/// tables) with text that comes from the input files (unit and indicator names, codes, uraian,
/// diagnostic messages). String literals written in the renderer are trusted Markdown; every
/// `String` interpolated into a `MarkdownText` is input text and goes through `escape(_:)`. So no
/// name can open emphasis, a link, raw HTML or a table cell, and no call site can forget to escape.
struct MarkdownText: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    var source: String

    init(source: String) { self.source = source }
    init(stringLiteral value: String) { source = value }
    init(stringInterpolation: StringInterpolation) { source = stringInterpolation.source }
    /// Input text, escaped.
    init(escaping text: String) { source = Self.escape(text) }

    var description: String { source }
    var isEmpty: Bool { source.isEmpty }

    struct StringInterpolation: StringInterpolationProtocol {
        var source = ""
        init(literalCapacity: Int, interpolationCount: Int) { source.reserveCapacity(literalCapacity + 16 * interpolationCount) }
        mutating func appendLiteral(_ literal: String) { source += literal }
        /// Input text: escaped.
        mutating func appendInterpolation(_ text: String) { source += MarkdownText.escape(text) }
        mutating func appendInterpolation(_ markdown: MarkdownText) { source += markdown.source }
        /// A count, grouped the Indonesian way (`1.234`).
        mutating func appendInterpolation(_ count: Int) { source += Indonesian.count(count) }
    }

    static func + (a: MarkdownText, b: MarkdownText) -> MarkdownText { MarkdownText(source: a.source + b.source) }

    /// Characters that start or end an inline construct anywhere in a line: backslash escapes, code
    /// spans, emphasis, links and images, raw HTML and autolinks, table cells, headings (`#`),
    /// GFM strikethrough, entity references and the `$` math that common viewers render.
    /// CommonMark lets a backslash escape any ASCII punctuation, so escaping more than needed is safe.
    static func isInlineActive(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "&"),
             UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Makes input text inert: it renders as exactly its characters, on one line.
    ///
    /// - Line breaks, tabs and control characters become single spaces (a newline in a table cell
    ///   would end the table; in a list it would end the item); runs of spaces fold to one and the
    ///   ends are trimmed, which is how the text renders anyway.
    /// - `isInlineActive` characters get a backslash.
    /// - Text that would open a block if it ever began a line is escaped at its start: a list
    ///   marker (`- `, `+ `, `1. `, `1) `), or a line of only `-` or `=` (a rule or a heading
    ///   underline). `-12`, `+62 21` and `1.234` are left alone: they open nothing.
    ///
    /// Works on Unicode scalars, as CommonMark does, with an ASCII fast path: a report escapes
    /// every name and message it prints.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? scalar.value <= 0x20 || scalar.value == 0x7F
                                         : scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if isInlineActive(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            } else {
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return escapingLeadingBlockMarker(String(decoding: out, as: UTF8.self))
    }

    private static func escapingLeadingBlockMarker(_ text: String) -> String {
        // Byte checks every marker passes (most text, numbers and NIPs included, fails them) before
        // the exact checks on characters.
        let utf8 = text.utf8
        guard let byte = utf8.first else { return text }
        if (0x30...0x39).contains(byte) {
            let digits = utf8.prefix { (0x30...0x39).contains($0) }.count
            guard digits <= 9, let mark = utf8.dropFirst(digits).first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else { return text }
        } else if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "+") && byte != UInt8(ascii: "=") {
            return text
        }
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        if (first == "-" || first == "+") && (second == nil || second == " ") { return "\\" + text }
        if (first == "-" || first == "=") && text.allSatisfy({ $0 == first || $0 == " " }) { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        if (1...9).contains(digits.count), let mark = rest.first, mark == "." || mark == ")",
           rest.dropFirst().first == nil || rest.dropFirst().first == " " {
            return digits + "\\" + rest
        }
        return text
    }
}

extension Sequence where Element == MarkdownText {
    func joined(separator: MarkdownText) -> MarkdownText {
        MarkdownText(source: map(\.source).joined(separator: separator.source))
    }
}

/// A GFM pipe table that cannot go ragged: every row must have as many cells as the header
/// (checked when the row is added), and cells are single-line by construction. An empty cell
/// stays blank (a totals row's number column); "not available" is written `Indonesian.none`.
struct MarkdownTable {
    enum Alignment { case left, right }

    private let header: [MarkdownText]
    private let alignments: [Alignment]
    private var rows: [[MarkdownText]] = []

    init(_ columns: [(MarkdownText, Alignment)]) {
        header = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ cells: [MarkdownText]) {
        precondition(cells.count == header.count, "table row has \(cells.count) cells, header has \(header.count)")
        precondition(!cells.contains { $0.source.utf8.contains(UInt8(ascii: "\n")) }, "table cell spans lines")
        rows.append(cells)
    }

    var markdown: MarkdownText {
        // One String grown in place: the employee tables have tens of thousands of rows.
        var out = ""
        func line(_ cells: [MarkdownText]) {
            if !out.isEmpty { out += "\n" }
            out += "| "
            for (i, cell) in cells.enumerated() {
                if i > 0 { out += " | " }
                out += cell.source
            }
            out += " |"
        }
        line(header)
        line(alignments.map { $0 == .right ? "---:" : "---" })
        for row in rows { line(row) }
        return MarkdownText(source: out)
    }
}

/// The report as a list of blocks, joined by one blank line so every block (table, list, fenced
/// chart) starts where CommonMark expects it.
struct MarkdownDocument {
    private var blocks: [String] = []

    mutating func heading(_ level: Int, _ text: MarkdownText) {
        blocks.append(String(repeating: "#", count: level) + " " + text.source)
    }

    mutating func paragraph(_ text: MarkdownText) {
        guard !text.isEmpty else { return }
        blocks.append(text.source)
    }

    /// Lines kept apart by hard line breaks (a trailing backslash), as on a letterhead.
    mutating func lines(_ lines: [MarkdownText]) {
        blocks.append(lines.map(\.source).joined(separator: "\\\n"))
    }

    mutating func bullets(_ items: [MarkdownText]) {
        blocks.append(items.map { "- " + $0.source }.joined(separator: "\n"))
    }

    mutating func numbered(_ items: [MarkdownText]) {
        blocks.append(items.enumerated().map { "\($0.offset + 1). " + $0.element.source }.joined(separator: "\n"))
    }

    mutating func table(_ table: MarkdownTable) {
        blocks.append(table.markdown.source)
    }

    /// A fenced block whose content is not Markdown (a Mermaid chart): the caller makes the lines
    /// safe for their own language; a fence of backticks cannot be closed by them because no line
    /// starts with a backtick.
    mutating func fenced(info: String, _ lines: [String]) {
        precondition(!lines.contains { $0.drop(while: { $0 == " " }).hasPrefix("`") }, "fenced line starts with a backtick")
        blocks.append((["```" + info] + lines + ["```"]).joined(separator: "\n"))
    }

    mutating func thematicBreak() { blocks.append("---") }

    var text: String { blocks.joined(separator: "\n\n") + "\n" }
}
