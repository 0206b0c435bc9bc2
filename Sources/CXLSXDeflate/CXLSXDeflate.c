// libxlsxwriter 1.1.4 zips each part of a workbook through minizip's zipOpenNewFileInZip4_64 with
// Z_DEFAULT_COMPRESSION (level 6) and offers no option to change it; deflating the sheet XML at
// that level is most of the CPU a monev run spends. This file interposes that one minizip
// function: the executable exports a function of the same name, the dynamic linker binds
// libxlsxwriter's call to it (the executable comes first in the global lookup scope), and it
// forwards to the real one in libminizip (found with dlsym(RTLD_NEXT)) with only the level
// replaced. Nothing changes unless the caller set a level on its thread, so other users of
// minizip in the process, if any, are unaffected. If the executable does not export the symbol,
// the interposition silently does nothing: Package.swift exports it, and XLSXTests and
// MonevCLITests check the level recorded in the written zip's headers.
#define _GNU_SOURCE
#include "CXLSXDeflate.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// minizip 1.1 (zip.h) types, spelled as the ABI sees them: zipFile is a pointer, uInt and uLong
// are unsigned int and unsigned long. The header is not installed with libminizip1.
typedef void *zipFile;
typedef struct zip_fileinfo zip_fileinfo;

typedef int (*zip_open_new_file_fn)(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                    const void *extrafield_local, unsigned int size_extrafield_local,
                                    const void *extrafield_global, unsigned int size_extrafield_global,
                                    const char *comment, int method, int level, int raw, int windowBits,
                                    int memLevel, int strategy, const char *password,
                                    unsigned long crcForCrypting, unsigned long versionMadeBy,
                                    unsigned long flagBase, int zip64);

// Per thread: workbooks are written on several threads at once, each with its own setting.
static _Thread_local int deflate_level = CXLSX_DEFLATE_LIBRARY_LEVEL;

static zip_open_new_file_fn real_zip_open_new_file;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;

static void look_up_real_function(void) {
    real_zip_open_new_file = (zip_open_new_file_fn)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
}

int cxlsx_set_deflate_level(int level) {
    int previous = deflate_level;
    deflate_level = level;
    return previous;
}

int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrypting, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64) {
    pthread_once(&lookup_once, look_up_real_function);
    if (real_zip_open_new_file == NULL) {
        // Only reachable if libminizip is not loaded, i.e. nobody could have called this.
        fprintf(stderr, "monev: zipOpenNewFileInZip4_64 not found in libminizip\n");
        abort();
    }
    if (deflate_level != CXLSX_DEFLATE_LIBRARY_LEVEL) level = deflate_level;
    return real_zip_open_new_file(file, filename, zipfi, extrafield_local, size_extrafield_local,
                                  extrafield_global, size_extrafield_global, comment, method, level,
                                  raw, windowBits, memLevel, strategy, password, crcForCrypting,
                                  versionMadeBy, flagBase, zip64);
}
