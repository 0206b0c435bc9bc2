// swift-tools-version:6.0
import PackageDescription

/// Layering (see README "Architecture"):
/// - `MonevCore`: contract, parsing, validation, scoring, report models. No I/O of its own beyond
///   what the caller hands it; recoverable problems go to `Diagnostics`.
/// - `CXLSXWriter`: the system library (Debian `libxlsxwriter-dev`). Imported by `XLSX` only.
/// - `CXLSXDeflate`: sets the deflate level of libxlsxwriter's zip entries (interposes one minizip
///   function; see its .c file). Imported by `XLSX` only.
/// - `XLSX`: a Swift workbook model and the one writer that turns it into a file through libxlsxwriter.
/// - `MonevRender`: pure functions from report models to workbook models, Markdown and CSV text.
/// - `monev`: the thin executable (ArgumentParser, file I/O, locking, exit codes).
let package = Package(
    name: "monev",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "monev", targets: ["monev"]),
        .library(name: "MonevCore", targets: ["MonevCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "MonevCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "CXLSXDeflate",
            // The interposed function works only if the linked executable (monev, and the test
            // bundle) exports it. gold exports it already because libxlsxwriter.so on the same
            // link line refers to it; the flag says so explicitly instead of relying on that.
            // Linker settings travel with the target to every executable that links it.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=zipOpenNewFileInZip4_64"])]
        ),
        .target(name: "XLSX", dependencies: ["CXLSXWriter", "CXLSXDeflate"]),
        .target(name: "MonevRender", dependencies: ["MonevCore", "XLSX"]),
        .executableTarget(
            name: "monev",
            dependencies: [
                "MonevCore", "MonevRender", "XLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "MonevCoreTests", dependencies: ["MonevCore"], exclude: ["Parsing/Fixtures"]),
        // Reads written .xlsx files back (unzip + XML) for the XLSX and renderer tests.
        .target(name: "XLSXTestSupport", path: "Tests/XLSXTestSupport"),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "XLSXTestSupport"]),
        .testTarget(name: "MonevRenderTests", dependencies: ["MonevRender", "MonevCore", "XLSX", "XLSXTestSupport"], exclude: ["CSV/Golden", "Markdown/Golden"]),
        // Runs the built `monev` binary; depending on the executable makes `swift test` build it.
        .testTarget(name: "MonevCLITests", dependencies: ["monev", "MonevCore", "XLSXTestSupport"]),
    ]
)
