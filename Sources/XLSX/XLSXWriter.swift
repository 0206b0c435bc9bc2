import CXLSXDeflate
import CXLSXWriter

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a workbook model to an `.xlsx` file through libxlsxwriter. The only place in the
/// project that talks to the C library.
///
/// Sheets are written in the library's constant-memory mode: each sheet's rows stream to a
/// temporary file one row at a time, so a large sheet is held once (as the model) rather than
/// twice. That mode needs rows in ascending order, so the writer walks cells sorted by position
/// whatever order the model set them in, then the blocks of a sheet's `rowSource`, one at a time.
/// Each sheet has its own temporary file, so sheets may be filled in any order: a sheet made
/// later (`XLSXSheet.later`) is filled after the others.
public enum XLSXWriter {
    /// The deflate level of every zip entry (zlib's 1 = fastest … 9 = smallest; the library alone
    /// would use 6). Level 1 deflates monev's sheet XML in about two fifths of the time for about
    /// a third more bytes: see docs/performance.md. Applied by `CXLSXDeflate` (the library has no
    /// option for it), checked by the tests from the written zip's headers.
    static let deflateLevel: Int32 = 1

    /// Writes `workbook` to `path`. `temporaryDirectory` is where the library streams sheet rows
    /// (default: the system's); put it on the same disk as the output for large workbooks.
    public static func write(_ workbook: XLSXWorkbook, to path: String, temporaryDirectory: String? = nil) throws(XLSXError) {
        let session = try WorkbookSession(path: path, temporaryDirectory: temporaryDirectory)
        do {
            try session.write(workbook)
        } catch {
            session.abandon()
            throw error
        }
        try session.close()
    }
}

/// One open C workbook and everything that belongs to it. Not Sendable: a workbook lives and dies
/// on the task that writes it.
private final class WorkbookSession {
    let path: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var tmpdir: UnsafeMutablePointer<CChar>?
    private var formats: [UnsafeMutablePointer<lxw_format>] = []

    init(path: String, temporaryDirectory: String?) throws(XLSXError) {
        self.path = path
        var options = lxw_workbook_options()
        options.constant_memory = 1
        if let temporaryDirectory {
            tmpdir = strdup(temporaryDirectory)
            options.tmpdir = tmpdir
        }
        workbook = workbook_new_opt(path, &options)
        if workbook == nil {
            free(tmpdir)
            throw XLSXError(kind: .library, code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                            message: "the library could not create a workbook", context: "opening the workbook", path: path)
        }
    }

    deinit { free(tmpdir) }

    /// The one place every library status is checked. `context` is built only on failure.
    @inline(__always)
    func check(_ status: lxw_error, _ context: @autoclosure () -> String) throws(XLSXError) {
        if status == LXW_NO_ERROR { return }
        throw XLSXError(kind: Self.kind(of: status), code: Int(status.rawValue),
                        message: String(cString: lxw_strerror(status)), context: context(), path: path)
    }

    func invalid(_ message: String, _ context: String) -> XLSXError {
        XLSXError(kind: .invalidWorkbook, code: 0, message: message, context: context, path: path)
    }

    static func kind(of status: lxw_error) -> XLSXError.Kind {
        switch status {
        case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE,
             LXW_ERROR_ZIP_FILE_OPERATION:
            return .cannotWriteFile
        case LXW_ERROR_PARAMETER_VALIDATION, LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, LXW_ERROR_INVALID_SHEETNAME_CHARACTER,
             LXW_ERROR_SHEETNAME_START_END_APOSTROPHE, LXW_ERROR_SHEETNAME_ALREADY_USED, LXW_ERROR_32_STRING_LENGTH_EXCEEDED,
             LXW_ERROR_128_STRING_LENGTH_EXCEEDED, LXW_ERROR_255_STRING_LENGTH_EXCEEDED, LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED,
             LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, LXW_ERROR_NULL_PARAMETER_IGNORED:
            return .invalidWorkbook
        default:
            return .library
        }
    }

    /// Frees the C workbook without writing a file (after an error part-way).
    func abandon() {
        if let workbook { lxw_workbook_free(workbook) }
        workbook = nil
    }

    func close() throws(XLSXError) {
        guard let wb = workbook else { return }
        workbook = nil
        // workbook_close zips the parts on this thread (the level is per thread) and frees the
        // workbook whether or not it succeeds.
        let previous = cxlsx_set_deflate_level(XLSXWriter.deflateLevel)
        let status = workbook_close(wb)
        cxlsx_set_deflate_level(previous)
        try check(status, "closing the workbook")
    }

    // MARK: - Workbook

    func write(_ model: XLSXWorkbook) throws(XLSXError) {
        guard let wb = workbook else { return }
        guard !model.sheets.isEmpty else { throw invalid("a workbook needs at least one sheet", "adding sheets") }
        try setProperties(model.properties, wb)
        // Styles that look the same share one library format: the library looks up (hashes) a
        // format that duplicates another on every cell it writes.
        formats.reserveCapacity(model.styles.count)
        var byLook: [XLSXStyle: UnsafeMutablePointer<lxw_format>] = [:]
        for style in model.styles.styles {
            if let same = byLook[style] {
                formats.append(same)
                continue
            }
            guard let f = workbook_add_format(wb) else {
                throw XLSXError(kind: .library, code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                message: "out of memory", context: "adding styles", path: path)
            }
            apply(style, to: f)
            formats.append(f)
            byLook[style] = f
        }
        var worksheets: [UnsafeMutablePointer<lxw_worksheet>] = []
        for sheet in model.sheets {
            try check(workbook_validate_sheet_name(wb, sheet.name), "sheet name '\(sheet.name)'")
            guard let ws = workbook_add_worksheet(wb, sheet.name) else {
                throw invalid("the library refused the sheet", "sheet '\(sheet.name)'")
            }
            worksheets.append(ws)
        }
        // Charts may point at any sheet, so all sheets exist before any sheet is filled. Sheets
        // made later (`XLSXSheet.later`) are written after the others; the styles their previews
        // use first are fixed beforehand, so the file is the one written in tab order.
        var fixed: Set<Int> = []
        for (i, (sheet, ws)) in zip(model.sheets, worksheets).enumerated() where sheet.later == nil {
            for j in 0..<i where model.sheets[j].later != nil && !fixed.contains(j) {
                for f in try stylesFirstUsed(by: model.sheets[j]) { lxw_format_get_xf_index(f) }
                for f in try conditionalFormats(of: model.sheets[j]) { lxw_format_get_dxf_index(f) }
                fixed.insert(j)
            }
            try write(sheet, ws, wb)
        }
        for (i, (preview, ws)) in zip(model.sheets, worksheets).enumerated() {
            guard let later = preview.later else { continue }
            let sheet = later.make()
            guard sheet.name == preview.name, sheet.later == nil else {
                throw invalid("the sheet made later is not the one previewed", "sheet '\(preview.name)'")
            }
            if fixed.contains(i) {
                let previewed = try stylesFirstUsed(by: preview)
                let made = try stylesFirstUsed(by: sheet)
                guard made == previewed, try conditionalFormats(of: sheet) == conditionalFormats(of: preview) else {
                    throw invalid("the sheet made later first uses its styles in another order than its preview", "sheet '\(preview.name)'")
                }
            }
            try write(sheet, ws, wb)
        }
    }

    /// One sheet: its set-up, its cells and its row source's blocks. When the row source has a
    /// `finish` sheet, the set-up but merges is that sheet's, made after the blocks (the library
    /// takes each range whose last row is at or below the rows written so far), then its cells
    /// below those rows.
    private func write(_ sheet: XLSXSheet, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ wb: UnsafeMutablePointer<lxw_workbook>) throws(XLSXError) {
        let finish = sheet.rowSource?.finish
        if finish == nil { try setUp(sheet, ws, wb) } else { try registerMerges(sheet, ws) }
        try writeCells(sheet, ws)
        guard let source = sheet.rowSource else { return }
        var written = max(sheet.store.slots.map { Int($0.row) }.max() ?? -1, sheet.ownRowHeights.keys.max() ?? -1)
        for block in source.blocks {
            try writeCells(block, ws)
            written = max(written, block.lastRow, block.ownRowHeights.keys.max() ?? -1)
        }
        if let finish {
            let final = finish()
            try setUp(final, ws, wb, merges: false)
            var below = XLSXSheet(name: final.name)
            for i in final.store.indices where Int(final.store.slots[i].row) > written {
                let cell = final.store.cell(i)
                below.set(Int(cell.row), Int(cell.column), cell.value, style: cell.style)
            }
            below.rowHeights = final.ownRowHeights.filter { $0.key > written }
            try writeCells(below, ws)
        }
    }

    /// The library formats that the rows of `sheet` flushed before the workbook closes (every row
    /// but the last it touches, by a cell or a height) use first, in that order. The library gives
    /// a format its style index when a row using it is flushed, and flushes each sheet's last row
    /// only when the workbook closes, after every other sheet's rows.
    private func stylesFirstUsed(by sheet: XLSXSheet) throws(XLSXError) -> [UnsafeMutablePointer<lxw_format>] {
        let slots = sheet.store.slots
        let lastRow = max(slots.map { Int($0.row) }.max() ?? -1, sheet.ownRowHeights.keys.max() ?? -1)
        var seen: Set<UnsafeMutablePointer<lxw_format>> = []
        var order: [UnsafeMutablePointer<lxw_format>] = []
        for i in Self.rowMajorOrder(slots) ?? Array(slots.indices) where Int(slots[i].row) < lastRow && slots[i].style >= 0 {
            guard Int(slots[i].style) < formats.count else {
                throw invalid("style \(slots[i].style) is not defined in this workbook", "sheet '\(sheet.name)'")
            }
            let f = formats[Int(slots[i].style)]
            if seen.insert(f).inserted { order.append(f) }
        }
        return order
    }

    /// The formats of `sheet`'s conditional formats, in the order the library numbers them.
    private func conditionalFormats(of sheet: XLSXSheet) throws(XLSXError) -> [UnsafeMutablePointer<lxw_format>] {
        var result: [UnsafeMutablePointer<lxw_format>] = []
        for cf in sheet.conditionalFormats {
            if let f = try format(cf.style, "sheet '\(sheet.name)' conditional format") { result.append(f) }
        }
        return result
    }

    private func setProperties(_ p: XLSXDocumentProperties, _ wb: UnsafeMutablePointer<lxw_workbook>) throws(XLSXError) {
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        func c(_ s: String?) -> UnsafeMutablePointer<CChar>? {
            guard let s else { return nil }
            let p = strdup(s)
            owned.append(p)
            return p
        }
        var props = lxw_doc_properties()
        props.title = c(p.title)
        props.subject = c(p.subject)
        props.author = c(p.author)
        props.company = c(p.company)
        props.category = c(p.category)
        props.keywords = c(p.keywords)
        props.comments = c(p.comments)
        props.created = time_t(p.created.unixTime)
        try check(workbook_set_properties(wb, &props), "document properties")
    }

    private func apply(_ s: XLSXStyle, to f: UnsafeMutablePointer<lxw_format>) {
        if let name = s.fontName { format_set_font_name(f, name) }
        if let size = s.fontSize { format_set_font_size(f, size) }
        if s.bold { format_set_bold(f) }
        if s.italic { format_set_italic(f) }
        switch s.underline {
        case .none: break
        case .single: format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        case .double: format_set_underline(f, UInt8(LXW_UNDERLINE_DOUBLE.rawValue))
        }
        if let c = s.fontColor { format_set_font_color(f, c.rgb) }
        if let fill = s.fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, fill.rgb)
        }
        if s.border != .none { format_set_border(f, Self.border(s.border)) }
        if let top = s.topBorder { format_set_top(f, Self.border(top)) }
        if let bottom = s.bottomBorder { format_set_bottom(f, Self.border(bottom)) }
        if let c = s.borderColor { format_set_border_color(f, c.rgb) }
        switch s.horizontal {
        case .general: break
        case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case .centerAcross: format_set_align(f, UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue))
        }
        switch s.vertical {
        case .bottom: break
        case .center: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .top: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if s.wrap { format_set_text_wrap(f) }
        if let nf = s.numberFormat { format_set_num_format(f, nf) }
        if !s.locked { format_set_unlocked(f) }
    }

    private static func border(_ b: XLSXBorderStyle) -> UInt8 {
        switch b {
        case .none: return UInt8(LXW_BORDER_NONE.rawValue)
        case .thin: return UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: return UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .thick: return UInt8(LXW_BORDER_THICK.rawValue)
        case .double: return UInt8(LXW_BORDER_DOUBLE.rawValue)
        }
    }

    private func format(_ id: XLSXStyleID?, _ context: @autoclosure () -> String) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        try format(id.map { Int($0.index) } ?? -1, in: formats, context())
    }

    /// The library format of a style index (-1: none). `formats` is passed in so the cell loop
    /// reads the class property once, not once per cell.
    @inline(__always)
    private func format(_ index: Int, in formats: [UnsafeMutablePointer<lxw_format>],
                        _ context: @autoclosure () -> String) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        if index < 0 { return nil }
        guard index < formats.count else { throw invalid("style \(index) is not defined in this workbook", context()) }
        return formats[index]
    }

    // MARK: - Sheet set-up (everything that is not a cell)

    /// Merges are registered without text or format, before their rows stream: the cells
    /// themselves (the value and the styled blanks `XLSXSheet.merge` put there) stream with their rows.
    private func registerMerges(_ sheet: XLSXSheet, _ ws: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXError) {
        for m in sheet.merges {
            try checkRange(m, sheet.name)
            try check(worksheet_merge_range(ws, lxw_row_t(m.first.row), lxw_col_t(m.first.column),
                                            lxw_row_t(m.last.row), lxw_col_t(m.last.column), "", nil),
                      "sheet '\(sheet.name)' merge \(m.a1)")
        }
    }

    private func setUp(_ sheet: XLSXSheet, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ wb: UnsafeMutablePointer<lxw_workbook>,
                       merges: Bool = true) throws(XLSXError) {
        let name = sheet.name
        if merges { try registerMerges(sheet, ws) }
        for w in sheet.columnWidths {
            guard w.columns.lowerBound >= 0, w.columns.upperBound < Int(LXW_COL_MAX) else {
                throw invalid("column \(w.columns.upperBound) is outside the sheet", "sheet '\(name)' column widths")
            }
            try check(worksheet_set_column(ws, lxw_col_t(w.columns.lowerBound), lxw_col_t(w.columns.upperBound), w.width, nil),
                      "sheet '\(name)' column widths")
        }
        if let f = sheet.frozen { worksheet_freeze_panes(ws, lxw_row_t(f.rows), lxw_col_t(f.columns)) }
        if let a = sheet.autofilter {
            try checkRange(a, name)
            try check(worksheet_autofilter(ws, lxw_row_t(a.first.row), lxw_col_t(a.first.column),
                                           lxw_row_t(a.last.row), lxw_col_t(a.last.column)),
                      "sheet '\(name)' autofilter \(a.a1)")
        }
        if !sheet.showGridlines { worksheet_gridlines(ws, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)) }
        if let tab = sheet.tabColor { worksheet_set_tab_color(ws, tab.rgb) }
        try setUpPrinting(sheet.print, ws, name)
        for cf in sheet.conditionalFormats { try addConditionalFormat(cf, ws, name) }
        for chart in sheet.charts { try addChart(chart, ws, wb, name) }
        for v in sheet.dataValidations { try addDataValidation(v, ws, name) }
        if let p = sheet.protection {
            var options = lxw_protection()
            // The library's flags name what is allowed despite protection.
            if p.allowResizing {
                options.format_columns = 1
                options.format_rows = 1
            }
            worksheet_protect(ws, nil, &options)
        }
    }

    private func addDataValidation(_ v: XLSXDataValidation, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ name: String) throws(XLSXError) {
        try checkRange(v.range, name)
        // Excel's limits, checked here so a long text is a model error rather than a library
        // warning on standard error.
        let context = "sheet '\(name)' data validation \(v.range.a1)"
        for (text, limit) in [(v.promptTitle, 32), (v.errorTitle, 32), (v.prompt, 255), (v.errorMessage, 255)] {
            if let text, text.unicodeScalars.count > limit {
                throw invalid("`\(text)` is longer than Excel's \(limit) characters", context)
            }
        }
        if case .list(let values) = v.rule, values.joined(separator: ",").unicodeScalars.count > 255 {
            throw invalid("the dropdown list is longer than Excel's 255 characters; put the values in cells", context)
        }
        var owned: [UnsafeMutablePointer<CChar>?] = []
        defer { owned.forEach { free($0) } }
        func c(_ s: String) -> UnsafeMutablePointer<CChar>? {
            let p = strdup(s)
            owned.append(p)
            return p
        }
        var d = lxw_data_validation()
        func bound(_ criterion: XLSXDataValidation.NumberCriterion) {
            switch criterion {
            case .between(let low, let high):
                d.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                d.minimum_number = low
                d.maximum_number = high
            case .greaterThanOrEqual(let low):
                d.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                d.value_number = low
            case .lessThanOrEqual(let high):
                d.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
                d.value_number = high
            }
        }
        // The NULL-terminated word list of a `.list` rule; it must outlive the library call.
        var words: [UnsafeMutablePointer<CChar>?] = []
        switch v.rule {
        case .list(let values):
            guard !values.isEmpty else { throw invalid("a dropdown list needs at least one value", context) }
            d.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            words = values.map(c) + [nil]
        case .listFromCells(let sheet, let range):
            try checkRange(range, sheet)
            d.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            let quoted = "'" + sheet.replacingAll("'", with: "''") + "'"
            d.value_formula = c("=\(quoted)!\(range.first.absoluteA1):\(range.last.absoluteA1)")
        case .decimal(let criterion):
            d.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            bound(criterion)
        case .wholeNumber(let criterion):
            d.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            bound(criterion)
        }
        if let t = v.promptTitle { d.input_title = c(t) }
        if let m = v.prompt { d.input_message = c(m) }
        if let t = v.errorTitle { d.error_title = c(t) }
        if let m = v.errorMessage { d.error_message = c(m) }
        let r = v.range
        let status = words.withUnsafeMutableBufferPointer { list -> lxw_error in
            if !list.isEmpty { d.value_list = list.baseAddress }
            return worksheet_data_validation_range(ws, lxw_row_t(r.first.row), lxw_col_t(r.first.column),
                                                   lxw_row_t(r.last.row), lxw_col_t(r.last.column), &d)
        }
        try check(status, context)
    }

    private func checkRange(_ r: XLSXRange, _ sheet: String) throws(XLSXError) {
        guard r.first.row >= 0, r.first.column >= 0, r.last.row < Int(LXW_ROW_MAX), r.last.column < Int(LXW_COL_MAX) else {
            throw invalid("range \(r.first.row),\(r.first.column)–\(r.last.row),\(r.last.column) is outside the sheet", "sheet '\(sheet)'")
        }
    }

    private func setUpPrinting(_ p: XLSXPrintSetup, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ name: String) throws(XLSXError) {
        worksheet_set_paper(ws, UInt8(clamping: p.paper))
        if p.landscape { worksheet_set_landscape(ws) } else { worksheet_set_portrait(ws) }
        if let wide = p.fitPagesWide { worksheet_fit_to_pages(ws, UInt16(clamping: wide), UInt16(clamping: p.fitPagesTall)) }
        if let rows = p.repeatRows {
            try check(worksheet_repeat_rows(ws, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound)), "sheet '\(name)' repeated rows")
        }
        if let header = p.header { try check(worksheet_set_header(ws, header), "sheet '\(name)' page header") }
        if let footer = p.footer { try check(worksheet_set_footer(ws, footer), "sheet '\(name)' page footer") }
        let m = p.margins
        worksheet_set_margins(ws, m.left, m.right, m.top, m.bottom)
        if p.centerHorizontally { worksheet_center_horizontally(ws) }
    }

    private func addConditionalFormat(_ cf: XLSXConditionalFormat, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ name: String) throws(XLSXError) {
        try checkRange(cf.range, name)
        var c = lxw_conditional_format()
        c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        c.format = try format(cf.style, "sheet '\(name)' conditional format \(cf.range.a1)")
        var owned: UnsafeMutablePointer<CChar>?
        defer { free(owned) }
        switch cf.rule {
        case .textEquals(let text):
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            owned = strdup("\"" + text.replacingAll("\"", with: "\"\"") + "\"")
            c.value_string = owned
        case .between(let low, let high):
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
            c.min_value = low
            c.max_value = high
        case .greaterThanOrEqual(let v):
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            c.value = v
        case .lessThan(let v):
            c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN.rawValue)
            c.value = v
        }
        let r = cf.range
        try check(worksheet_conditional_format_range(ws, lxw_row_t(r.first.row), lxw_col_t(r.first.column),
                                                     lxw_row_t(r.last.row), lxw_col_t(r.last.column), &c),
                  "sheet '\(name)' conditional format \(r.a1)")
    }

    private func addChart(_ chart: XLSXChart, _ ws: UnsafeMutablePointer<lxw_worksheet>, _ wb: UnsafeMutablePointer<lxw_workbook>,
                          _ name: String) throws(XLSXError) {
        let type = chart.kind == .bar ? LXW_CHART_BAR : LXW_CHART_COLUMN
        guard let ch = workbook_add_chart(wb, UInt8(type.rawValue)) else {
            throw XLSXError(kind: .library, code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "out of memory",
                            context: "sheet '\(name)' chart", path: path)
        }
        guard !chart.series.isEmpty else { throw invalid("a chart needs at least one series", "sheet '\(name)' chart '\(chart.title)'") }
        chart_title_set_name(ch, chart.title)
        var titleFont = lxw_chart_font()
        titleFont.size = 12
        titleFont.bold = 1
        chart_title_set_name_font(ch, &titleFont)
        chart_legend_set_position(ch, UInt8((chart.series.count > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE).rawValue))
        for s in chart.series {
            try checkRange(s.categories, name)
            try checkRange(s.values, name)
            guard let series = chart_add_series(ch, nil, nil) else {
                throw invalid("the library refused the series", "sheet '\(name)' chart '\(chart.title)'")
            }
            chart_series_set_categories(series, s.sheet, lxw_row_t(s.categories.first.row), lxw_col_t(s.categories.first.column),
                                        lxw_row_t(s.categories.last.row), lxw_col_t(s.categories.last.column))
            chart_series_set_values(series, s.sheet, lxw_row_t(s.values.first.row), lxw_col_t(s.values.first.column),
                                    lxw_row_t(s.values.last.row), lxw_col_t(s.values.last.column))
            chart_series_set_name(series, s.name)
            if let color = s.color {
                var fill = lxw_chart_fill()
                fill.color = color.rgb
                chart_series_set_fill(series, &fill)
            }
            if s.dataLabels {
                chart_series_set_labels(series)
                if let nf = chart.numberFormat { chart_series_set_labels_num_format(series, nf) }
            }
        }
        // In a bar chart the axes trade places: values run along X, categories down Y (the
        // library warns on stderr and ignores a minimum set on a category axis).
        let (valueType, categoryType) = chart.kind == .bar ? (LXW_CHART_AXIS_TYPE_X, LXW_CHART_AXIS_TYPE_Y)
                                                           : (LXW_CHART_AXIS_TYPE_Y, LXW_CHART_AXIS_TYPE_X)
        if let axis = chart_axis_get(ch, valueType) {
            if let t = chart.valueAxisTitle { chart_axis_set_name(axis, t) }
            if let v = chart.valueAxisMin { chart_axis_set_min(axis, v) }
            if let v = chart.valueAxisMax { chart_axis_set_max(axis, v) }
            if let nf = chart.numberFormat { chart_axis_set_num_format(axis, nf) }
        }
        if chart.kind == .bar, let axis = chart_axis_get(ch, categoryType) {
            // Bars read top to bottom in the table's order, with the value axis kept at the bottom.
            chart_axis_set_reverse(axis)
            chart_axis_set_crossing_max(axis)
        }
        var opts = lxw_chart_options()
        opts.x_scale = Double(chart.width) / 480
        opts.y_scale = Double(chart.height) / 288
        try checkRange(XLSXRange(chart.anchor, chart.anchor), name)
        try check(worksheet_insert_chart_opt(ws, lxw_row_t(chart.anchor.row), lxw_col_t(chart.anchor.column), ch, &opts),
                  "sheet '\(name)' chart '\(chart.title)'")
    }

    // MARK: - Cells (the hot loop)

    private func writeCells(_ sheet: XLSXSheet, _ ws: UnsafeMutablePointer<lxw_worksheet>) throws(XLSXError) {
        let store = sheet.store
        let slots = store.slots
        let order = Self.rowMajorOrder(slots)
        let heights = sheet.ownRowHeights.sorted { $0.key < $1.key }
        var nextHeight = 0
        var currentRow = -1
        let name = sheet.name

        func setHeights(through row: Int) throws(XLSXError) {
            while nextHeight < heights.count && heights[nextHeight].key <= row {
                let (r, h) = heights[nextHeight]
                guard r >= 0, r < Int(LXW_ROW_MAX) else { throw invalid("row \(r + 1) is outside the sheet", "sheet '\(name)' row heights") }
                try check(worksheet_set_row(ws, lxw_row_t(r), h, nil), "sheet '\(name)' height of row \(r + 1)")
                nextHeight += 1
            }
        }

        let formats = self.formats
        // The text buffer's bytes go to the library in place: each string is NUL-terminated there.
        let failure = store.text.withUnsafeBufferPointer { buffer in slots.withUnsafeBufferPointer { cells -> XLSXError? in
            let text = UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            do throws(XLSXError) {
                for k in 0..<cells.count {
                    let i = order?[k] ?? k
                    let cell = cells[i]
                    let row = Int(cell.row)
                    if row != currentRow {
                        try setHeights(through: row)
                        currentRow = row
                    }
                    guard cell.row < LXW_ROW_MAX, cell.column < LXW_COL_MAX else {
                        throw invalid("cell is outside the sheet", "sheet '\(name)' cell \(store.cell(i).ref.a1)")
                    }
                    let f = try format(Int(cell.style), in: formats, "sheet '\(name)' cell \(store.cell(i).ref.a1)")
                    let status: lxw_error
                    switch cell.kind {
                    case .text:
                        status = worksheet_write_string(ws, cell.row, cell.column, text! + Int(cell.text), f)
                    case .number:
                        status = worksheet_write_number(ws, cell.row, cell.column, cell.number, f)
                    case .formula:
                        status = worksheet_write_formula_num(ws, cell.row, cell.column, text! + Int(cell.text), f, cell.number)
                    case .formulaText:
                        status = worksheet_write_formula_str(ws, cell.row, cell.column, text! + Int(cell.text), f, text! + Int(cell.cachedText))
                    case .blank:
                        status = worksheet_write_blank(ws, cell.row, cell.column, f)
                    }
                    try check(status, "sheet '\(name)' cell \(store.cell(i).ref.a1)")
                }
                try setHeights(through: Int.max)
                return nil
            } catch {
                return error
            }
        } }
        if let failure { throw failure }
    }

    /// Nil when the cells are already in row-major order (the usual case: renderers write top to
    /// bottom); otherwise the positions in that order, equal positions keeping the model's order
    /// so the last value set wins.
    static func rowMajorOrder(_ cells: [CellStore.Slot]) -> [Int]? {
        var sorted = true
        var previous: UInt64 = 0
        for (i, c) in cells.enumerated() {
            let key = UInt64(c.row) << 16 | UInt64(c.column)
            if i > 0 && key < previous { sorted = false; break }
            previous = key
        }
        if sorted { return nil }
        return cells.indices.sorted { a, b in
            let ka = UInt64(cells[a].row) << 16 | UInt64(cells[a].column)
            let kb = UInt64(cells[b].row) << 16 | UInt64(cells[b].column)
            return ka != kb ? ka < kb : a < b
        }
    }
}
