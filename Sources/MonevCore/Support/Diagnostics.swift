/// How bad an input problem is. An `error` rejects the row (or file) it names; a `warning` keeps
/// the row but tells the user something looks wrong.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the input, located precisely enough that the unit that sent the data can
/// fix it: file, physical line (1-based, the line the record starts on), column (its canonical
/// name, or its 1-based number when there is no name), the offending value, and why.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Path as the user should see it, relative to the input root: `2026-Q3/skp.csv`.
    public var file: String
    public var line: Int?
    public var column: String?
    public var value: String?
    public var severity: Severity
    public var message: String
    /// The unit whose data the row belongs to, where known: set by the stage that reports it or
    /// afterwards by `Diagnostics.attributeUnits`. Lets unit reports and unit summaries list their
    /// own rejected rows.
    public var kodeUnit: String?

    public init(file: String, line: Int? = nil, column: String? = nil, value: String? = nil,
                severity: Severity, message: String, kodeUnit: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.severity = severity
        self.message = message
        self.kodeUnit = kodeUnit
    }

    /// `path:line:column: error|warning: message`, the compiler-style form editors and grep know.
    /// Missing parts are left out (`path: error: …` for a whole-file problem).
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s + ": \(severity.rawValue): \(message)"
    }
}

/// The collector every stage writes recoverable problems into. Only fatal problems (a required
/// file missing, the output unwritable) are thrown; everything about a row lands here.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}
    public init(_ items: [Diagnostic]) { self.items = items }

    public mutating func append(_ d: Diagnostic) { items.append(d) }
    public mutating func append(contentsOf other: Diagnostics) { items.append(contentsOf: other.items) }

    public mutating func error(_ file: String, line: Int? = nil, column: String? = nil, value: String? = nil, unit: String? = nil, _ message: String) {
        items.append(Diagnostic(file: file, line: line, column: column, value: value, severity: .error, message: message, kodeUnit: unit))
    }

    public mutating func warning(_ file: String, line: Int? = nil, column: String? = nil, value: String? = nil, unit: String? = nil, _ message: String) {
        items.append(Diagnostic(file: file, line: line, column: column, value: value, severity: .warning, message: message, kodeUnit: unit))
    }

    /// Fills in `kodeUnit` where a diagnostic has none and `unitOf` can tell.
    public mutating func attributeUnits(_ unitOf: (Diagnostic) -> String?) {
        for i in items.indices where items[i].kodeUnit == nil {
            items[i].kodeUnit = unitOf(items[i])
        }
    }

    public var errorCount: Int { items.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { items.reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Stable order for every output: by file, line, column, then severity and message, so the
    /// same input lists its problems in the same order whatever order the stages ran in.
    public var sorted: [Diagnostic] {
        items.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            if (a.column ?? "") != (b.column ?? "") { return (a.column ?? "") < (b.column ?? "") }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }
    }
}
