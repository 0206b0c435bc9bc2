import Yams

/// Every problem found in a config file, reported together so the user fixes them in one pass.
/// Each names the file, line and key (`monev.yaml:7:penilaian.pembacaan_batas: error: …`).
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Reads the optional YAML config (docs/config.md) into a `MonevConfig`. Every key has a default;
/// an unknown key is an error with a did-you-mean hint, because a misspelt key silently ignored
/// would quietly score a whole office under the wrong rule.
public enum ConfigLoader {
    public static func load(yaml: String, file: String) throws -> MonevConfig {
        var config = MonevConfig()
        var problems: [Diagnostic] = []
        func problem(_ mark: Mark?, _ key: String?, _ value: String?, _ message: String) {
            problems.append(Diagnostic(file: file, line: mark?.line, column: key, value: value, severity: .error, message: message))
        }

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(diagnostics: [yamlDiagnostic(error, file: file)])
        }
        guard let root, !isNull(root) else { return config }
        guard let sections = root.mapping else {
            problem(root.mark, nil, nil, "the config must be a mapping of sections (\(sectionNames.joined(separator: ", ")))")
            throw ConfigError(diagnostics: problems)
        }

        var seen: Set<String> = []
        for (sectionNode, body) in sections {
            let section = sectionNode.scalar?.string ?? ""
            guard sectionNames.contains(section) else {
                problem(sectionNode.mark, section, nil, "unknown section '\(section)'" + hint(section, among: sectionNames + allKeys))
                continue
            }
            if isNull(body) { continue }
            guard let entries = body.mapping else {
                problem(body.mark, section, nil, "'\(section)' must be a mapping of keys (\(keys(in: section).joined(separator: ", ")))")
                continue
            }
            for (keyNode, valueNode) in entries {
                let name = keyNode.scalar?.string ?? ""
                let key = "\(section).\(name)"
                guard let setting = settings.first(where: { $0.key == key }) else {
                    let local = keys(in: section).map { String($0.dropFirst(section.count + 1)) }
                    problem(keyNode.mark, key, nil, "unknown key '\(key)'" + hint(name, among: local, otherwise: allKeys))
                    continue
                }
                guard seen.insert(key).inserted else {
                    problem(keyNode.mark, key, nil, "'\(key)' is given twice")
                    continue
                }
                guard let scalar = valueNode.scalar else {
                    problem(valueNode.mark, key, nil, "'\(key)' expects a single value, not a list or mapping")
                    continue
                }
                if let reason = setting.apply(isNull(valueNode) ? nil : scalar.string, &config) {
                    problem(valueNode.mark, key, scalar.string, "'\(key)': \(reason)")
                }
            }
        }
        let s = config.scoring
        if problems.isEmpty, s.unitClampLower >= s.unitClampUpper {
            problem(nil, "penilaian.batas_bawah_rata_unit", s.unitClampLower.description,
                    "batas_bawah_rata_unit (\(s.unitClampLower)) must be below batas_atas_rata_unit (\(s.unitClampUpper))")
        }
        if !problems.isEmpty { throw ConfigError(diagnostics: problems) }
        return config
    }

    /// SHA-256 (hex) of the canonical text of `config`: recorded in run.json so two runs can be
    /// shown to have used the same settings, whatever the file's comments, order or spelling of numbers.
    public static func digest(of config: MonevConfig) -> String {
        SHA256Hex.of(Array(canonicalText(of: config).utf8))
    }

    /// One `key=value` line per key, keys sorted, values in canonical form (decimals shortest,
    /// NIP as digits, `\` and line breaks escaped).
    public static func canonicalText(of config: MonevConfig) -> String {
        settings.sorted { $0.key < $1.key }.map { s in
            var line = s.key + "="
            for ch in s.canonical(config) {
                switch ch {
                case "\\": line += "\\\\"
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                case "\r\n": line += "\\r\\n"
                default: line.append(ch)
                }
            }
            return line + "\n"
        }.joined()
    }

    /// Every key the config accepts, in documentation order.
    public static var allKeys: [String] { settings.map(\.key) }

    // MARK: - The keys

    struct Setting {
        let key: String
        /// Sets the value from the scalar's text (nil for a YAML null); returns why it is wrong, if it is.
        let apply: (String?, inout MonevConfig) -> String?
        let canonical: (MonevConfig) -> String
    }

    static var settings: [Setting] {
        [
            text("organisasi.pemerintah", \.organisation.pemerintah),
            text("organisasi.instansi", \.organisation.instansi),
            text("organisasi.alamat", \.organisation.alamat),
            text("organisasi.tempat", \.organisation.tempat),
            text("penandatangan.nama", \.organisation.penandatangan.nama),
            nip("penandatangan.nip", \.organisation.penandatangan.nip),
            text("penandatangan.jabatan", \.organisation.penandatangan.jabatan),
            choice("penilaian.pembacaan_batas", \.scoring.bandReading),
            choice("penilaian.rumus_polaritas_negatif", \.scoring.negativeFormula),
            decimal("penilaian.batas_bawah_rata_unit", \.scoring.unitClampLower),
            decimal("penilaian.batas_atas_rata_unit", \.scoring.unitClampUpper),
        ]
    }

    static var sectionNames: [String] {
        var names: [String] = []
        for s in settings { let section = String(s.key.prefix { $0 != "." }); if !names.contains(section) { names.append(section) } }
        return names
    }

    static func keys(in section: String) -> [String] { allKeys.filter { $0.hasPrefix(section + ".") } }

    static func text(_ key: String, _ path: WritableKeyPath<MonevConfig, String>) -> Setting {
        Setting(key: key, apply: { value, config in
            guard let value else { return "has no value (leave the key out to use the default)" }
            config[keyPath: path] = value
            return nil
        }, canonical: { $0[keyPath: path] })
    }

    /// An 18-digit NIP checked like the input's (`NIPRule`), spaces allowed as printed
    /// (`19600316 198403 2 001`); empty or null = none. A config is not tied to a period, so
    /// dates are only checked against the calendar, not against a year.
    static func nip(_ key: String, _ path: WritableKeyPath<MonevConfig, NIP?>) -> Setting {
        Setting(key: key, apply: { value, config in
            guard let value, value.contains(where: { $0 != " " }) else { config[keyPath: path] = nil; return nil }
            switch NIPRule.check(value, latestYear: 9999) {
            case let .success(nip): config[keyPath: path] = nip; return nil
            case let .failure(problem): return problem.message
            }
        }, canonical: { $0[keyPath: path]?.digits ?? "" })
    }

    static func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ path: WritableKeyPath<MonevConfig, E>) -> Setting
        where E.RawValue == String {
        Setting(key: key, apply: { value, config in
            let allowed = E.allCases.map(\.rawValue)
            guard let value, let e = E(rawValue: value) else {
                return "expected one of \(allowed.joined(separator: ", "))" + hint(value ?? "", among: allowed)
            }
            config[keyPath: path] = e
            return nil
        }, canonical: { $0[keyPath: path].rawValue })
    }

    static func decimal(_ key: String, _ path: WritableKeyPath<MonevConfig, ExactDecimal>) -> Setting {
        Setting(key: key, apply: { value, config in
            guard let value, let d = ExactDecimal(value) else { return "expected a number such as 120 or 99.5" }
            config[keyPath: path] = d
            return nil
        }, canonical: { $0[keyPath: path].description })
    }

    // MARK: - Helpers

    static func isNull(_ node: Node) -> Bool { node.tag == Tag(.null) }

    /// " Did you mean 'x'?" when a candidate is close enough to be a likely typo; `otherwise` is
    /// searched when nothing in `candidates` is (a key put under the wrong section).
    static func hint(_ word: String, among candidates: [String], otherwise: [String] = []) -> String {
        for list in [candidates, otherwise] {
            let scored = list.map { c in (c, editDistance(word, c.split(separator: ".").last.map(String.init) ?? c)) }
            if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) {
                return "; did you mean '\(best.0)'?"
            }
        }
        return ""
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var row = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, cb) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = min(above + 1, row[j] + 1, diagonal + (ca == cb ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }

    static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(file: file, line: mark.line, severity: .error, message: "not valid YAML: \(problem)")
        default:
            return Diagnostic(file: file, severity: .error, message: "not valid YAML: \(error)")
        }
    }
}
