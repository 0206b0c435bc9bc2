import Logging

/// swift-log handler for a batch tool: one plain line per event on standard error.
///
/// Info and debug lines are printed as they are (they read like a job log: `load: …`); warnings
/// and errors carry the `monev: warning:` / `monev: error:` prefix that cron mail readers and
/// grep look for. No timestamps: the cron wrapper stamps its log, and a terminal user does not
/// need them.
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let output: StandardError

    init(logLevel: Logger.Level, output: StandardError = .shared) {
        self.logLevel = logLevel
        self.output = output
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        output.writeLine(Self.format(level: event.level, message: event.message.description))
    }

    static func format(level: Logger.Level, message: String) -> String {
        switch level {
        case .trace, .debug, .info, .notice: message
        case .warning: "monev: warning: \(message)"
        case .error, .critical: "monev: error: \(message)"
        }
    }
}

/// The level the `--quiet` / `--verbose` flags choose.
enum Verbosity {
    static func level(quiet: Bool, verbose: Bool) -> Logger.Level {
        if verbose { return .debug }
        if quiet { return .warning }
        return .info
    }
}
