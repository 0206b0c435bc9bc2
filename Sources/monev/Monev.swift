import ArgumentParser

/// The command-line front of monev: argument parsing, file I/O, printing and exit codes only.
/// All logic lives in `MonevCore` and `MonevRender`.
@main
struct Monev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monev",
        abstract: "Monitoring dan evaluasi kinerja: quarterly performance reports for a local government office.",
        version: MonevVersion.string,
        subcommands: [Run.self, Validate.self]
    )
}

enum MonevVersion {
    static let string = "0.1.0"
}
