import CXLSXWriter
/// The libxlsxwriter version linked at run time ("1.1.4" on Debian 12).
public func libraryVersion() -> String { String(cString: lxw_version()) }
