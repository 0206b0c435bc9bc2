import ArgumentParser
import Foundation
import MonevCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `monev archive`: keeps a final period's outputs for good (SOP last step, "arsip").
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a final period's outputs to <out>/arsip/<period>/, read-only, with SHA-256 sums.",
        discussion: """
            Copies the files run.json lists (each checked against its SHA-256 first) and run.json \
            itself, writes SHA256SUMS (check it with `cd <out>/arsip/<period> && sha256sum -c \
            SHA256SUMS`), and makes files 0444 and folders 0555. A draft is refused, and so is an \
            archive that exists; --supersede REASON keeps the old archive beside the new one as \
            <period>.superseded-N and records the reason in SUPERSEDES.txt. Exit status: 0 archived; \
            64 usage; 65 the period is a draft, or its files differ from run.json; 66 the period \
            folder, run.json or a listed file is missing; 73 the archive exists (without \
            --supersede) or cannot be written. See docs/workflow.md.
            """)

    @Option(help: "Output root holding the published <period>/ folders.")
    var out: String = "reports"

    @Option(help: "Period to archive, YYYY-QN.")
    var period: String

    @Option(help: ArgumentHelp("Replace an existing archive of the period, keeping it beside the new one; the reason is recorded.",
                               valueName: "REASON"))
    var supersede: String?

    func run() throws {
        guard let period = Period(period) else {
            fail("--period `\(self.period)` is not a period like 2026-Q3", .usage)
        }
        if let reason = supersede, reason.allSatisfy(\.isWhitespace) {
            fail("--supersede needs the reason the archive is replaced", .usage)
        }
        let source = "\(out)/\(period)"
        guard WorkflowFiles.isFolder(source) else { fail("\(source) does not exist: nothing published for \(period)", .noInput) }
        guard let manifestData = FileManager.default.contents(atPath: "\(source)/run.json") else {
            fail("\(source)/run.json does not exist: the folder is not a monev run", .noInput)
        }
        let manifestBytes = [UInt8](manifestData)
        let manifest: RunManifest
        do {
            manifest = try RunManifest.decode(json: manifestBytes)
        } catch {
            fail("\(source)/run.json cannot be read: \(error)", .dataError)
        }
        if let refusal = PeriodArchive.refusal(manifest, period: period) { fail(refusal, .dataError) }

        let destination = "\(out)/\(PeriodArchive.folder(period))"
        var superseded: String?
        if WorkflowFiles.exists(destination) {
            guard supersede != nil else {
                fail("\(destination) exists: an archive is never overwritten (use --supersede REASON to replace it and keep the old one beside it)", .cannotCreate)
            }
            superseded = PeriodArchive.supersededFolder(period) { WorkflowFiles.exists("\(out)/\($0)") }
        } else if supersede != nil {
            StandardError.shared.writeLine("note: there is no archive of \(period) to supersede; archiving it")
        }
        let listed = Set(manifest.outputs.map(\.path) + ["run.json"])
        for path in Self.files(under: source) where !listed.contains(path) {
            StandardError.shared.writeLine("warning: \(source)/\(path) is not listed in run.json and is not archived")
        }

        // The archive is built in a hidden folder and renamed into place, so it appears whole.
        // Files are copied one at a time (a period with --forms holds thousands of workbooks),
        // each checked against run.json: what is archived is exactly what the run wrote.
        let staging = "\(out)/arsip/.\(period).tmp-\(getpid())"
        var sums: [(path: String, sha256: String)] = []
        func put(_ path: String, _ bytes: [UInt8]) throws(WorkflowFiles.WriteError) {
            let target = "\(staging)/\(path)"
            try WorkflowFiles.makeFolder((target as NSString).deletingLastPathComponent)
            try WorkflowFiles.writeBytes(bytes, to: target)
            sums.append((path, SHA256Hex.of(bytes)))
        }
        do {
            try WorkflowFiles.makeFolder(staging)
            for output in manifest.outputs {
                guard let data = FileManager.default.contents(atPath: "\(source)/\(output.path)") else {
                    Self.remove(staging)
                    fail("\(source)/\(output.path) is listed in run.json but missing", .noInput)
                }
                let bytes = [UInt8](data)
                guard SHA256Hex.of(bytes) == output.sha256 else {
                    Self.remove(staging)
                    fail("\(source)/\(output.path) has changed since the run (its SHA-256 differs from run.json); rerun `monev run --final` before archiving", .dataError)
                }
                try put(output.path, bytes)
            }
            try put("run.json", manifestBytes)
            if let superseded, let reason = supersede {
                let note = PeriodArchive.supersedesNote(period: period, superseded: "../\((superseded as NSString).lastPathComponent)", reason: reason)
                try put(PeriodArchive.supersedesFile, Array(note.utf8))
            }
            try put(PeriodArchive.checksumsFile, Array(PeriodArchive.checksums(sums).utf8))
            try Self.makeReadOnly(staging)
            if let superseded {
                try Self.rename(destination, to: "\(out)/\(superseded)")
            }
            do {
                try Self.rename(staging, to: destination)
            } catch {
                if let superseded { try? Self.rename("\(out)/\(superseded)", to: destination) }
                throw error
            }
        } catch {
            Self.remove(staging)
            fail("cannot write the archive: \(error)", .cannotCreate)
        }
        if let superseded { print("kept the superseded archive as \(out)/\(superseded)") }
        print("archived \(period): \(sums.count) files in \(destination), read-only; check with: cd \(destination) && sha256sum -c \(PeriodArchive.checksumsFile)")
    }

    private func fail(_ message: String, _ status: ExitStatus) -> Never {
        StandardError.shared.writeLine("monev archive: error: \(message)")
        Self.exit(withError: status.exitCode)
    }

    /// Every regular file under `root`, relative to it, sorted.
    static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { found.append(path) }
        }
        return found.sorted()
    }

    /// Files 0444, folders 0555, the deepest first so no folder is closed before its contents.
    static func makeReadOnly(_ root: String) throws(WorkflowFiles.WriteError) {
        var folders = [root]
        for path in files(under: root) {
            try chmodOrThrow("\(root)/\(path)", 0o444)
        }
        if let walker = FileManager.default.enumerator(atPath: root) {
            while let path = walker.nextObject() as? String {
                if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { folders.append("\(root)/\(path)") }
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { try chmodOrThrow(folder, 0o555) }
    }

    private static func chmodOrThrow(_ path: String, _ mode: mode_t) throws(WorkflowFiles.WriteError) {
        if chmod(path, mode) != 0 { throw WorkflowFiles.WriteError(path: path, reason: String(cString: strerror(errno))) }
    }

    private static func rename(_ from: String, to: String) throws(WorkflowFiles.WriteError) {
        #if canImport(Glibc)
        let status = Glibc.rename(from, to)
        #else
        let status = Darwin.rename(from, to)
        #endif
        if status != 0 { throw WorkflowFiles.WriteError(path: to, reason: "cannot move \(from) here: \(String(cString: strerror(errno)))") }
    }

    /// Removes a half-made archive (making its folders writable again first).
    static func remove(_ root: String) {
        guard WorkflowFiles.exists(root) else { return }
        if let walker = FileManager.default.enumerator(atPath: root) {
            while let path = walker.nextObject() as? String { chmod("\(root)/\(path)", 0o755) }
        }
        chmod(root, 0o755)
        try? FileManager.default.removeItem(atPath: root)
    }
}
