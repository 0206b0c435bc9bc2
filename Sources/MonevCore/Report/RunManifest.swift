import Crypto
import Foundation

/// Lower-case hex SHA-256, the form `sha256sum` prints, so a user can check run.json by hand.
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in SHA256.hash(data: bytes) {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// run.json: what a run read and wrote, so an output folder can be audited later (which tool, which
/// settings, which exact input files). Deterministic: no timestamps, keys sorted, lists sorted by
/// path, so the same run gives the same bytes.
public struct RunManifest: Codable, Sendable, Hashable {
    public struct Input: Codable, Sendable, Hashable {
        /// Relative to the input root: `2026-Q3/skp.csv`.
        public var path: String
        public var sha256: String
        /// Data rows read (header excluded).
        public var rows: Int
        public init(path: String, sha256: String, rows: Int) {
            self.path = path
            self.sha256 = sha256
            self.rows = rows
        }
    }

    public struct Output: Codable, Sendable, Hashable {
        /// Relative to the period's output folder: `units/U01/monev-U01-2026-Q3.md`.
        public var path: String
        public var sha256: String
        public var bytes: Int
        public init(path: String, sha256: String, bytes: Int) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
        }
    }

    public struct Counts: Codable, Sendable, Hashable {
        public var units: Int
        public var indicators: Int
        public var employees: Int
        public var scoredEmployees: Int
        public var activities: Int
        public var errors: Int
        public var warnings: Int

        public init(units: Int, indicators: Int, employees: Int, scoredEmployees: Int, activities: Int, errors: Int, warnings: Int) {
            self.units = units
            self.indicators = indicators
            self.employees = employees
            self.scoredEmployees = scoredEmployees
            self.activities = activities
            self.errors = errors
            self.warnings = warnings
        }

        /// The counts of a scored period and its diagnostics.
        public init(scores: PeriodScores, diagnostics: [Diagnostic]) {
            self.init(units: scores.units.count, indicators: scores.indicators.count, employees: scores.employees.count,
                      scoredEmployees: scores.employees.count { $0.nilaiPrestasi != nil },
                      activities: scores.employees.reduce(0) { $0 + $1.activities.count },
                      errors: diagnostics.count { $0.severity == .error }, warnings: diagnostics.count { $0.severity == .warning })
        }

        enum CodingKeys: String, CodingKey {
            case units, indicators, employees, activities, errors, warnings
            case scoredEmployees = "scored_employees"
        }
    }

    public var toolVersion: String
    /// `2026-Q3`.
    public var period: String
    public var configDigest: String
    public var isFinal: Bool
    public var inputs: [Input]
    public var outputs: [Output]
    public var counts: Counts

    /// Inputs and outputs are kept sorted by path whatever order they are given in.
    public init(toolVersion: String, period: Period, configDigest: String, isFinal: Bool, inputs: [Input], outputs: [Output], counts: Counts) {
        self.toolVersion = toolVersion
        self.period = period.description
        self.configDigest = configDigest
        self.isFinal = isFinal
        self.inputs = inputs.sorted { $0.path < $1.path }
        self.outputs = outputs.sorted { $0.path < $1.path }
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey {
        case period, inputs, outputs, counts
        case toolVersion = "tool_version"
        case configDigest = "config_digest"
        case isFinal = "final"
    }

    /// The run.json bytes: pretty-printed with sorted keys, no escaped slashes, a trailing newline.
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, integers and booleans cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func decode(json: [UInt8]) throws -> RunManifest {
        try JSONDecoder().decode(RunManifest.self, from: Data(json))
    }
}
