import Foundation
import MonevCore
import Testing

/// Runs killed at random moments never leave a partial period folder: it is absent, the
/// previous complete run, or the new complete run, and its run.json always matches its files.
@Suite(.serialized) struct PublicationSafetyTests {
    @Test func runsKilledAtRandomPointsNeverLeavePartialOutputs() throws {
        let w = try TemporaryFolder()
        let variants = [GeneratedInput(units: 10, employeesPerUnit: 8), GeneratedInput(units: 10, employeesPerUnit: 8, variant: 1)]
        var references: [[String: String]] = []
        var cleanRun = Duration.zero
        for (v, input) in variants.enumerated() {
            try input.write(to: w.sub("input\(v)"))
            let started = ContinuousClock.now
            let run = try MonevBinary.run(["run", "--input", "input\(v)", "--out", "reference\(v)"], in: w.path)
            cleanRun = max(cleanRun, ContinuousClock.now - started)
            #expect(run.status == 0, "\(run.stderr)")
            references.append(try #require(OutputFolder.snapshot(w.sub("reference\(v)/2026-Q3"))))
        }
        #expect(references[0] != references[1])

        var state: Int? = nil  // which reference the published folder holds; nil while absent
        var generator = SystemRandomNumberGenerator()
        let iterations = 24
        var interrupted = 0
        for i in 0..<iterations {
            let v = i % 2
            let delay = Duration.nanoseconds(Int64.random(in: 0...(cleanRun.components.seconds * 1_000_000_000
                + cleanRun.components.attoseconds / 1_000_000_000), using: &generator))
            let running = try MonevBinary.start(["run", "--input", "input\(v)", "--out", "out"], in: w.path)
            Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds))
            running.kill(i % 6 == 5 ? SIGTERM : SIGKILL)
            let outcome = running.wait()
            if outcome.signalled { interrupted += 1 } else { #expect(outcome.status == 0, "\(outcome.stderr)") }

            let now = OutputFolder.snapshot(w.sub("out/2026-Q3"))
            if let now {
                let matched = references.firstIndex(of: now)
                #expect(matched == state || matched == v, "iteration \(i): the folder is neither the previous nor the new complete run")
                #expect(OutputFolder.manifestProblems(w.sub("out/2026-Q3")) == [])
                state = matched
            } else {
                #expect(state == nil, "iteration \(i): a published folder disappeared")
            }
            if !outcome.signalled { #expect(state == v) }
        }
        #expect(interrupted >= iterations / 4, "too few runs were actually interrupted (\(interrupted))")

        // The lock and staging folders of the killed runs do not get in the way of the next run.
        let last = try MonevBinary.run(["run", "--input", "input0", "--out", "out"], in: w.path)
        #expect(last.status == 0, "\(last.stderr)")
        #expect(OutputFolder.snapshot(w.sub("out/2026-Q3")) == references[0])
        #expect(w.entries("out") == [".2026-Q3.lock", "2026-Q3"])
    }
}
