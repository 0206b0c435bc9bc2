/// Why a workbook could not be written. A failed workbook is an error of the run (the CLI maps
/// `cannotWriteFile` to "output cannot be written"), never a crash.
public struct XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The file or a temporary file could not be created or written (path, permissions, disk).
        case cannotWriteFile
        /// The model asks for something a workbook cannot hold (bad sheet name, text too long,
        /// a cell outside the sheet, a style from another workbook).
        case invalidWorkbook
        /// Anything else the library reported (out of memory, zip failure).
        case library
    }

    public var kind: Kind
    /// The library's error number; 0 for a problem found in the model before the library saw it.
    public var code: Int
    /// The library's (or our) explanation.
    public var message: String
    /// What was being written: `sheet 'Ringkasan' cell B7`, `closing the workbook`.
    public var context: String
    /// The file being written.
    public var path: String

    public init(kind: Kind, code: Int, message: String, context: String, path: String) {
        self.kind = kind
        self.code = code
        self.message = message
        self.context = context
        self.path = path
    }

    public var description: String { "\(path): \(context): \(message)" }
}
