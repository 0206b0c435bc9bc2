import Foundation
import MonevCore

/// The published period folder a `--unit` rerun patches.
struct PublishedRun {
    var manifest: RunManifest
    /// The published files the rerun keeps as they are: everything but the regenerated units'.
    var carried: [String]
}

extension PeriodRun {
    /// Reads the published run a `--unit` rerun builds on. Without one (or with a damaged one)
    /// there is nothing to patch: the analyst is told to run the whole period (exit 64).
    func publishedRun(target: String, period: Period, regenerating units: [String]) throws(RunFailure) -> PublishedRun {
        let manifestPath = (target as NSString).appendingPathComponent(OutputLayout.manifest)
        let fullRun = "run `monev run --period \(period)` without --unit"
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw RunFailure(.usage, "--unit regenerates units of a published run, and \(target) has none (no \(OutputLayout.manifest)): \(fullRun) first")
        }
        let manifest: RunManifest
        do {
            manifest = try RunManifest.decode(json: [UInt8](data))
        } catch {
            throw RunFailure(.usage, "\(manifestPath) cannot be read (\(error)): \(fullRun) to rebuild the folder")
        }
        guard manifest.period == period.description else {
            throw RunFailure(.usage, "\(manifestPath) describes \(manifest.period), not \(period): \(fullRun) to rebuild the folder")
        }
        let carried = manifest.outputs.map(\.path).filter { path in !units.contains { OutputLayout.belongs(path, toUnit: $0) } }
        for path in carried {
            // run.json is data on disk like any input: a path in it must not lead out of the folder.
            guard OutputLayout.isContained(path) else {
                throw RunFailure(.usage, "\(manifestPath) lists '\(path)', which is not a path inside the folder: \(fullRun) to rebuild it")
            }
            var info = stat()
            guard lstat((target as NSString).appendingPathComponent(path), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw RunFailure(.usage, "\(target) lacks \(path), which its \(OutputLayout.manifest) lists: \(fullRun) to rebuild it")
            }
        }
        return PublishedRun(manifest: manifest, carried: carried)
    }

    /// After a rerun whose input or settings differ from the full run's, the folder mixes two
    /// states; say so, since the consolidated files no longer match the regenerated units.
    func warnIfBehind(_ manifest: RunManifest, period: Period) {
        guard let reruns = manifest.unitReruns, !reruns.isEmpty else { return }
        let units = reruns.flatMap(\.units).sorted().joined(separator: ", ")
        logger.warning("unit \(units) now reflect input or settings newer than the full run of \(period); the consolidated reports and CSVs still show the full run: run `monev run --period \(period)` before using them")
    }
}

extension RunManifest {
    /// The manifest after regenerating `units`: outputs re-listed from disk, and each rerun unit
    /// recorded with the inputs it now reflects, unless those equal the full run's (then the unit
    /// is simply back in step with it).
    func afterRerun(of units: [String], inputs: [Input], configDigest: String, outputs: [Output]) -> RunManifest {
        var next = self
        next.outputs = outputs.sorted { $0.path < $1.path }
        var reruns = (unitReruns ?? []).compactMap { rerun -> UnitRerun? in
            var rerun = rerun
            rerun.units.removeAll { units.contains($0) }
            return rerun.units.isEmpty ? nil : rerun
        }
        let sortedInputs = inputs.sorted { $0.path < $1.path }
        if sortedInputs != self.inputs || configDigest != self.configDigest || MonevVersion.string != toolVersion {
            reruns.append(UnitRerun(units: units.sorted(), toolVersion: MonevVersion.string, configDigest: configDigest, inputs: sortedInputs))
        }
        next.unitReruns = reruns.isEmpty ? nil : reruns
        return next
    }
}
