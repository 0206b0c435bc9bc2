/// A reason `monev` stops before it finishes, with the exit code the contract gives it and a
/// message that tells the person reading cron mail what to do about it.
struct RunFailure: Error, CustomStringConvertible {
    var status: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { message }
}
