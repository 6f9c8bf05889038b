// swift-tools-version: 6.1
import PackageDescription

// lede builds on Linux (Glibc, libedit from libedit-dev); no Apple platform is claimed.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "lede",
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeKit", targets: ["LedeKit"]),
        .library(name: "LedeKitTesting", targets: ["LedeKitTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        .target(name: "CLedeProcess"),
        .target(name: "CEditLine", dependencies: ["CLedeProcess"], linkerSettings: [.linkedLibrary("edit")]),
        .target(name: "LedeCore", swiftSettings: strict),
        .target(name: "LedeKit", dependencies: ["LedeCore"], swiftSettings: strict),
        .target(name: "LedeKitTesting", dependencies: ["LedeKit", "LedeCore"], swiftSettings: strict),
        .target(name: "LedePlugins", dependencies: ["LedeKit", "LedeCore"], resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "LedeHost", dependencies: ["LedePlugins", "LedeKit", "LedeCore", "CLedeProcess"], swiftSettings: strict),
        .target(
            name: "LedeCorpus",
            dependencies: ["LedeHost", "LedeKit", "LedeCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "LedeShell",
            dependencies: ["LedeCorpus", "LedeHost", "LedePlugins", "LedeKit", "LedeCore", "CEditLine"],
            swiftSettings: strict),
        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeShell", "LedeCorpus", "LedeHost", "LedePlugins", "LedeKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "MCP", package: "swift-sdk"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "lede-train", dependencies: ["LedePlugins", "LedeKit", "LedeCore"], swiftSettings: strict),
        .executableTarget(
            name: "lede-numbers", dependencies: ["LedeKit", "LedeCore"], path: "plugins/numbers/Sources",
            swiftSettings: strict),
        .executableTarget(name: "LedeFuzz", dependencies: ["LedeShell", "LedeHost", "LedePlugins", "LedeKit", "LedeCore"], swiftSettings: strict),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeKitTests", dependencies: ["LedeKit", "LedeKitTesting", "LedeCore"]),
        .testTarget(
            name: "LedePluginsTests", dependencies: ["LedePlugins", "LedeHost", "LedeShell", "LedeKitTesting", "LedeKit", "LedeCore"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "LedeShellTests", dependencies: ["LedeShell", "LedeCorpus", "LedeHost", "LedePlugins", "LedeKitTesting", "LedeKit", "LedeCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LedeHostTests", dependencies: ["LedeHost", "LedePlugins", "LedeKit", "LedeCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LedeCorpusTests",
            dependencies: ["LedeCorpus", "LedeHost", "LedeKit", "LedeCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ]
)
