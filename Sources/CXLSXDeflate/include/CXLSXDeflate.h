#ifndef CXLSXDEFLATE_H
#define CXLSXDEFLATE_H

/// The deflate level of the zip entries libxlsxwriter writes on the calling thread, or this value
/// to leave the library's own level (zlib's default, 6) unchanged.
#define CXLSX_DEFLATE_LIBRARY_LEVEL (-100)

/// Sets the deflate level used for the zip entries libxlsxwriter writes on the calling thread
/// (0-9 or CXLSX_DEFLATE_LIBRARY_LEVEL); returns the previous setting. libxlsxwriter zips a
/// workbook inside `workbook_close`, so the setting must surround that call on the same thread.
int cxlsx_set_deflate_level(int level);

#endif
