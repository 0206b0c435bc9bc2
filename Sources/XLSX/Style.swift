/// An RGB colour, `0xRRGGBB`.
public struct XLSXColor: Sendable, Hashable, CustomStringConvertible {
    public var rgb: UInt32
    public init(_ rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    public static let black = XLSXColor(0x000000)
    public static let white = XLSXColor(0xFFFFFF)

    /// `FF1F4E78`-style hex as the sheet XML spells it (`RRGGBB` here).
    public var description: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - hex.count) + hex
    }
}

public enum XLSXBorderStyle: Sendable, Hashable {
    case none, thin, medium, thick, double
}

public enum XLSXHorizontalAlignment: Sendable, Hashable {
    case general, left, center, right, centerAcross
}

public enum XLSXVerticalAlignment: Sendable, Hashable {
    case bottom, center, top
}

public enum XLSXUnderline: Sendable, Hashable {
    case none, single, double
}

/// How a cell looks. Everything defaults to Excel's default (Calibri 11, no fill, no border,
/// General number format), so a style names only what differs.
public struct XLSXStyle: Sendable, Hashable {
    public var fontName: String?
    public var fontSize: Double?
    public var bold = false
    public var italic = false
    public var underline: XLSXUnderline = .none
    public var fontColor: XLSXColor?
    /// Solid fill colour.
    public var fill: XLSXColor?
    /// The same line on all four sides; `bottomBorder`/`topBorder` override one side.
    public var border: XLSXBorderStyle = .none
    public var topBorder: XLSXBorderStyle?
    public var bottomBorder: XLSXBorderStyle?
    public var borderColor: XLSXColor?
    public var horizontal: XLSXHorizontalAlignment = .general
    public var vertical: XLSXVerticalAlignment = .bottom
    public var wrap = false
    /// An Excel number format code: `#,##0.00`, `"Rp "#,##0`, `@`. Nil is General.
    public var numberFormat: String?

    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: XLSXUnderline = .none, fontColor: XLSXColor? = nil, fill: XLSXColor? = nil,
                border: XLSXBorderStyle = .none, topBorder: XLSXBorderStyle? = nil, bottomBorder: XLSXBorderStyle? = nil,
                borderColor: XLSXColor? = nil, horizontal: XLSXHorizontalAlignment = .general,
                vertical: XLSXVerticalAlignment = .bottom, wrap: Bool = false, numberFormat: String? = nil) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fill = fill
        self.border = border
        self.topBorder = topBorder
        self.bottomBorder = bottomBorder
        self.borderColor = borderColor
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.numberFormat = numberFormat
    }

    /// A copy with some fields changed: `base.with { $0.bold = true }`.
    public func with(_ change: (inout XLSXStyle) -> Void) -> XLSXStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A handle to a style defined in a workbook's `XLSXStyles`. Cells carry this small index rather
/// than a name, so the writer resolves each style once per workbook and the per-cell work is an
/// array lookup.
public struct XLSXStyleID: Sendable, Hashable {
    public let index: Int32
    init(_ index: Int) { self.index = Int32(index) }
}

/// The named styles of a workbook. Names are what renderers and tests talk about ("angka",
/// "header"); the writer turns each into one library format, once.
public struct XLSXStyles: Sendable, Hashable {
    public private(set) var names: [String] = []
    public private(set) var styles: [XLSXStyle] = []
    private var indexByName: [String: Int] = [:]

    public init() {}

    /// Defines (or redefines) a named style and returns its handle.
    @discardableResult
    public mutating func define(_ name: String, _ style: XLSXStyle) -> XLSXStyleID {
        if let i = indexByName[name] {
            styles[i] = style
            return XLSXStyleID(i)
        }
        indexByName[name] = names.count
        names.append(name)
        styles.append(style)
        return XLSXStyleID(names.count - 1)
    }

    public func id(named name: String) -> XLSXStyleID? { indexByName[name].map(XLSXStyleID.init) }

    public func name(of id: XLSXStyleID) -> String { names[Int(id.index)] }

    public subscript(id: XLSXStyleID) -> XLSXStyle { styles[Int(id.index)] }

    public subscript(name: String) -> XLSXStyle? { indexByName[name].map { styles[$0] } }

    public var count: Int { names.count }
}
