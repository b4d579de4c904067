// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "journal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journal", targets: ["journal"]),
        // libFuzzer driver (`make fuzz`); a normal build links it with a stub that explains how to build it.
        .executable(name: "journal-fuzz", targets: ["FuzzEntry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Property tests (test targets only).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Declares libyaml's nesting-limit setter (defined in Yams' vendored libyaml).
        .target(name: "CYamlLimits"),
        // A per-thread bump allocator that cmark parses into (MarkdownParser).
        .target(name: "CArena"),
        .target(
            name: "JournalKit",
            dependencies: ["Ccmark", "CArena", "CYamlLimits", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "journal",
            dependencies: ["JournalKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(
            name: "JournalFuzz",
            dependencies: ["JournalKit"]
        ),
        .executableTarget(
            name: "FuzzEntry",
            dependencies: ["JournalFuzz"]
        ),
        // What both test targets share: the runner of the built binary, the scratch folder,
        // golden files, external tools, entries read from inline text.
        .target(
            name: "JournalTestSupport",
            dependencies: ["JournalKit"],
            path: "Tests/JournalTestSupport"
        ),
        .testTarget(
            name: "JournalKitTests",
            dependencies: ["JournalKit", "JournalTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JournalCLITests",
            dependencies: ["JournalKit", "JournalTestSupport"],
            // Read from the source tree by path (JournalRunner.packageRoot), not bundled.
            exclude: ["Fixtures", "Golden", "Scripts"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
