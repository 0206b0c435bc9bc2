/// What a form workbook needs so people can fill it in safely: rules on what a cell accepts
/// (Excel "Data Validation"), with the prompt shown when the cell is selected, and sheet
/// protection that leaves only the input cells editable (their style has `locked = false`).

/// A rule on what the cells of a range accept.
public struct XLSXDataValidation: Sendable, Hashable {
    /// A bound on a number: the value must satisfy it.
    public enum NumberCriterion: Sendable, Hashable {
        case between(Double, Double)
        case greaterThanOrEqual(Double)
        case lessThanOrEqual(Double)
    }

    public enum Rule: Sendable, Hashable {
        /// One of these words, offered as an in-cell dropdown. Excel limits the joined list to
        /// 255 characters; longer lists belong in cells (`listFromCells`).
        case list([String])
        /// One of the values in a range of a sheet of the same workbook, as a dropdown.
        case listFromCells(sheet: String, range: XLSXRange)
        /// Any number (decimals allowed) within the bound.
        case decimal(NumberCriterion)
        /// A whole number within the bound.
        case wholeNumber(NumberCriterion)
    }

    public var range: XLSXRange
    public var rule: Rule
    /// Shown when a cell of the range is selected: at most 32 characters of title and 255 of message.
    public var promptTitle: String?
    public var prompt: String?
    /// Shown when a value breaks the rule (the entry is refused): at most 32 and 255 characters.
    public var errorTitle: String?
    public var errorMessage: String?

    public init(range: XLSXRange, rule: Rule, promptTitle: String? = nil, prompt: String? = nil,
                errorTitle: String? = nil, errorMessage: String? = nil) {
        self.range = range
        self.rule = rule
        self.promptTitle = promptTitle
        self.prompt = prompt
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
    }
}

/// Sheet protection: cells whose style is locked (Excel's default) cannot be changed; unlocked
/// cells can. No password: it guards against slips of the hand, and anyone who must correct a
/// definition can lift it from the Review tab.
public struct XLSXSheetProtection: Sendable, Hashable {
    /// Whether column widths and row heights may still be changed (long names need room).
    public var allowResizing = true

    public init(allowResizing: Bool = true) { self.allowResizing = allowResizing }
}
