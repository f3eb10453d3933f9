// swift-tools-version: 6.0
import PackageDescription

// The library product depends on nothing but the toolchain and two system libraries:
// libcurl (the client's HTTP) and libyaml (the generator's parser).
let package = Package(
    name: "Infercom",
    products: [
        .library(name: "Infercom", targets: ["Infercom"]),
        .library(name: "InfercomRuntime", targets: ["InfercomRuntime"]),
        .executable(name: "openapi-swift", targets: ["openapi-swift"]),
    ],
    targets: [
        // MARK: Generator: YAML → OpenAPI document → type model → Swift text
        .systemLibrary(
            name: "CYAML", path: "Generator/CYAML",
            pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "GeneratorCore", dependencies: ["CYAML"], path: "Generator/Core"),
        .executableTarget(name: "openapi-swift", dependencies: ["GeneratorCore"], path: "Generator/CLI"),

        // MARK: Library: hand-written runtime + generated bindings
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl",
            pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "InfercomRuntime", dependencies: ["CCurl"], path: "Sources/InfercomRuntime"),
        .target(name: "Infercom", dependencies: ["InfercomRuntime"], path: "Sources/Infercom"),

        // MARK: Tests
        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorCore"], path: "Tests/GeneratorTests"),
        .testTarget(name: "InfercomTests", dependencies: ["Infercom"], path: "Tests/InfercomTests"),
    ],
    swiftLanguageModes: [.v6]
)
