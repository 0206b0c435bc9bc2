import ArgumentParser

/// Every exit code monev uses, in one place (contract README, "Command line"). The numbers are
/// the BSD sysexits values cron wrappers and shell scripts already know.
enum ExitStatus: Int32, CaseIterable {
    /// Everything read and written, no rejected row.
    case ok = 0
    /// The command line is wrong (unknown option, malformed period).
    case usage = 64
    /// Rows were rejected: reports are still written and list them (with `--strict`, nothing is written).
    case dataError = 65
    /// The input folder or a required file is missing.
    case noInput = 66
    /// An output cannot be written.
    case cannotCreate = 73
    /// Another run holds the lock for that period.
    case tempFail = 75

    var exitCode: ExitCode { ExitCode(rawValue) }
}
