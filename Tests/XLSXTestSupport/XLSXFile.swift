import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A written `.xlsx` opened for inspection: entries come out through `/usr/bin/unzip`, sheet XML is
/// parsed into cells. Independent of the writer, so tests check what a spreadsheet program reads.
public struct XLSXFile {
    public let path: String
    /// Zip entry names.
    public let entries: [String]

    public init(path: String) throws {
        self.path = path
        entries = try Self.unzip(["-Z1", path]).split(separator: "\n").map(String.init)
    }

    /// The text of one zip entry.
    public func entry(_ name: String) throws -> String { try Self.unzip(["-p", path, name]) }

    /// Sheet names in workbook order.
    public func sheetNames() throws -> [String] {
        let xml = try entry("xl/workbook.xml")
        return XMLElements.parse(xml).filter { $0.name == "sheet" }.compactMap { $0.attributes["name"] }
    }

    /// The parsed worksheet with this name (libxlsxwriter names the parts `sheetN.xml` in order).
    public func sheet(_ name: String) throws -> SheetXML {
        guard let i = try sheetNames().firstIndex(of: name) else { throw ReadError.noSheet(name) }
        return SheetXML(xml: try entry("xl/worksheets/sheet\(i + 1).xml"))
    }

    /// The number format code of a cell style index (`s` attribute), nil for General.
    public func numberFormat(styleIndex: Int) throws -> String? {
        let elements = XMLElements.parse(try entry("xl/styles.xml"))
        var codes: [String: String] = [:]
        for e in elements where e.name == "numFmt" {
            if let id = e.attributes["numFmtId"], let code = e.attributes["formatCode"] { codes[id] = code }
        }
        // `xf` elements inside cellXfs come after those inside cellStyleXfs.
        guard let xfsStart = elements.firstIndex(where: { $0.name == "cellXfs" }) else { return nil }
        let xfs = elements[xfsStart...].filter { $0.name == "xf" }
        guard styleIndex < xfs.count, let id = xfs[xfs.startIndex + styleIndex].attributes["numFmtId"], id != "0" else { return nil }
        return codes[id] ?? "builtin:\(id)"
    }

    public enum ReadError: Error { case noSheet(String), unzip(String) }

    static func unzip(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ReadError.unzip(args.joined(separator: " ")) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// One cell as the sheet XML holds it.
public struct ReadCell: Equatable {
    public var ref: String
    /// `t` attribute: nil (number), `inlineStr`, `s`, `str` (formula with text result), `b`, `e`.
    public var type: String?
    public var styleIndex: Int?
    public var formula: String?
    /// `<v>` text: a number, or a formula's cached result.
    public var value: String?
    /// Inline string text.
    public var text: String?

    public var number: Double? { type == nil ? value.flatMap(Double.init) : nil }
    /// What a reader sees as text: inline text or a formula's text result.
    public var string: String? { type == "inlineStr" ? text : type == "str" ? value : nil }
}

public struct SheetXML {
    public let xml: String
    public let cells: [String: ReadCell]
    /// Every element in document order (for attributes such as pageSetup, pane, mergeCell).
    public let elements: [XMLElements.Element]

    init(xml: String) {
        self.xml = xml
        let parsed = XMLElements.parse(xml, collectCells: true)
        elements = parsed.elements
        cells = Dictionary(parsed.cells.map { ($0.ref, $0) }, uniquingKeysWith: { _, b in b })
    }

    public subscript(ref: String) -> ReadCell? { cells[ref] }

    public func elements(_ name: String) -> [XMLElements.Element] { elements.filter { $0.name == name } }

    /// The attributes of the first element with this name.
    public func attributes(of name: String) -> [String: String]? { elements.first { $0.name == name }?.attributes }

    public var mergedRanges: [String] { elements("mergeCell").compactMap { $0.attributes["ref"] } }
}

/// A tiny flat XML reader: element names and attributes in document order, plus cells.
public enum XMLElements {
    public struct Element {
        public var name: String
        public var attributes: [String: String]
    }

    public static func parse(_ xml: String) -> [Element] { parse(xml, collectCells: false).elements }

    static func parse(_ xml: String, collectCells: Bool) -> (elements: [Element], cells: [ReadCell]) {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        _ = parser.parse()
        return (delegate.elements, delegate.cells)
    }

    final class Delegate: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var cells: [ReadCell] = []
        var current: ReadCell?
        var text = ""
        var collecting = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes))
            switch name {
            case "c":
                current = ReadCell(ref: attributes["r"] ?? "", type: attributes["t"], styleIndex: attributes["s"].flatMap { Int($0) })
            case "f", "v", "t":
                text = ""
                collecting = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "f": current?.formula = text; collecting = false
            case "v": current?.value = text; collecting = false
            case "t":
                let before = current?.text ?? ""
                current?.text = before + text
                collecting = false
            case "c":
                if let c = current { cells.append(c) }
                current = nil
            default: break
            }
        }
    }
}
