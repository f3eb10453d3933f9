// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The library products depend on nothing but the toolchain and, where it exists, the libcurl
// system library (the generator also needs libyaml). Modules, bottom up:
//   OpenAPITransport            the `HTTPTransport` protocol and the HTTP values it moves
//   OpenAPICurlTransport        `CurlTransport` (libcurl): Linux, macOS, Windows, Android
//   OpenAPIURLSessionTransport  `URLSessionTransport`: every platform, the default on iOS, tvOS, watchOS, visionOS
//   OpenAPIClientRuntime        what any openapi-swift bindings need: client, errors, coding, SSE, replay
//   Infercom                    Infercom's bindings (generated) and conveniences
//
// Which transport is the default, and whether libcurl is in the build graph at all:
// - platforms without libcurl (iOS, tvOS, watchOS, visionOS) never depend on it (platform condition);
// - elsewhere the `LibcurlTransport` trait (on by default) adds it; turn it off with
//   `traits: []` on the dependency (or `--disable-default-traits`) and URLSession is the default.
// - `OPENAPI_SWIFT_WITHOUT_CURL=1` in the environment drops the libcurl targets from this manifest
//   altogether (and the trait with them): `make test-without-curl` proves the library and its tests
//   build and pass on Linux without ever compiling against libcurl.
let withoutCurl = ProcessInfo.processInfo.environment["OPENAPI_SWIFT_WITHOUT_CURL"].map { !$0.isEmpty && $0 != "0" } ?? false

/// Platforms that have libcurl; on the others the libcurl transport is never built.
let curlPlatforms: [Platform] = [.linux, .macOS, .windows, .android, .openbsd]

let curlTrait = "LibcurlTransport"
let libcurl: [Target.Dependency] =
    withoutCurl ? [] : [.target(name: "OpenAPICurlTransport", condition: .when(platforms: curlPlatforms, traits: [curlTrait]))]
let curlTargets: [Target] =
    withoutCurl
    ? []
    : [
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl",
            pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(
            name: "OpenAPICurlTransport", dependencies: ["OpenAPITransport", "CCurl"],
            path: "Sources/OpenAPICurlTransport"),
    ]

let package = Package(
    name: "Infercom",
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "Infercom", targets: ["Infercom"]),
        .library(name: "OpenAPIClientRuntime", targets: ["OpenAPIClientRuntime"]),
        .executable(name: "openapi-swift", targets: ["openapi-swift"]),
        .executable(name: "infercom", targets: ["InfercomCLI"]),
        .plugin(name: "OpenAPISwiftPlugin", targets: ["OpenAPISwiftPlugin"]),
        .plugin(name: "GenerateBindings", targets: ["GenerateBindings"]),
        .plugin(name: "CheckBindings", targets: ["CheckBindings"]),
    ],
    traits: [
        .trait(
            name: curlTrait,
            description: "The libcurl transport, and the default transport where libcurl exists (Linux, macOS, …)."),
        .default(enabledTraits: withoutCurl ? [] : [curlTrait]),
    ],
    targets: [
        // MARK: Generator: YAML → OpenAPI document → type model → Swift text
        .systemLibrary(
            name: "CYAML", path: "Generator/CYAML",
            pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "GeneratorCore", dependencies: ["CYAML"], path: "Generator/Core"),
        .executableTarget(name: "openapi-swift", dependencies: ["GeneratorCore"], path: "Generator/CLI"),

        // MARK: Plugins: find the inputs, run openapi-swift (Generator/Plugins/Shared holds the common code)
        .plugin(
            name: "OpenAPISwiftPlugin", capability: .buildTool(),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/OpenAPISwiftPlugin"),
        .plugin(
            name: "GenerateBindings",
            capability: .command(
                intent: .custom(verb: "generate-bindings", description: "Regenerate committed OpenAPI bindings (make generate)"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated Swift files into the package's sources")]),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/GenerateBindings"),
        .plugin(
            name: "CheckBindings",
            capability: .command(
                intent: .custom(verb: "check-bindings", description: "Fail with a diff if committed OpenAPI bindings are out of date (make check)")),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/CheckBindings"),

        // MARK: Library: transports, the generic runtime, Infercom's bindings
        .target(name: "OpenAPITransport", path: "Sources/OpenAPITransport"),
        .target(
            name: "OpenAPIURLSessionTransport", dependencies: ["OpenAPITransport"],
            path: "Sources/OpenAPIURLSessionTransport"),
        .target(
            name: "OpenAPIClientRuntime", dependencies: ["OpenAPITransport", "OpenAPIURLSessionTransport"] + libcurl,
            path: "Sources/OpenAPIClientRuntime"),
        .target(name: "Infercom", dependencies: ["OpenAPIClientRuntime"], path: "Sources/Infercom"),

        // MARK: Command-line client: `infercom "question"` (only the library, hand-written argument parsing)
        .executableTarget(name: "InfercomCLI", dependencies: ["Infercom"], path: "Sources/InfercomCLI"),

        // MARK: Tests
        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorCore"], path: "Tests/GeneratorTests"),
        .testTarget(name: "InfercomTests", dependencies: ["Infercom", "InfercomCLI"] + libcurl, path: "Tests/InfercomTests"),
    ] + curlTargets,
    swiftLanguageModes: [.v6]
)
