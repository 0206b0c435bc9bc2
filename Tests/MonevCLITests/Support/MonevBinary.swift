import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `monev` executable the way cron and analysts do, and reports what it did.
enum MonevBinary {
    /// The `monev` binary built beside this test bundle (`swift test` builds it first because the
    /// test target depends on the executable); falls back to `.build/debug/monev`.
    static let path: String = {
        let here = ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = (here as NSString).deletingLastPathComponent
        // On Darwin the test runner lives inside `monevPackageTests.xctest/Contents/MacOS`.
        while !folder.isEmpty, folder != "/" {
            let candidate = (folder as NSString).appendingPathComponent("monev")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = (folder as NSString).deletingLastPathComponent
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/monev").path
    }()

    /// The repository root, for scripts and sample input.
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    struct Outcome {
        var status: Int32
        /// True when a signal ended the process (then `status` is the signal number).
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// A process started but not yet waited for: the kill and lock tests act on it meanwhile.
    final class Running {
        let process: Process
        private let stdoutFile: String
        private let stderrFile: String

        init(executable: String, _ arguments: [String], in folder: String, environment: [String: String]) throws {
            let id = UUID().uuidString
            stdoutFile = (NSTemporaryDirectory() as NSString).appendingPathComponent("monev-out-\(id)")
            stderrFile = (NSTemporaryDirectory() as NSString).appendingPathComponent("monev-err-\(id)")
            _ = FileManager.default.createFile(atPath: stdoutFile, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrFile, contents: nil)
            process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            var env = ProcessInfo.processInfo.environment
            env.merge(environment) { $1 }
            process.environment = env
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutFile))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrFile))
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

        func wait() -> Outcome {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(atPath: stdoutFile)
                try? FileManager.default.removeItem(atPath: stderrFile)
            }
            return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                           stdout: (try? String(contentsOfFile: stdoutFile, encoding: .utf8)) ?? "",
                           stderr: (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "")
        }
    }

    static func start(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Running {
        try Running(executable: path, arguments, in: folder, environment: environment)
    }

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Outcome {
        try start(arguments, in: folder, environment: environment).wait()
    }

    /// Runs any executable (the cron wrapper, `sh`), same capture.
    static func runTool(_ executable: String, _ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Outcome {
        try Running(executable: executable, arguments, in: folder, environment: environment).wait()
    }
}
